import { expect, test } from "@playwright/test";
import { formatSegment, play, scenarioById } from "../lib/tcp";
import { screenshot } from "./support/screenshot";

test("the cheat sheet shows the handshake and teardown the model plays, and prints on its own", async ({
  page,
}, testInfo) => {
  await page.goto("/interview");
  await page.getByRole("link", { name: "Cheat sheet" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cheat sheet: handshake and teardown");
  for (const id of ["handshake", "teardown"]) {
    const trace = play(scenarioById(id)!);
    const table = page.getByTestId(`steps-${id}`);
    await expect(table.locator("tbody tr")).toHaveCount(trace.steps.length + 1);
    for (const step of trace.steps) {
      if (step.segment) await expect(table).toContainText(formatSegment(step.segment));
    }
    await expect(table.locator("tbody tr").last()).toContainText(trace.steps.at(-1)?.states.client ?? "");
  }
  await expect(page.getByTestId("states").locator("tbody tr")).toHaveCount(11);
  await screenshot(page, testInfo, "cheat-sheet");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await screenshot(page, testInfo, "cheat-sheet-print");
});
