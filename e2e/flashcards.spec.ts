import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { allCards, deckCards } from "../lib/srs";
import { screenshot } from "./support/screenshot";

test.describe.configure({ mode: "serial" });

const everything = allCards().length;

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

async function openReview(page: Page, deck: string) {
  await page.goto(`/flashcards/${deck}`);
  await expect(page.getByTestId("review")).toHaveAttribute("data-hydrated", "true");
}

const deckCounts = (page: Page, deck: string) => page.locator(`[data-deck="${deck}"]`).getByTestId("deck-counts");

test("review ten cards with the keyboard, undo one, close the browser and come back to the right counts", async ({
  browser,
}, testInfo) => {
  const first: BrowserContext = await browser.newContext(testInfo.project.use);
  const page = await first.newPage();
  await page.goto("/flashcards");
  await expect(deckCounts(page, "everything")).toHaveText(`0 due · 20 new today · 0 of ${everything} seen`);
  await screenshot(page, testInfo, "flashcards-decks");

  await openReview(page, "everything");
  const card = page.getByTestId("card");
  const seen: string[] = [];
  const grades = ["1", "3", "3", "4", "2", "3", "3", "4", "3", "3"];
  for (const [i, grade] of grades.entries()) {
    const id = (await card.getAttribute("data-card")) ?? "";
    expect(seen).not.toContain(id);
    seen.push(id);
    await expect(page.getByTestId("card-back")).toHaveCount(0);
    await page.keyboard.press("Space");
    await expect(page.getByTestId("card-back")).toBeVisible();
    if (i === 0) {
      await expect(page.getByRole("button", { name: /^Again · 1m/ })).toBeVisible();
      await expect(page.getByRole("button", { name: /^Good · 10m/ })).toBeVisible();
      await screenshot(page, testInfo, "flashcards-answer");
    }
    await page.keyboard.press(grade);
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(i + 1));
    await expect(card).not.toHaveAttribute("data-card", id);
  }

  // Undo takes back the tenth rating and shows that card again, face up.
  await page.keyboard.press("u");
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "9");
  await expect(card).toHaveAttribute("data-card", seen[9] ?? "");
  await expect(page.getByTestId("card-back")).toBeVisible();
  await page.keyboard.press("3");
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "10");
  const state = await first.storageState();
  await first.close();

  // The same browser profile later: ten cards started, ten new ones left today, nothing due yet.
  const again = await browser.newContext({ ...testInfo.project.use, storageState: state });
  const back = await again.newPage();
  await back.goto("/flashcards");
  await expect(deckCounts(back, "everything")).toHaveText(`0 due · 10 new today · 10 of ${everything} seen`);
  const seenPerDeck = (deck: string) =>
    seen.filter((id) => deckCards(deck as "handshake").some((c) => c.id === id)).length;
  for (const deck of ["handshake", "teardown", "edge-cases"]) {
    await expect(deckCounts(back, deck)).toContainText(
      `${seenPerDeck(deck)} of ${deckCards(deck as "handshake").length} seen`,
    );
  }
  await screenshot(back, testInfo, "flashcards-decks-after");

  // The review starts with a new card; the cards still learning (all but the two rated Easy) come back within
  // the session's 20-minute look-ahead, so they count as to review.
  await openReview(back, "everything");
  const learning = grades.filter((g) => g !== "4").length;
  await expect(back.getByTestId("queue-counts")).toHaveText(`Everything: ${learning} to review · 9 new left today`);
  await expect(back.getByTestId("card")).toContainText("new");

  // The dashboard draws the same journey: ten ratings today, the reviewed arcs no longer unknown.
  await back.goto("/me");
  const dashboard = back.getByTestId("dashboard");
  await expect(dashboard.locator("rect[data-count]").last()).toHaveAttribute("data-count", "10");
  await expect(dashboard.locator('path[data-arc="t:CLOSED|passive OPEN"]')).not.toHaveAttribute(
    "data-level",
    "unknown",
  );
  await expect(dashboard.locator('path[data-arc="t:TIME-WAIT|timeout=2MSL"]')).toHaveAttribute("data-level", "unknown");
  await expect(dashboard.getByText("No finished quiz yet.")).toBeVisible();
  await screenshot(back, testInfo, "progress-dashboard");

  // Both exports download, and say what they hold.
  const anki = back.waitForEvent("download");
  await dashboard.getByRole("link", { name: "Deck for Anki (.txt)" }).click();
  const ankiText = await (await anki).createReadStream().then(readAll);
  expect(ankiText.split("\n")[0]).toBe("#separator:tab");
  expect(ankiText.trimEnd().split("\n")).toHaveLength(6 + everything);
  const history = back.waitForEvent("download");
  await dashboard.getByRole("link", { name: "Your history (.csv)" }).click();
  const csv = (await (await history).createReadStream().then(readAll)).trimEnd().split("\r\n");
  expect(csv[0]).toBe("time,source,item,answer_or_rating,correct,duration_ms");
  expect(csv.slice(1).filter((l) => l.includes(",flashcard,"))).toHaveLength(10);

  // An arc on the dashboard opens its card to practise, due or not.
  await back.goto("/flashcards/everything?card=t%3ATIME-WAIT%7Ctimeout%3D2MSL");
  await expect(back.getByTestId("card")).toHaveAttribute("data-card", "t:TIME-WAIT|timeout=2MSL");
  await expect(back.getByTestId("review")).toHaveAttribute("data-hydrated", "true");
  await back.keyboard.press("Space");
  await back.keyboard.press("3");
  await expect(back.getByTestId("card")).not.toHaveAttribute("data-card", "t:TIME-WAIT|timeout=2MSL");
  // Practised once: the address no longer asks for it, so a reload goes on with the normal review.
  await expect(back).toHaveURL(/\/flashcards\/everything$/);
  await again.close();
});

test("the daily limit: a bad number changes nothing, zero turns new cards off", async ({ page }) => {
  await page.goto("/flashcards");
  const field = page.getByLabel("New cards per day");
  await field.fill("-3");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "cannot be negative" })).toBeVisible();
  await expect(deckCounts(page, "naming")).toContainText("new today");

  await field.fill("");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Type how many new cards a day" })).toBeVisible();

  await field.fill("0");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved: up to 0 new cards a day." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("New cards per day")).toHaveValue("0");
  await expect(deckCounts(page, "naming")).toContainText("0 due · 0 new today");

  await openReview(page, "naming");
  await expect(page.getByTestId("all-done")).toContainText("New cards are off (0 a day)");
  expect((await page.goto("/flashcards/no-such-deck"))?.status()).toBe(404);
});
