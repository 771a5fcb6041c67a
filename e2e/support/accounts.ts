import { type Browser, expect, type Page } from "@playwright/test";
import { type Question, questionRef } from "../../lib/quiz";

const SIGN_UP_WORDS = {
  en: { name: "Name", email: "Email", password: "Password", submit: "Create account" },
  zh: { name: "姓名", email: "邮箱", password: "密码", submit: "注册" },
};

/** A new browser context with a fresh account signed in, on its profile page. */
export async function signUp(browser: Browser, use: object, name: string, lang: "en" | "zh" = "en"): Promise<Page> {
  const context = await browser.newContext(use);
  const page = await context.newPage();
  await page.goto("/sign-up");
  await fillSignUp(page, name, lang);
  // Hashing the password takes a moment, longer on a busy machine.
  await expect(page).toHaveURL(/\/me$/, { timeout: 15_000 });
  return page;
}

/** Fills and sends the sign-up form on the page, with a fresh email. */
export async function fillSignUp(page: Page, name: string, lang: "en" | "zh" = "en"): Promise<void> {
  const words = SIGN_UP_WORDS[lang];
  await page.getByLabel(words.name).fill(name);
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  await page.getByLabel(words.email).fill(`user-${unique}@example.com`);
  await page.getByLabel(words.password).fill("a long enough password");
  await page.getByRole("button", { name: words.submit, exact: true }).click();
}

/** Follows a download link on the page and returns the file's bytes. */
export async function downloadedBytes(page: Page, link: string): Promise<Buffer> {
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: link }).click();
  const chunks: Buffer[] = [];
  for await (const chunk of await (await download).createReadStream()) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** Follows a download link on the page and returns the file's text. */
export async function downloaded(page: Page, link: string): Promise<string> {
  return (await downloadedBytes(page, link)).toString("utf8");
}

/** The alert of the page's main part that has something to say: a form's refusal. */
export const refusal = (page: Page) => page.getByRole("main").getByRole("alert").filter({ hasText: /\S/ });

/** Answers a question through the answers API from the page (same origin, same cookies), right or wrong. */
export async function answerByApi(page: Page, attemptId: string, q: Question, index: number, wrong: boolean) {
  let response: unknown = q.answer;
  if (wrong) {
    if (q.format === "choice") response = (q.choices ?? []).find((c) => c !== q.answer);
    else if (q.format === "state-name") response = q.answer === "CLOSED" ? "LISTEN" : "CLOSED";
    else response = [...(q.answer as string[])].reverse();
  }
  const status = await page.evaluate(
    async ({ url, body }) =>
      (
        await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        })
      ).status,
    { url: `/api/v1/attempts/${attemptId}/answers`, body: { questionId: questionRef(index), response } },
  );
  expect(status).toBe(200);
}
