import { expect, test } from "@playwright/test";
import { formatSegment, play, scenarioById } from "../lib/tcp";
import { englishInChinesePage } from "./support/english-in-chinese";
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

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("the cheat sheet in Chinese, with the RFC's state names and the segments as captured", async ({
    page,
  }, testInfo) => {
    await page.goto("/interview");
    await page.getByRole("link", { name: "一页速查表" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("速查表：三次握手与四次挥手");
    const teardown = play(scenarioById("teardown")!);
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(`^${teardown.title.zh}`) })).toBeVisible();
    const table = page.getByTestId("steps-teardown");
    await expect(table.locator("thead")).toContainText("客户端");
    await expect(table.locator("tbody tr").nth(1)).toContainText("客户端");
    await expect(table.locator("tbody tr").nth(1)).toContainText("FIN-WAIT-1");
    await expect(page.getByTestId("rules")).toContainText("Linux 等待 60 秒");
    await expect(page.getByTestId("states")).toContainText("主动关闭方");
    await expect(page.getByRole("img", { name: new RegExp(`^${teardown.title.zh}：第一步之前`) })).toBeVisible();
    expect(await englishInChinesePage(page)).toEqual([]);
    await screenshot(page, testInfo, "cheat-sheet-zh");
  });
});
