import { expect, type Page, test } from "@playwright/test";
import { translatorFor } from "../lib/i18n/catalogues";
import { basisKey, basisKeyView, FOCUS_TEXT, type Question, TOPIC_TITLE } from "../lib/quiz";
import { englishIn, hasTwoEnglishWords } from "./support/english-in-chinese";
import { rowsIn, useOwnServer } from "./support/own-server";
import { answerWithKeyboard, questionsOnScreen, seedOpeningWith } from "./support/quiz";
import { screenshot } from "./support/screenshot";

const QUICK_TEN = { count: 10, level: null, focus: "everything", lang: "en", only: null } as const;

test.describe("a quick 10", () => {
  test.skip(({ isMobile }) => isMobile, "starts its own servers; the phone journey is below");

  const own = useOwnServer("quiz");

  test("taken with the keyboard, one wrong, explained, scored, and still in history after a restart", async ({
    page,
  }, testInfo) => {
    // Two server starts (each runs migrations and Next's boot) on top of the journey itself.
    test.setTimeout(180_000);
    const databaseFile = own.databaseFile();
    let server = await own.start();
    const port = server.port;
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });

    await page.goto(`${server.url}/`);
    await page.getByRole("button", { name: "Quick 10 questions" }).click();
    await expect(page).toHaveURL(/\/quiz\/\w+$/);
    const questions = await questionsOnScreen(page, QUICK_TEN);
    expect(questions).toHaveLength(10);

    for (const [i, q] of questions.entries()) {
      await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible();
      await answerWithKeyboard(page, q, i === 2);
      const feedback = page.getByTestId("feedback");
      if (i === 2) {
        await expect(feedback).toContainText("Not quite");
        await expect(page.getByTestId("explanation")).toHaveText(q.explanation);
        await expect(feedback.getByRole("link", { name: "See it animated →" })).toHaveAttribute("href", q.link);
        await screenshot(page, testInfo, "quiz-wrong-answer");
      } else {
        await expect(feedback).toContainText("Right");
      }
      await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(i + 1));
      await page.keyboard.press("Enter");
    }

    await expect(page).toHaveURL(/\/results$/);
    await expect(page.getByTestId("score")).toHaveText("9 / 10");
    const missed = page.getByRole("region", { name: "What you missed" });
    await expect(missed.getByText(questions[2]?.prompt ?? "")).toBeVisible();
    await expect(missed.getByTestId("explanation")).toHaveText(questions[2]?.explanation ?? "");
    await screenshot(page, testInfo, "quiz-results");

    // Every answer is in the database once, the wrong one as wrong.
    const rows = rowsIn<{ questionId: string; correct: number }>(
      databaseFile,
      "SELECT questionId, correct FROM Answer",
    );
    expect(rows).toHaveLength(10);
    expect(rows.filter((r) => !r.correct).map((r) => r.questionId)).toEqual([questions[2]?.id]);

    // The missed question's "see it animated" link lands on its step.
    await missed.getByRole("link", { name: "See it animated →" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("No such page")).toHaveCount(0);
    // Leave the app before stopping it, so no prefetch of the open page hits a server that is down.
    await page.goto("about:blank");
    await server.stop();
    server = await own.start(port);

    await page.goto(`${server.url}/quiz`);
    const history = page.getByTestId("history");
    await expect(history.getByRole("row")).toHaveCount(2);
    await expect(history).toContainText("9 / 10");
    await history.getByRole("link", { name: "Results" }).click();
    await expect(page.getByTestId("score")).toHaveText("9 / 10");

    // Retry the missed one: a quiz of exactly that question.
    await page.getByRole("button", { name: "Retry the 1 missed question" }).click();
    await expect(page).toHaveURL(/\/quiz\/\w+$/);
    await expect(page.getByText("Question 1 of 1")).toBeVisible();
    await expect(page.getByTestId("prompt")).toHaveText(questions[2]?.prompt ?? "");
    await answerWithKeyboard(page, questions[2]!);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("score")).toHaveText("1 / 1");

    // The profile counts every answer and shows the missed transition (or step) as the weak spot.
    await page.goto(`${server.url}/me`);
    await expect(page.getByTestId("answer-count")).toHaveText("11 (10 right)");
    const weak = page.getByTestId("weak-spots").getByRole("listitem");
    await expect(weak).toHaveCount(1);
    const key = basisKey(questions[2]!);
    const label = basisKeyView(key).label;
    await expect(weak).toContainText(
      label.kind === "transition"
        ? label.notation
        : label.kind === "step"
          ? `${label.scenario.en}, step ${label.step}`
          : `The name ${label.spelling}`,
    );
    // Two questions of one quick 10 can share a transition (what comes next, and what is sent).
    const asked = questions.filter((q) => basisKey(q) === key).length + 1;
    await expect(weak).toContainText(`1 wrong of ${asked}`);
    await screenshot(page, testInfo, "profile-after-quiz");
    expect(errors).toEqual([]);
  });
});

test("the quiz set-up refuses an impossible choice with a message and keeps the form", async ({ page }, testInfo) => {
  await page.goto("/quiz");
  await expect(page.getByTestId("history-empty")).toBeVisible();
  await screenshot(page, testInfo, "quiz-setup");
  await page.getByLabel(/^Edge cases/).check();
  await page.getByLabel(/^Basics/).check();
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("Edge cases");
  await expect(page).toHaveURL(/\/quiz$/);
  await expect(page.getByLabel(/^Edge cases/)).toBeChecked();
  await expect(page.getByLabel(/^Basics/)).toBeChecked();

  await page.getByLabel("Seed (optional)").fill("12x");
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("A seed is a whole number");
});

test("the same seed gives the same quiz, in Chinese too", async ({ page }, testInfo) => {
  await page.goto("/quiz");
  await page.getByLabel(/^Handshake/).check();
  await page.getByLabel("Questions", { exact: true }).fill("5");
  await page.getByLabel("Questions in").selectOption("zh");
  await page.getByLabel("Seed (optional)").fill("2024");
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/\w+$/);
  const spec = { count: 5, level: null, focus: "handshake", lang: "zh", only: null } as const;
  const questions = await questionsOnScreen(page, spec);
  await expect(page.getByTestId("quiz-share")).toHaveAttribute("data-seed", "2024");
  await expect(page.getByTestId("prompt")).toHaveText(questions[0]?.prompt ?? "");
  await screenshot(page, testInfo, "quiz-question-zh");
});

test.describe("in a time zone of its own", () => {
  // Half an hour off the hour, so neither UTC nor a whole-hour shift can pass for it.
  test.use({ timezoneId: "Asia/Kolkata" });

  test("the history gives each quiz's start in the learner's time, not UTC", async ({ page }) => {
    await page.goto("/quiz");
    await page.getByLabel("Questions", { exact: true }).fill("5");
    await page.getByRole("button", { name: "Start the quiz" }).click();
    await expect(page).toHaveURL(/\/quiz\/\w+$/);
    await page.goto("/quiz");
    const started = page.getByTestId("history").locator("time").first();
    const iso = (await started.getAttribute("datetime")) ?? "";
    const short = { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" } as const;
    // Formatted where each side formats it: the page in the browser, the server's HTML in Node (as this runner is).
    const inBrowser = await page.evaluate(
      ([at, options]) => new Intl.DateTimeFormat("en", { ...options, timeZone: "Asia/Kolkata" }).format(new Date(at)),
      [iso, short] as const,
    );
    const inNode = new Intl.DateTimeFormat("en", { ...short, timeZone: "Asia/Kolkata" }).format(new Date(iso));
    const inUtc = new Intl.DateTimeFormat("en", { ...short, timeZone: "UTC" }).format(new Date(iso));
    expect(inNode).not.toBe(inUtc);
    await expect(started).toHaveText(inBrowser);
    // The page remembered the zone, so the server's own HTML already says the same on the next visit.
    const html = await (await page.request.get("/quiz")).text();
    expect(html).toContain(`>${inNode}</time>`);
  });
});

test("a typed name that is no state gets a hint and can be retyped", async ({ page, baseURL }) => {
  await page.goto("/quiz");
  await page.getByLabel(/^Naming/).check();
  await page.getByLabel(/^Intermediate/).check();
  await page.getByLabel("Questions", { exact: true }).fill("17");
  await page.getByLabel("Seed (optional)").fill("3");
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/\w+$/);
  const questions = await questionsOnScreen(page, {
    count: 17,
    level: "intermediate",
    focus: "naming",
    lang: "en",
    only: null,
  });
  const typed = questions.findIndex((q) => q.format === "state-name");
  test.skip(typed === -1, "this seed has no typed question");
  for (const q of questions.slice(0, typed)) {
    await answerWithKeyboard(page, q);
    await page.keyboard.press("Enter");
  }
  const field = page.getByLabel(/State name/);
  await field.fill("ESTABLSHED");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main").getByRole("alert")).toContainText("not the name of a TCP state");
  await expect(field).toHaveValue("ESTABLSHED");
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", String(typed));

  // The same refusal over the API, to a Chinese browser: the reason and the hint in Chinese, nothing recorded.
  const url = `${baseURL}/api/v1/attempts/${page.url().split("/").at(-1)}/answers`;
  const zh = await page.request.post(url, {
    data: { questionId: `q${typed + 1}`, response: "ESTABLSHED" },
    headers: { "accept-language": "zh-CN" },
  });
  expect(zh.status()).toBe(422);
  expect(await zh.json()).toEqual({
    error: "这不是状态名称。",
    hint: "这不是 TCP 状态的名称。请检查拼写后再试：RFC 9293 §3.3.2 列出了全部十一个状态。",
  });

  await field.fill(String(questions[typed]?.answer));
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("feedback")).toContainText("Right");
});

test("a missed order question lists the answer given, numbered, one segment a line", async ({ page }, testInfo) => {
  await page.goto("/quiz");
  await page.getByLabel(/^Teardown/).check();
  await page.getByLabel("Questions", { exact: true }).fill("5");
  const spec = { count: 5, level: null, focus: "teardown", lang: "en", only: null } as const;
  const seed = seedOpeningWith(spec, (q) => q.format === "order");
  await page.getByLabel("Seed (optional)").fill(String(seed));
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/\w+$/);
  const [q] = await questionsOnScreen(page, spec);
  expect(q?.format).toBe("order");
  await answerWithKeyboard(page, q!, true);
  await expect(page.getByTestId("feedback").getByRole("heading")).toHaveText("✕ Not quite");
  await page.goto(`${page.url()}/results`);
  const given = page
    .getByRole("region", { name: "What you missed" })
    .getByRole("listitem")
    .first()
    .getByRole("list")
    .first();
  await expect(given.getByRole("listitem")).toHaveText([...(q!.answer as string[])].reverse());
  await screenshot(page, testInfo, "quiz-missed-order");
});

test("a quiz is shared by its link: a classmate's form opens filled in, and starts the same questions", async ({
  page,
  browser,
}) => {
  await page.goto("/quiz");
  await page.getByLabel(/^Teardown/).check();
  await page.getByLabel("Questions", { exact: true }).fill("7");
  await page.getByLabel("Seed (optional)").fill("31337");
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/\w+$/);
  const first = await page.getByTestId("prompt").textContent();
  // No bare seed to copy by hand: the link carries it.
  await expect(page.getByText("seed 31337")).toHaveCount(0);
  await page.getByRole("button", { name: "Copy a link to this quiz" }).click();
  await expect(page.getByText(/^(Copied: whoever opens the link|Could not copy it)/)).toBeVisible();
  const link = (await page.getByTestId("quiz-share").getAttribute("data-url")) ?? "";
  expect(new URL(link).pathname).toBe("/quiz");

  const classmate = await browser.newContext();
  const other = await classmate.newPage();
  await other.goto(link);
  await expect(other.getByRole("status").filter({ hasText: "Someone shared this quiz with you" })).toBeVisible();
  await expect(other.getByLabel(/^Teardown/)).toBeChecked();
  await expect(other.getByLabel("Questions", { exact: true })).toHaveValue("7");
  await expect(other.getByLabel("Seed (optional)")).toHaveValue("31337");
  await other.getByRole("button", { name: "Start the quiz" }).click();
  await expect(other).toHaveURL(/\/quiz\/\w+$/);
  await expect(other.getByTestId("prompt")).toHaveText(first ?? "");

  // A link whose settings are no quiz says so and leaves the form as usual.
  await other.goto("/quiz?focus=teardown&length=500&seed=1");
  await expect(other.getByRole("status").filter({ hasText: "could not be used" })).toContainText("50");
  await expect(other.getByLabel("Questions", { exact: true })).toHaveValue("10");
  await classmate.close();
});

test("the results open with what to do next: retry the missed, review the weak topic's cards, try the next level", async ({
  page,
}) => {
  await page.goto("/quiz");
  await page.getByLabel(/^Handshake/).check();
  await page.getByLabel(/^Basics/).check();
  await page.getByLabel("Questions", { exact: true }).fill("5");
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/\w+$/);
  const spec = { count: 5, level: "basics", focus: "handshake", lang: "en", only: null } as const;
  for (const q of await questionsOnScreen(page, spec)) {
    await answerWithKeyboard(page, q, true);
    await page.keyboard.press("Enter");
  }
  await expect(page).toHaveURL(/\/results$/);
  const next = page.getByTestId("next-steps");
  await expect(next.getByRole("heading")).toHaveText(/^0% right\./);
  // Above the score, not below five missed explanations.
  const [nextBox, scoreBox] = await Promise.all([next.boundingBox(), page.getByTestId("score").boundingBox()]);
  expect(nextBox!.y).toBeLessThan(scoreBox!.y);
  await expect(next.getByRole("button", { name: "Retry the 5 missed questions" })).toBeVisible();
  await expect(next.getByRole("link", { name: "Review the Handshake cards" })).toHaveAttribute(
    "href",
    "/flashcards/handshake",
  );
  await next.getByRole("link", { name: "Try the Intermediate level" }).click();
  await expect(page.getByLabel(/^Intermediate/)).toBeChecked();
  await expect(page.getByLabel(/^Handshake/)).toBeChecked();
  await expect(page.getByLabel("Seed (optional)")).toHaveValue("");
});

test("back from the animated step, the question just answered is still answered", async ({ page }) => {
  await page.goto("/quiz");
  await page.getByLabel(/^Handshake/).check();
  await page.getByLabel("Questions", { exact: true }).fill("5");
  const spec = { count: 5, level: null, focus: "handshake", lang: "en", only: null } as const;
  await page.getByLabel("Seed (optional)").fill(String(seedOpeningWith(spec, (q) => q.format === "choice")));
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/\w+$/);
  const [q] = await questionsOnScreen(page, spec);
  await answerWithKeyboard(page, q!, true);
  const verdict = await page.getByTestId("feedback").getByRole("heading").textContent();
  await page.getByTestId("feedback").getByRole("link", { name: "See it animated →" }).click();
  await expect(page).toHaveURL(/\/learn\//);
  await page.goBack();
  await expect(page).toHaveURL(/\/quiz\/\w+$/);
  // The same question, with its feedback: nothing to pick again, and the next question one key away.
  await expect(page.getByTestId("prompt")).toHaveText(q!.prompt);
  await expect(page.getByTestId("feedback").getByRole("heading")).toHaveText(verdict ?? "");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("prompt")).not.toHaveText(q!.prompt);
});

test("in an order question Space moves the focused item and Enter checks, as the hint says", async ({ page }) => {
  await page.goto("/quiz");
  await page.getByLabel(/^Teardown/).check();
  await page.getByLabel("Questions", { exact: true }).fill("5");
  const spec = { count: 5, level: null, focus: "teardown", lang: "en", only: null } as const;
  await page.getByLabel("Seed (optional)").fill(String(seedOpeningWith(spec, (q) => q.format === "order")));
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/\w+$/);
  const [q] = await questionsOnScreen(page, spec);
  const items = page.locator('ol[aria-describedby^="order-help-"]').getByRole("listitem");
  const second = (q!.choices ?? [])[1] as string;
  const up = page.getByRole("button", { name: `Move “${second}” up` });
  // Every move button is a finger's size.
  const box = await up.boundingBox();
  expect(Math.min(box?.width ?? 0, box?.height ?? 0)).toBeGreaterThanOrEqual(44);
  await up.focus();
  await page.keyboard.press("Space");
  await expect(items.first()).toContainText(second);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("feedback")).toBeVisible();
  await expect(items.first()).toContainText(second);
});

test("answers from another site, for unknown questions or for someone else's quiz are refused", async ({
  page,
  request,
  baseURL,
  browser,
}) => {
  await page.goto("/quiz");
  await page.getByRole("button", { name: "Start the quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/\w+$/);
  const attemptId = page.url().split("/").at(-1) ?? "";
  const url = `/api/v1/attempts/${attemptId}/answers`;

  // A client with no cookie at all is told it needs one; another browser (the test's own request context, given its
  // own guest cookie by opening a page) finds no such quiz.
  expect((await request.post(url, { data: { questionId: "x", response: "y" } })).status()).toBe(401);
  await request.get("/");
  const stranger = await request.post(url, { data: { questionId: "x", response: "y" } });
  expect(stranger.status()).toBe(404);

  const post = (data: unknown, headers: Record<string, string> = {}) =>
    page.request.post(`${baseURL}${url}`, { data, headers });
  expect((await post({ questionId: "next-state:NOPE", response: "CLOSED" })).status()).toBe(400);
  expect((await post({ questionId: "x", response: "y", role: "teacher" })).status()).toBe(400);
  const crossSite = await post({ questionId: "x", response: "y" }, { origin: "https://evil.example" });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.json()).toEqual({ error: "Answers can only be sent from SynAck's own pages." });
  const zh = { "accept-language": "zh-CN" };
  const crossSiteZh = await post({ questionId: "x", response: "y" }, { origin: "https://evil.example", ...zh });
  expect(await crossSiteZh.json()).toEqual({ error: "只能从 SynAck 自己的页面提交答案。" });
  expect(await (await post({ questionId: "x", response: "y", role: "teacher" }, zh)).json()).toEqual({
    error: "未知字段 role。",
  });
  expect(await (await post({ questionId: "next-state:NOPE", response: "CLOSED" })).json()).toEqual({
    error: "That question is not part of this quiz.",
  });
  const notJson = await page.request.post(`${baseURL}${url}`, {
    data: Buffer.from("not json"),
    headers: { "content-type": "application/json", ...zh },
  });
  expect(notJson.status()).toBe(400);
  expect(await notJson.json()).toEqual({ error: "请求体必须是 JSON：{questionId, response, durationMs?}。" });
  const notObject = await post(JSON.stringify("ESTABLISHED"), zh);
  expect(notObject.status()).toBe(400);
  expect(await notObject.json()).toEqual({ error: "请求体必须是一个对象：{questionId, response, durationMs?}。" });

  await page.reload();
  await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "0");

  // Another browser opening the quiz's address finds nothing there.
  const other = await browser.newContext();
  const response = await (await other.newPage()).goto(`${baseURL}/quiz/${attemptId}/results`);
  expect(response?.status()).toBe(404);
  await other.close();
});

/**
 * Two English words in a row in the interface around the questions: outside <code>, <kbd> and what carries its own
 * language (the questions, choices and explanations are marked with the quiz's).
 */
async function englishOutsideLangEn(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("[lang]:not(html), code, kbd, script, style, template")) continue;
      found.push((node.textContent ?? "").trim());
    }
    return found;
  });
  return texts.filter(hasTwoEnglishWords);
}

/** Sets up and starts a Chinese quiz of five questions on one topic with a fixed seed; returns its first question. */
async function startFiveInChinese(page: Page, focus: "handshake" | "teardown", seed: number): Promise<Question> {
  await page.goto("/quiz");
  const common = translatorFor("zh-CN", "common");
  await page.getByLabel(new RegExp(`^${common(FOCUS_TEXT[focus].title)}`)).check();
  await page.getByLabel("题数", { exact: true }).fill("5");
  await page.getByLabel("随机种子（可选）").fill(String(seed));
  await page.getByRole("button", { name: "开始测验" }).click();
  await expect(page).toHaveURL(/\/quiz\/\w+$/);
  const [first] = await questionsOnScreen(page, { count: 5, level: null, focus, lang: "zh", only: null });
  if (!first) throw new Error(`seed ${seed} made no ${focus} question`);
  await expect(page.getByTestId("prompt")).toHaveText(first.prompt);
  return first;
}

test.describe("in Chinese", () => {
  test.use({ locale: "zh-CN" });

  test("a quick 10 asks in Chinese, explains in Chinese and scores in Chinese", async ({ page }, testInfo) => {
    await page.goto("/");
    await page.getByRole("button", { name: "快速来 10 道题" }).click();
    await expect(page).toHaveURL(/\/quiz\/\w+$/);
    // The questions follow the interface's language.
    const questions = await questionsOnScreen(page, { ...QUICK_TEN, lang: "zh" });
    await expect(page.getByText(/^全部 · 任意难度/)).toBeVisible();
    for (const [i, q] of questions.entries()) {
      await expect(page.getByText(`第 ${i + 1} 题，共 10 题`)).toBeVisible();
      await answerWithKeyboard(page, q, i === 1, "zh-CN");
      const feedback = page.getByTestId("feedback");
      if (i === 1) {
        await expect(feedback.getByRole("heading")).toHaveText("✕ 不太对");
        await expect(feedback).toContainText("正确答案是");
        await expect(page.getByTestId("explanation")).toHaveText(q.explanation);
        await expect(page.getByTestId("explanation")).toHaveAttribute("lang", "zh-CN");
        await expect(feedback.getByRole("link", { name: "看动画演示 →" })).toHaveAttribute("href", q.link);
        await expect(page.getByRole("button", { name: "下一题" })).toBeFocused();
        expect(await englishOutsideLangEn(page)).toEqual([]);
        await screenshot(page, testInfo, "quiz-wrong-answer-zh");
      } else {
        await expect(feedback.getByRole("heading")).toHaveText("✓ 答对了");
      }
      await expect(page.getByRole("progressbar")).toHaveAttribute("aria-valuetext", `已答 ${i + 1} / 10`);
      await page.keyboard.press("Enter");
    }

    await expect(page).toHaveURL(/\/results$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("你的成绩");
    await expect(page.getByText("10 题中答对 9 题（90%）。")).toBeVisible();
    await expect(page.getByTestId("score")).toHaveText("9 / 10");
    // A quick 10 draws its topics at random: each one asked is listed, by its Chinese name.
    const topicName = translatorFor("zh-CN", "common");
    for (const topic of new Set(questions.map((q) => q.topic))) {
      await expect(page.getByTestId("by-topic")).toContainText(topicName(TOPIC_TITLE[topic]));
    }
    const missed = page.getByRole("region", { name: "答错的题" });
    await expect(missed.getByText(questions[1]?.prompt ?? "")).toBeVisible();
    await expect(missed).toContainText("你的回答：");
    await expect(page.getByRole("button", { name: "重做答错的 1 道题" })).toBeVisible();
    expect(await englishOutsideLangEn(page)).toEqual([]);
    await screenshot(page, testInfo, "quiz-results-zh");

    await page.getByRole("link", { name: "新测验" }).click();
    const history = page.getByTestId("history");
    await expect(history.getByRole("columnheader", { name: "开始时间（UTC）" })).toBeVisible();
    await expect(history).toContainText("全部 · 10 题");
    await expect(history.getByRole("link", { name: "查看结果" })).toBeVisible();
  });

  test("the set-up speaks Chinese, refuses in Chinese, and can still ask the questions in English", async ({
    page,
  }, testInfo) => {
    await page.goto("/quiz");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("自我测验");
    await expect(page.getByTestId("history-empty")).toContainText("还没有测验记录");
    // The questions' language starts as the interface's.
    await expect(page.getByLabel("题目语言")).toHaveValue("zh");
    expect(await englishOutsideLangEn(page)).toEqual([]);
    await screenshot(page, testInfo, "quiz-setup-zh");

    await page.getByLabel(/^边界情况/).check();
    await page.getByLabel(/^基础/).check();
    await page.getByRole("button", { name: "开始测验" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(
      "边界情况（RST、ABORT、连接被拒绝）都属于高级难度",
    );
    await expect(page.getByLabel(/^边界情况/)).toBeChecked();

    await page.getByLabel(/^三次握手/).check();
    await page.getByLabel("随机种子（可选）").fill("12x");
    await page.getByRole("button", { name: "开始测验" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("随机种子必须是 0 到 2147483647 之间的整数。");

    // A Chinese interface with English questions: the runner speaks Chinese, the question is marked as English.
    await page.getByLabel("随机种子（可选）").fill("2024");
    await page.getByLabel("题数", { exact: true }).fill("5");
    await page.getByLabel("题目语言").selectOption("en");
    await page.getByRole("button", { name: "开始测验" }).click();
    await expect(page).toHaveURL(/\/quiz\/\w+$/);
    const questions = await questionsOnScreen(page, {
      count: 5,
      level: "basics",
      focus: "handshake",
      lang: "en",
      only: null,
    });
    await expect(page.getByText("第 1 题，共 5 题")).toBeVisible();
    await expect(page.getByTestId("prompt")).toHaveText(questions[0]?.prompt ?? "");
    await expect(page.getByTestId("prompt")).toHaveAttribute("lang", "en");
    await answerWithKeyboard(page, questions[0]!, false, "zh-CN");
    await expect(page.getByTestId("feedback").getByRole("heading")).toHaveText("✓ 答对了");
    await expect(page.getByTestId("explanation")).toHaveAttribute("lang", "en");
    expect(await englishOutsideLangEn(page)).toEqual([]);
    await screenshot(page, testInfo, "quiz-english-questions-zh");

    await page.goto("/quiz");
    const history = page.getByTestId("history");
    await expect(history).toContainText("三次握手 · 基础 · 5 题");
    await expect(history).toContainText("已答 1 / 5");
    await expect(history).toContainText("种子 2024");
    await history.getByRole("link", { name: "继续" }).click();
    await expect(page.getByText("第 2 题，共 5 题")).toBeVisible();
  });

  test("an event's name is RFC notation: marked English in a Chinese quiz, with what it means under it", async ({
    page,
  }, testInfo) => {
    // "Which event takes a socket from CLOSED to SYN-SENT?", with passive OPEN and rcv RST among the choices.
    const seed = seedOpeningWith(
      { count: 5, level: null, focus: "handshake", lang: "zh", only: null },
      (q) =>
        q.type === "which-event" &&
        q.answer === "active OPEN" &&
        ["passive OPEN", "rcv RST"].every((c) => q.choices?.includes(c)),
    );
    const q = await startFiveInChinese(page, "handshake", seed);
    expect(q.type).toBe("which-event");

    const choices = page.getByRole("group", { name: "选项" });
    const passive = choices.getByText("passive OPEN", { exact: true });
    await expect(passive).toHaveAttribute("lang", "en");
    await expect(choices.getByText("被动打开（listen()）")).toHaveAttribute("lang", "zh-CN");
    await expect(choices.getByText("主动打开（connect()）")).toBeVisible();
    await expect(choices.getByText("收到 RST")).toBeVisible();
    expect(await englishIn(page)).toEqual([]);
    await screenshot(page, testInfo, "quiz-which-event-zh");

    // Wrong on purpose: the right answer is named in the same notation.
    await answerWithKeyboard(page, q, true, "zh-CN");
    const feedback = page.getByTestId("feedback");
    await expect(feedback.getByRole("heading")).toHaveText("✕ 不太对");
    // In the right answer and on the arc of the state diagram beside it.
    const named = feedback.getByText("active OPEN", { exact: true });
    await expect(named).toHaveCount(2);
    for (const name of await named.all()) await expect(name).toHaveAttribute("lang", "en");
    expect(await englishIn(page)).toEqual([]);
  });

  test("the arc of the state diagram under an answer names its event in RFC notation, marked English", async ({
    page,
  }, testInfo) => {
    // "A socket in ESTABLISHED receives data: which state next?", whose arc is "rcv data / 发送 ACK".
    const seed = seedOpeningWith(
      { count: 5, level: null, focus: "teardown", lang: "zh", only: null },
      (q) => q.basis.kind === "transition" && q.basis.from === "ESTABLISHED" && q.basis.event === "rcv data",
    );
    const q = await startFiveInChinese(page, "teardown", seed);
    expect(q.basis).toMatchObject({ kind: "transition", from: "ESTABLISHED", event: "rcv data" });

    await answerWithKeyboard(page, q, true, "zh-CN");
    const arc = page.getByTestId("feedback").getByRole("img", { name: /ESTABLISHED/ });
    await expect(arc).toContainText("rcv data / 发送 ACK");
    await expect(arc.locator("tspan", { hasText: "rcv data" })).toHaveAttribute("lang", "en");
    expect(await englishOutsideLangEn(page)).toEqual([]);
    expect(await englishIn(page)).toEqual([]);
    await screenshot(page, testInfo, "quiz-arc-event-zh");
  });
});
