import { expect, test } from "@playwright/test";
import { BANK } from "../lib/interview";
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
