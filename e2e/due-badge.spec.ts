// The header's due count: on every page, kept current as the learner moves between pages and reviews.
import { expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { hashGuestToken } from "../lib/auth/guest-hash";
import { GUEST_COOKIE } from "../lib/auth/guest-token";
import { sharedDatabaseFile } from "./support/quiz";
import { screenshot } from "./support/screenshot";

/** The count as the header shows it at this size: beside Flashcards on a wide screen, a link beside the menu on a phone. */
function dueCount(page: Page, phone: boolean) {
  return phone ? page.getByTestId("due-link") : page.locator("header nav").first().getByTestId("due-badge");
}

/** A new learner reviews `n` cards, which are then made due now, as if their time had come. */
async function reviewAndMakeDue(page: Page, n: number) {
  await page.goto("/flashcards/everything");
  await expect(page.getByTestId("review")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByTestId("due-badge")).toHaveCount(0);
  await expect(page.getByTestId("due-link")).toHaveCount(0);
  for (let i = 0; i < n; i++) {
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(i));
    await page.keyboard.press("Space");
    await expect(page.getByTestId("card-back")).toBeVisible();
    await page.keyboard.press("3");
  }
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(n));
  const token = (await page.context().cookies()).find((c) => c.name === GUEST_COOKIE)?.value ?? "";
  const db = new Database(sharedDatabaseFile());
  const learner = db.prepare(`SELECT id FROM "Learner" WHERE "guestTokenHash" = ?`).get(hashGuestToken(token)) as {
    id: string;
  };
  const made = db
    .prepare(`UPDATE "CardMemory" SET "due" = ? WHERE "learnerId" = ?`)
    .run(Date.now() - 60_000, learner.id);
  db.close();
  expect(made.changes).toBe(n);
}

test("the header counts the cards due on every page, and a review brings the count down", async ({
  page,
}, testInfo) => {
  const phone = testInfo.project.name === "phone";
  await reviewAndMakeDue(page, 3);

  await page.goto("/learn");
  if (phone) {
    await expect(dueCount(page, true)).toHaveAccessibleName("Review the 3 cards due now");
    await expect(dueCount(page, true)).toHaveText("3");
  } else {
    await expect(dueCount(page, false)).toContainText("3 cards due");
  }
  await screenshot(page, testInfo, "due-badge");

  // A page reached without a reload still shows it: the root layout is not rendered again on the way.
  if (phone) {
    await page.getByText("Menu").click();
    await page.getByRole("link", { name: /^Quiz/ }).click();
  } else {
    await page.locator("header nav").first().getByRole("link", { name: "Quiz" }).click();
  }
  await expect(page).toHaveURL(/\/quiz$/);
  await expect(dueCount(page, phone)).toBeVisible();

  // From the count to the review; one card reviewed, and the count follows without a navigation.
  if (phone) await dueCount(page, true).click();
  else await page.goto("/flashcards/everything");
  await expect(page).toHaveURL(/\/flashcards\/everything$/);
  await expect(page.getByTestId("review")).toHaveAttribute("data-hydrated", "true");
  // A tap on a phone; the keyboard on a wide screen, where the page was loaded afresh.
  if (phone) await page.getByRole("button", { name: /^Show answer/ }).click();
  else await page.keyboard.press("Space");
  await expect(page.getByTestId("card-back")).toBeVisible();
  await page.keyboard.press("4");
  if (phone) await expect(dueCount(page, true)).toHaveAccessibleName("Review the 2 cards due now");
  else await expect(dueCount(page, false)).toContainText("2 cards due");
});

test.describe("in Chinese and dark", () => {
  test.use({ locale: "zh-CN", colorScheme: "dark" });
  test("the count, in Chinese", async ({ page }, testInfo) => {
    const phone = testInfo.project.name === "phone";
    await reviewAndMakeDue(page, 1);
    await page.goto("/learn");
    if (phone) await expect(dueCount(page, true)).toHaveAccessibleName("复习现在到期的 1 张卡片");
    else await expect(dueCount(page, false)).toContainText("1 张卡片到期");
    await screenshot(page, testInfo, "zh-due-badge");
  });
});
