import { expect, type Page } from "@playwright/test";
import { translatorFor } from "../../lib/i18n/catalogues";
import type { Locale } from "../../lib/i18n/locales";
import { type Question, type QuizSpec, quizQuestions } from "../../lib/quiz";

/** The questions of the attempt on screen, regenerated from the seed it shows, as the server does. */
export async function questionsOnScreen(page: Page, spec: Omit<QuizSpec, "seed">): Promise<Question[]> {
  const seed = Number(await page.getByTestId("quiz-seed").textContent());
  return quizQuestions({ ...spec, seed });
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
        await page.keyboard.press("Enter");
        // The item moved and its button kept focus, at the top of the list too.
        await expect(up).toBeFocused();
        [order[j - 1], order[j]] = [order[j] as string, order[j - 1] as string];
      }
    }
    await page.getByRole("button", { name: t("check") }).focus();
    await page.keyboard.press("Enter");
  }
  await expect(page.getByTestId("feedback")).toBeVisible();
}
