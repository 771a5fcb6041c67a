import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { allCards, deckCards } from "../lib/srs";
import { englishIn } from "./support/english-in-chinese";
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
  // The total counts cards, not ratings: the card rated Again comes back, and the total does not grow with it.
  const total = await page.getByRole("progressbar").getAttribute("aria-valuemax");
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
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuemax", total ?? "");
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
  // The calendar names its rows and its months.
  await expect(dashboard.getByTestId("heatmap-weekday")).toHaveText(["Mon", "Wed", "Fri"]);
  expect(await dashboard.getByTestId("heatmap-month").count()).toBeGreaterThanOrEqual(3);
  // One date style: the day under each bar as "2 Dec", never "12/02" beside "2 December 2026".
  const today = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short" }).format(new Date());
  await expect(dashboard.getByText(today, { exact: true }).first()).toBeVisible();
  expect(await back.getByRole("main").textContent()).not.toMatch(/\b\d\d\/\d\d\b/);
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

test("the other language's text under a card can be hidden, and stays hidden after a reload", async ({ page }) => {
  await openReview(page, "handshake");
  const toggle = page.getByRole("button", { name: "Show the Chinese too" });
  await expect(toggle).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("other-language")).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await expect(page.getByTestId("other-language")).toHaveCount(0);
  // Focus off the toggle, whose own key Space is, then flip.
  await page.getByTestId("card").click();
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-back")).toBeVisible();
  await expect(page.getByTestId("card").locator('[lang="zh-CN"]')).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("review")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByTestId("other-language")).toHaveCount(0);
  await page.getByRole("button", { name: "Show the Chinese too" }).click();
  await expect(page.getByTestId("other-language")).toBeVisible();
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

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("a Chinese learner reviews a deck in Chinese, sees the other language under the card, and the profile counts it", async ({
    page,
  }, testInfo) => {
    const teardown = deckCards("teardown");
    const first = teardown[0];
    if (!first) throw new Error("the teardown deck is empty");
    await page.goto("/flashcards");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("抽认卡：在你快要忘记时再复习");
    const deck = page.locator('[data-deck="teardown"]');
    await expect(deck.getByRole("heading", { level: 2 })).toHaveText("四次挥手");
    const fresh = Math.min(20, teardown.length);
    await expect(deckCounts(page, "teardown")).toHaveText(
      `0 张待复习 · 今天 ${fresh} 张新卡 · 已学 0 / ${teardown.length}`,
    );
    expect(await englishIn(page.getByTestId("decks"))).toEqual([]);
    await screenshot(page, testInfo, "zh-flashcards-decks");

    await deck.getByRole("link", { name: `复习“四次挥手”：0 张待复习，${fresh} 张新卡` }).click();
    await expect(page).toHaveURL(/\/flashcards\/teardown$/);
    await expect(page).toHaveTitle(/复习：四次挥手/);
    await expect(page.getByTestId("review")).toHaveAttribute("data-hydrated", "true");
    const card = page.getByTestId("card");
    await expect(card).toHaveAttribute("data-card", first.id);
    // Chinese first; the English the card showed before is still there, under it, marked as English.
    await expect(card.getByRole("heading", { level: 2 })).toHaveText(first.front.zh);
    await expect(card.locator('p[lang="en"]').first()).toHaveText(first.front.en);
    await expect(card).toContainText("状态迁移 · 新卡");
    await expect(page.getByTestId("queue-counts")).toHaveText(`四次挥手：0 张待复习 · 今天还剩 ${fresh - 1} 张新卡`);

    await page.getByRole("button", { name: "显示答案（空格键）" }).click();
    await expect(page.getByTestId("card-back")).toHaveText(first.back.zh);
    await expect(card.getByRole("region", { name: "答案" })).toContainText(first.detail.zh);
    await expect(page.getByRole("button", { name: /^重来 · 1 分钟/ })).toBeVisible();
    await expect(page.getByRole("button", { name: /^良好 · 10 分钟/ })).toBeVisible();
    // The arc figure under the answer belongs to the scenario drawings (components/scenario), swept on their own.
    expect(await englishIn(card, 'svg[role="img"]')).toEqual([]);
    expect(await englishIn(page.getByRole("group", { name: "你记得怎么样？" }))).toEqual([]);
    await screenshot(page, testInfo, "zh-flashcards-answer");

    await page.getByRole("button", { name: /^良好/ }).click();
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "1");
    await expect(card).not.toHaveAttribute("data-card", first.id);
    // The card rated Good comes back in ten minutes, inside the session's look-ahead: one to review.
    await expect(page.getByTestId("queue-counts")).toHaveText(
      `四次挥手：1 张待复习 · 今天还剩 ${Math.min(19, teardown.length - 1) - 1} 张新卡`,
    );
    await page.getByRole("button", { name: "撤销上一次评分（U）" }).click();
    await expect(card).toHaveAttribute("data-card", first.id);
    await expect(page.getByTestId("card-back")).toBeVisible();
    await page.keyboard.press("3");
    await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "1");

    // A bad limit is refused in Chinese; zero turns new cards off, and the review says so.
    await page.goto("/flashcards");
    const field = page.getByLabel("每日新卡数");
    await field.fill("-3");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("status").filter({ hasText: "每日新卡数不能是负数。" })).toBeVisible();
    await field.fill("501");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("status").filter({ hasText: "每天最多 500 张新卡。" })).toBeVisible();
    await field.fill("0");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已保存：每天最多 0 张新卡。" })).toBeVisible();
    await openReview(page, "naming");
    const done = page.getByTestId("all-done");
    await expect(done.getByRole("heading")).toHaveText("今天的复习全部完成");
    await expect(done).toContainText(
      `这个卡组里没有等待复习的卡片。新卡已关闭（每天 0 张），所以还有 ${deckCards("naming").length} 张未学的卡在等待`,
    );
    // The progress bar is the quiz's (components/quiz), converted with the quiz pages.
    expect(await englishIn(page.getByTestId("review"), '[data-testid="review"] > div:first-of-type')).toEqual([]);
    await screenshot(page, testInfo, "zh-flashcards-all-done");

    // The profile: the guest named as the header names it, the card counted, every chart in Chinese.
    await page.goto("/me");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("个人主页");
    await expect(page).toHaveTitle(/个人主页/);
    const label = page.getByTestId("profile-label");
    await expect(label).toHaveText(/^访客 [A-Z0-9]{6}$/);
    expect(await page.getByTestId("learner-chip").first().textContent()).toBe(await label.textContent());
    await expect(page.getByTestId("answer-count")).toHaveText("还没有");
    await expect(page.getByTestId("cards-seen")).toHaveText("1 张（复习 1 次）");
    await expect(page.getByRole("main").locator("time")).toHaveText(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    const dashboard = page.getByTestId("dashboard");
    await expect(dashboard.getByRole("heading", { name: "未来 14 天的到期卡片" })).toBeVisible();
    await expect(dashboard.getByText("还没有完成的测验。")).toBeVisible();
    await expect(dashboard.locator("rect[data-count]").last().locator("title")).toHaveText(/：复习 1 次$/);
    expect(await englishIn(page.getByRole("main"))).toEqual([]);
    await screenshot(page, testInfo, "zh-profile");

    // The Anki file for a Chinese browser puts Chinese first.
    const anki = page.waitForEvent("download");
    await dashboard.getByRole("link", { name: "Anki 卡组（.txt）" }).click();
    const note = (await (await anki).createReadStream().then(readAll))
      .split("\n")
      .find((l) => l.startsWith("synack-t:ESTABLISHED|rcv_FIN\t"));
    expect(note?.split("\t")[1]).toMatch(/^处于 ESTABLISHED.*<br>In ESTABLISHED/);
  });
});
