import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { translatorFor } from "../../lib/i18n/catalogues";
import type { Locale } from "../../lib/i18n/locales";
import { practiceSpec, type Question, type QuizSpec, quizQuestions } from "../../lib/quiz";
import { rowsIn } from "../../scripts/lib/rows";
import { ARTIFACTS } from "./paths";

/** The questions of the practice quiz on screen, regenerated from the seed it shows, as the server does. */
export async function questionsOnScreen(
  page: Page,
  spec: Omit<QuizSpec, "seed" | "generator" | "seedKey">,
): Promise<Question[]> {
  const seed = Number(await page.getByTestId("quiz-share").getAttribute("data-seed"));
  return quizQuestions(practiceSpec({ ...spec, seed }));
}

/**
 * The first seed whose practice quiz opens with a question like `wanted`: a test that needs a certain question finds
 * its seed from the generator, rather than pinning a number that a new question type or scenario would move.
 */
export function seedOpeningWith(
  spec: Omit<QuizSpec, "seed" | "generator" | "seedKey">,
  wanted: (q: Question) => boolean,
): number {
  for (let seed = 0; seed < 5000; seed++) {
    const [first] = quizQuestions(practiceSpec({ ...spec, seed }));
    if (first && wanted(first)) return seed;
  }
  throw new Error(`No seed below 5000 opens a ${spec.focus} quiz with the question wanted.`);
}

/** The database the shared server of the end-to-end step writes (playwright.config.ts). */
export function sharedDatabaseFile(): string {
  const url = process.env.E2E_DATABASE_URL ?? `file:${path.join(ARTIFACTS, "e2e.db")}`;
  return url.replace(/^file:/, "");
}

/**
 * The questions of the attempt on screen, regenerated from its row in the database. An assignment's page shows no
 * seed (its key never leaves the server), so only a test, which can read the database, can know them in advance.
 */
export async function questionsOfAttempt(page: Page, databaseFile = sharedDatabaseFile()): Promise<Question[]> {
  const attemptId = new URL(page.url()).pathname.split("/")[2] ?? "";
  type Row = Omit<QuizSpec, "only"> & { only: string | null };
  const [row] = rowsIn<Row>(
    databaseFile,
    `SELECT generator, seed, seedKey, count, level, focus, lang, only FROM "Attempt" WHERE id = '${attemptId.replace(/'/g, "")}'`,
  );
  if (!row) throw new Error(`No attempt ${attemptId} in ${databaseFile}.`);
  return quizQuestions({ ...row, only: row.only ? (JSON.parse(row.only) as string[]) : null });
}

/**
 * Answers the question on screen with the keyboard only: right, or (when `wrong`) with another answer. `locale` is
 * the interface's language, which names the buttons.
 */
export async function answerWithKeyboard(page: Page, q: Question, wrong = false, locale: Locale = "en"): Promise<void> {
  const t = translatorFor(locale, "quiz");
  await expect(page.getByTestId("prompt")).toHaveText(q.prompt);
  if (q.format === "choice") {
    const choices = q.choices ?? [];
    const pick = wrong ? choices.findIndex((c) => c !== q.answer) : choices.indexOf(q.answer as string);
    await page.keyboard.press(String(pick + 1));
    await page.keyboard.press("Enter");
  } else if (q.format === "state-name") {
    // The field has focus as soon as the question appears.
    await page.keyboard.type(wrong ? ("CLOSED" === q.answer ? "LISTEN" : "CLOSED") : String(q.answer).toLowerCase());
    await page.keyboard.press("Enter");
  } else {
    const order = [...(q.choices ?? [])];
    const want = wrong ? [...(q.answer as string[])].reverse() : (q.answer as string[]);
    for (let i = 0; i < want.length; i++) {
      for (let j = order.indexOf(want[i] as string); j > i; j--) {
        const up = page.getByRole("button", { name: t("moveUp", { item: order[j] as string }) });
        await up.focus();
        // Space moves (the button's own key); Enter would check the answer, as the hint says.
        await page.keyboard.press("Space");
        // The item moved and its button kept focus, at the top of the list too.
        await expect(up).toBeFocused();
        [order[j - 1], order[j]] = [order[j] as string, order[j - 1] as string];
      }
    }
    await page.getByRole("button", { name: t("check") }).focus();
    await page.keyboard.press("Enter");
  }
  // Feedback, or only "recorded" where an assignment keeps the right answers back.
  await expect(page.getByTestId("feedback").or(page.getByTestId("recorded"))).toBeVisible();
}
