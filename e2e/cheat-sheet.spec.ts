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

for (const locale of ["en", "zh-CN"] as const) {
  test(`the cheat sheet prints on one A4 page with every column whole, in ${locale}`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/interview/cheat-sheet");
    await expect(page.getByRole("button", { name: locale === "en" ? "Print" : "打印" })).toBeVisible();
    // No parenthesis inside a parenthesis: "TIME-WAIT (The active closer (both sides …))".
    expect(await page.getByTestId("rules").textContent()).not.toMatch(/\)\)|）\)|\)）/);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
    // A4's width inside Chrome's default margins, as the page is laid out on paper.
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("button", { name: locale === "en" ? "Print" : "打印" })).toBeHidden();
    // Every table fits its column: nothing scrolls sideways, so nothing is cut when printed.
    for (const table of await page.locator("table").all()) {
      const fits = await table.evaluate((t) => {
        const box = t.getBoundingClientRect();
        const column = (t.closest("section") ?? t.parentElement)?.getBoundingClientRect();
        const wrapper = t.parentElement;
        return (
          box.right <= (column?.right ?? 0) + 1 && (wrapper ? wrapper.scrollWidth <= wrapper.clientWidth + 1 : true)
        );
      });
      expect(fits).toBe(true);
    }
    await context.close();
  });
}

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
