import { expect, type Page, test } from "@playwright/test";
import { screenshot } from "./support/screenshot";

/**
 * "Fix the copied answer": the answer students copy, with its mistakes; the learner fixes some lines right, one
 * wrong, breaks a right one and misses one, and the check says which is which. Fixes survive a reload.
 */

const line = (page: Page, n: number) => page.locator(`li[data-line="${n}"]`);

async function fix(page: Page, n: number, names: string) {
  await page.getByRole("button", { name: new RegExp(`^(Fix line|改正第) ${n}( 行)?$`) }).click();
  const input = line(page, n).getByRole("textbox");
  await expect(input).toBeFocused();
  await input.fill(names);
  await input.press("Enter");
  await expect(line(page, n).getByRole("textbox")).toHaveCount(0);
}

test("fixing the answer in circulation: fixed, not fixed, missed, and a right line broken", async ({
  page,
}, testInfo) => {
  await page.goto("/learn/copied-answer");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fix the copied answer");
  await expect(page.getByText("3 lines are wrong.")).toBeVisible();
  await expect(line(page, 2)).toContainText("enters SYN_SEND.");
  await expect(line(page, 6)).toContainText("SYN_SENDE STABLISHED");
  await expect(line(page, 16)).toContainText("LAST_ACKC LOSE");
  await screenshot(page, testInfo, "copied-answer");

  // Escape leaves a line as it was.
  await page.getByRole("button", { name: "Fix line 3" }).click();
  await line(page, 3).getByRole("textbox").fill("CLOSED");
  await line(page, 3).getByRole("textbox").press("Escape");
  await expect(line(page, 3)).toContainText("enters SYN_RECV.");
  await expect(page.getByText("No line changed yet.")).toBeVisible();

  await fix(page, 2, "syn-sent");
  await fix(page, 6, "SYN_SENT STABLISHED");
  await fix(page, 1, "CLOSED");
  await expect(page.getByText("3 lines changed.")).toBeVisible();
  await expect(line(page, 2)).toContainText("was SYN_SEND");

  // A look elsewhere and back loses nothing.
  await page.reload();
  await expect(page.getByText("3 lines changed.")).toBeVisible();
  await expect(line(page, 6)).toContainText("SYN_SENT STABLISHED");

  await page.getByRole("button", { name: "Check my fixes" }).click();
  await expect(page.getByRole("heading", { name: "You fixed 1 of 3" })).toBeVisible();
  // The result takes the focus, so a keyboard or screen-reader user lands on it.
  await expect(page.getByRole("status").filter({ hasText: "You fixed 1 of 3" })).toBeFocused();
  await expect(page.getByText("You changed 1 line that was right.")).toBeVisible();
  await expect(line(page, 2)).toHaveAttribute("data-verdict", "fixed");
  await expect(line(page, 6)).toHaveAttribute("data-verdict", "not-fixed");
  await expect(line(page, 6)).toContainText("Should read: SYN_SENT ESTABLISHED");
  await expect(line(page, 6)).toContainText('"STABLISHED" is not the name of a state.');
  await expect(line(page, 16)).toHaveAttribute("data-verdict", "missed");
  await expect(line(page, 16)).toContainText("Should read: CLOSE_WAIT LAST_ACK CLOSE");
  await expect(line(page, 1)).toHaveAttribute("data-verdict", "broken");
  await expect(line(page, 1)).toContainText("It read LISTEN, which is right.");
  await expect(line(page, 4)).toHaveAttribute("data-verdict", "right");
  // Nothing can be changed once the answer is shown.
  await expect(page.getByRole("button", { name: /^Fix line/ })).toHaveCount(0);
  await screenshot(page, testInfo, "copied-answer-checked");

  // The step a line describes, animated.
  await expect(line(page, 6).getByRole("link")).toHaveCount(0);
  await line(page, 2).getByRole("link", { name: "See this step animated" }).click();
  await expect(page).toHaveURL(/\/learn\/handshake\?step=\d+/);
  await page.goBack();
  // Back from the animation, the check is as it was.
  await expect(line(page, 6)).toHaveAttribute("data-verdict", "not-fixed");

  await page.getByRole("button", { name: "Try again" }).click();
  await fix(page, 6, "SYN_SENT ESTABLISHED");
  await fix(page, 16, "CLOSE_WAIT LAST_ACK CLOSED");
  await page.getByRole("button", { name: "Undo the fix of line 1", exact: true }).click();
  await page.getByRole("button", { name: "Check my fixes" }).click();
  await expect(page.getByRole("heading", { name: "You fixed 3 of 3" })).toBeVisible();
  await expect(page.getByText("Every mistake found and fixed.")).toBeVisible();

  // Another answer, with mistakes drawn afresh, at an address of its own.
  await page.getByRole("button", { name: "Another copied answer" }).click();
  await expect(page).toHaveURL(/\/learn\/copied-answer\?v=\d+$/);
  await expect(page.getByText("4 lines are wrong.")).toBeVisible();
  await expect(page.getByText("No line changed yet.")).toBeVisible();
});

test("an address with a number that is no answer says so and shows the answer in circulation", async ({ page }) => {
  for (const bad of ["-1", "abc", "99999999999", "1.5"]) {
    await page.goto(`/learn/copied-answer?v=${bad}`);
    await expect(page.getByRole("status").filter({ hasText: "There is no copied answer" })).toBeVisible();
    await expect(page.getByText("3 lines are wrong.")).toBeVisible();
  }
});

test("it is linked from Learn and from Interview prep", async ({ page }) => {
  await page.goto("/learn");
  await page.getByRole("link", { name: "Fix a copied answer" }).click();
  await expect(page).toHaveURL(/\/learn\/copied-answer$/);
  await page.goto("/interview");
  await page.getByRole("link", { name: "Fix a copied answer" }).click();
  await expect(page).toHaveURL(/\/learn\/copied-answer$/);
});

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("the copied answer is the Chinese one, and the check speaks Chinese", async ({ page }, testInfo) => {
    await page.goto("/learn/copied-answer");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("改正抄来的答案");
    await expect(line(page, 2)).toContainText("进入 SYN_SEND 状态。");
    await fix(page, 2, "SYN_SENT");
    await fix(page, 6, "SYN_SENDED ESTABLISHED");
    await page.getByRole("button", { name: "检查我的改正" }).click();
    await expect(page.getByRole("heading", { name: "改对了 1 / 3 处" })).toBeVisible();
    await expect(line(page, 6)).toContainText("应当是：SYN_SENT ESTABLISHED");
    await expect(line(page, 6)).toContainText("正确的状态名是 SYN-SENT。");
    await screenshot(page, testInfo, "zh-copied-answer-checked");
  });
});

for (const colorScheme of ["dark"] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });
    test("the answer and its check are drawn for dark mode", async ({ page }, testInfo) => {
      await page.goto("/learn/copied-answer?v=5");
      await fix(page, 1, "CLOSED");
      await page.getByRole("button", { name: "Check my fixes" }).click();
      await expect(page.getByRole("heading", { name: /^You fixed 0 of 4$/ })).toBeVisible();
      await screenshot(page, testInfo, "copied-answer-dark");
    });
  });
}
