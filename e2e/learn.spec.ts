import { expect, test } from "@playwright/test";
import { play, SCENARIOS } from "../lib/tcp";
import { screenshot } from "./support/screenshot";

test("every scenario can be stepped through to its end without errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto("/learn");
  await expect(page.getByTestId("scenario-list").getByRole("listitem")).toHaveCount(SCENARIOS.length);
  for (const scenario of SCENARIOS) {
    const steps = play(scenario).steps;
    await page.goto(`/learn/${scenario.id}`);
    for (let n = 1; n < steps.length; n++) {
      await page.getByRole("link", { name: `Step ${n + 1} →` }).click();
      await expect(page.getByRole("heading", { name: `Step ${n + 1} of ${steps.length}` })).toBeVisible();
    }
    await expect(page.getByTestId("narration")).toHaveText(steps.at(-1)?.explain.en ?? "");
  }
  expect(errors).toEqual([]);
});

test("a deep link lands on its step, and a bad step says so", async ({ page }, testInfo) => {
  const teardown = play(SCENARIOS.find((s) => s.id === "teardown")!);
  await page.goto("/learn/teardown?step=4");
  await expect(page.getByRole("heading", { name: `Step 4 of ${teardown.steps.length}` })).toBeVisible();
  await expect(page.getByTestId("narration")).toHaveText(teardown.steps[3]?.explain.en ?? "");
  await expect(page.locator("a[aria-current=step]")).toContainText("4.");
  await screenshot(page, testInfo, "learn-teardown-step-4");

  await page.goto("/learn/teardown?step=99");
  await expect(page.getByRole("status")).toContainText("showing step 1");
  expect((await page.goto("/learn/no-such-scenario"))?.status()).toBe(404);
});

test("a state's anchor on the learn page lists its ways out", async ({ page }, testInfo) => {
  await page.goto("/learn#TIME-WAIT");
  const card = page.locator("article#TIME-WAIT");
  await expect(card.getByRole("heading", { name: /TIME-WAIT/ })).toBeVisible();
  await card.getByText(/Ways out of TIME-WAIT/).click();
  await expect(card.getByText("timeout=2MSL → CLOSED")).toBeVisible();
  await screenshot(page, testInfo, "learn-index");
});
