import { expect, test } from "@playwright/test";
import { BANK } from "../lib/interview";
import { englishInChinesePage } from "./support/english-in-chinese";
import { screenshot } from "./support/screenshot";

test("interview prep lists every question; opening one shows its model answer, the deeper part and the RFC", async ({
  page,
}, testInfo) => {
  await page.goto("/interview");
  await expect(page.getByRole("main").locator("details")).toHaveCount(BANK.length);
  const q = BANK.find((x) => x.id === "time-wait-why")!;
  const item = page.locator(`details#${q.id}`);
  await expect(item.getByTestId("answer")).toBeHidden();
  await item.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(item.getByTestId("answer")).toHaveText(q.answer.en);
  await expect(item.getByRole("link", { name: `RFC 9293 ${q.rfc}` })).toBeVisible();
  await screenshot(page, testInfo, "interview");
  await item.getByRole("link", { name: "See it animated" }).click();
  await expect(page).toHaveURL(/\/learn\/teardown-lost-ack$/);
  await expect(page.getByTestId("player")).toBeVisible();
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("the questions and answers come in Chinese first, with the English model answer under them", async ({
    page,
  }, testInfo) => {
    await page.goto("/interview");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("面试准备");
    await expect(page.getByRole("heading", { level: 2, name: "释放连接" })).toBeVisible();
    const q = BANK.find((x) => x.id === "time-wait-why")!;
    const item = page.locator(`details#${q.id}`);
    await expect(item.locator("summary")).toContainText(q.question.zh);
    await item.locator("summary").click();
    await expect(item.getByRole("heading", { name: "这样回答" })).toBeVisible();
    await expect(item.getByTestId("answer")).toHaveText(q.answer.zh);
    const english = item.locator('[lang="en"]');
    await expect(english.filter({ hasText: q.answer.en })).toBeVisible();
    await expect(english.filter({ hasText: q.question.en })).toBeVisible();
    await expect(item.getByRole("link", { name: "看动画演示" })).toBeVisible();
    expect(await englishInChinesePage(page)).toEqual([]);
    await screenshot(page, testInfo, "interview-zh");
  });
});
