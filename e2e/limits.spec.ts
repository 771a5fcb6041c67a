import { expect, type Page, test } from "@playwright/test";
import Database from "better-sqlite3";
import { hashGuestToken } from "../lib/auth/guest-hash";
import { GUEST_COOKIE } from "../lib/auth/guest-token";
import { rowsIn, useOwnServer } from "./support/own-server";
import { screenshot } from "./support/screenshot";

/**
 * What a script would do many times a second is refused with a message that says how long to wait: guessing join
 * codes, and starting quiz after quiz. The counts live in the database (lib/auth/limits.ts), so they hold on every
 * app server.
 */

async function signUp(page: Page, who: string) {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(`${origin}/api/auth/sign-up/email`, {
    data: { name: who, email: `${who}-${Date.now()}-${Math.random()}@example.com`, password: "a good long password" },
    headers: { origin },
  });
  expect(response.status()).toBe(200);
}

test("ten join codes that name no class hold an account back, with a message, in English and Chinese", async ({
  page,
  isMobile,
}, testInfo) => {
  await page.goto("/");
  await signUp(page, `guesser-${testInfo.project.name}`);
  await page.goto("/classes");
  const code = page.getByLabel("Join code");
  /** Types a code and joins, waiting for the action's answer (the message alone stays the same from one to the next). */
  const join = async (typed: string) => {
    await code.fill(typed);
    const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/classes"));
    await page.getByRole("button", { name: "Join class" }).click();
    await answered;
  };
  for (let i = 0; i < 10; i++) {
    await join(`ZZZ-ZZ${"23456789AB"[i]}`);
    await expect(page.getByRole("main").getByRole("alert").first()).toHaveText(
      "No class has that code. Check it with your teacher: it may have been replaced by a new one.",
    );
  }
  await join("ZZZ-ZZC");
  await expect(page.getByRole("main").getByRole("alert").first()).toHaveText(
    /^Too many codes that name no class, from this account or this network: wait 1[45] minutes, then try again\. The join link your teacher shares needs no typing\.$/,
  );
  await screenshot(page, testInfo, "classes-join-too-many");
  await page.emulateMedia({ colorScheme: "dark" });
  await screenshot(page, testInfo, "classes-join-too-many-dark");
  await page.emulateMedia({ colorScheme: "light" });

  // The same refusal in Chinese (the account's count is shared by every language).
  await page.context().addCookies([{ name: "synack_locale", value: "zh-CN", url: new URL(page.url()).origin }]);
  await page.goto("/classes");
  await page.getByLabel("加入码").fill("ZZZ-ZZD");
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/classes"));
  await page.getByRole("button", { name: "加入班级" }).click();
  await answered;
  await expect(page.getByRole("main").getByRole("alert").first()).toHaveText(
    /^这个账号或这个网络试过太多不存在的加入码：请等 1[45] 分钟后再试。老师分享的加入链接无需手动输入。$/,
  );
  if (isMobile) await screenshot(page, testInfo, "zh-classes-join-too-many");
});

test.describe("starting quizzes", () => {
  test.skip(({ isMobile }) => isMobile, "starts its own server; the phone sizes are screenshotted below");
  const own = useOwnServer("quiz-starts");

  test("past 30 starts in a minute the form says to wait, and Quick 10 says so on the quiz page", async ({
    browser,
  }, testInfo) => {
    const server = await own.start();
    for (const [look, viewport] of [
      ["desktop", { width: 1280, height: 800 }],
      ["phone", { width: 412, height: 915 }],
    ] as const) {
      const context = await browser.newContext({ baseURL: server.url, viewport, locale: "en-GB" });
      const page = await context.newPage();
      await page.goto("/quiz");
      const token = (await context.cookies()).find((c) => c.name === GUEST_COOKIE)?.value ?? "";
      const [learner] = rowsIn<{ id: string }>(
        own.databaseFile(),
        `SELECT id FROM "Learner" WHERE "guestTokenHash" = '${hashGuestToken(token)}'`,
      );
      // 29 starts through the form would take a while; they are counted in the database, so count them there.
      const db = new Database(own.databaseFile());
      db.prepare(`INSERT INTO "Throttle" ("key", "count", "windowEnd") VALUES (?, 29, ?)`).run(
        `quiz-start:${learner?.id}`,
        Date.now() + 60_000,
      );
      db.close();
      await page.getByRole("button", { name: "Start the quiz" }).click();
      await expect(page).toHaveURL(/\/quiz\/\w+$/);
      const attempts = () => rowsIn<{ n: number }>(own.databaseFile(), `SELECT COUNT(*) AS n FROM "Attempt"`)[0]?.n;
      const before = attempts();

      await page.goto("/quiz");
      await page.getByRole("button", { name: "Start the quiz" }).click();
      await expect(page.getByRole("main").getByRole("alert").first()).toHaveText(
        /^That is more quizzes started in a minute than anyone takes: wait \d+ seconds?, then start this one\.$/,
      );
      await expect(page).toHaveURL(/\/quiz$/);
      await screenshot(page, testInfo, `quiz-start-too-many-${look}`);

      await page.goto("/");
      await page.getByRole("button", { name: "Quick 10 questions" }).first().click();
      await expect(page).toHaveURL(/\/quiz\?error=busy$/);
      await expect(page.getByRole("main").getByRole("alert").first()).toHaveText(
        "That is more quizzes started in a minute than anyone takes, so “Quick 10 questions” did not start another: wait a minute, then try again.",
      );
      await page.emulateMedia({ colorScheme: "dark" });
      await screenshot(page, testInfo, `quiz-quick-ten-busy-dark-${look}`);
      expect(attempts()).toBe(before);
      await context.close();
    }
  });
});

test.describe("a guest cookie no page gave out", () => {
  test.skip(({ isMobile }) => isMobile, "starts its own server; once is enough");
  const own = useOwnServer("made-up-guests");

  test("sent to the answers API or a download is refused and writes no guest; opening a page makes one", async ({
    playwright,
  }) => {
    const server = await own.start();
    const learners = () => rowsIn<{ n: number }>(own.databaseFile(), `SELECT COUNT(*) AS n FROM "Learner"`)[0]?.n;
    const api = await playwright.request.newContext({ baseURL: server.url });
    for (let i = 0; i < 20; i++) {
      const token = `${"made-up-guest-token-".repeat(3)}`.slice(0, 40) + String(i).padStart(3, "0");
      const headers = { cookie: `${GUEST_COOKIE}=${token}`, origin: server.url, "accept-language": "en" };
      const answer = await api.post("/api/v1/attempts/anything/answers", {
        data: { questionId: "q1", response: "CLOSED" },
        headers,
      });
      expect(answer.status()).toBe(401);
      expect(await answer.json()).toEqual({
        error:
          "This browser's guest cookie belongs to no profile here: open the quiz page again (that makes one), then answer.",
      });
      expect((await api.get("/me/history.csv", { headers })).status()).toBe(401);
    }
    expect(learners()).toBe(0);
    // Opening a page is what makes a guest.
    await api.get("/quiz");
    expect(learners()).toBe(1);
    await api.dispose();
  });
});
