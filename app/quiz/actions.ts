"use server";

import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { z } from "zod";
import { retryMissed, startAttempt } from "@/lib/attempts/attempts";
import { MAX_SEED, quizSetup, quizSetupError, SETUP_FIELDS } from "@/lib/attempts/schemas";
import { currentLearner } from "@/lib/auth/current-learner";
import { takeQuizStart } from "@/lib/auth/limits";
import { formFields } from "@/lib/http/form-fields";
import { textLang } from "@/lib/i18n/locales";
import { getGlobalT, getLocale } from "@/lib/i18n/server";
import { practiceSpec } from "@/lib/quiz";

export type SetupState = { error: string | null; values: Record<string, string> };

/** An attempt id as the results page sends it. */
const attemptId = z.string().min(1).max(64);

/**
 * Set-up form: validate, create the attempt, go to its first question. Bad input comes back with the form as typed
 * and the reason in the learner's language. Questions are in the interface's language unless the form says otherwise.
 */
export async function startQuiz(_previous: unknown, form: unknown): Promise<SetupState> {
  const [t, locale] = await Promise.all([getGlobalT(), getLocale()]);
  const fields = formFields(form, SETUP_FIELDS);
  if (!fields) return { error: t("quiz.checkForm"), values: {} };
  const values: Record<string, string> = fields;
  const parsed = quizSetup.safeParse({ lang: textLang(locale), ...values });
  if (!parsed.success) return { error: t.msg(quizSetupError(parsed.error)), values };
  const learner = await currentLearner();
  if (!learner) return { error: t("quiz.noCookieStart"), values };
  const start = await takeQuizStart(learner.id, Date.now());
  if (!start.ok) return { error: t("quiz.startTooMany", { seconds: start.retryAfterS }), values };
  const { focus, level, length, lang, seed } = parsed.data;
  const result = await startAttempt(
    learner.id,
    practiceSpec({
      seed: seed === "" ? randomInt(MAX_SEED) : Number(seed),
      count: length,
      level: level === "any" ? null : level,
      focus,
      lang,
      only: null,
    }),
  );
  if (!result.ok) return { error: t.msg(result.message), values };
  redirect(`/quiz/${result.attempt.id}`);
}

/** "Quick 10" from the home page: ten questions on everything, any level, a fresh seed, in the interface's language. */
export async function quickTen(): Promise<void> {
  const learner = await currentLearner();
  if (!learner) redirect("/quiz?error=cookies");
  if (!(await takeQuizStart(learner.id, Date.now())).ok) redirect("/quiz?error=busy");
  const result = await startAttempt(
    learner.id,
    practiceSpec({
      seed: randomInt(MAX_SEED),
      count: 10,
      level: null,
      focus: "everything",
      lang: textLang(await getLocale()),
      only: null,
    }),
  );
  redirect(result.ok ? `/quiz/${result.attempt.id}` : "/quiz");
}

export async function retryMissedQuestions(id: unknown): Promise<{ error: string }> {
  const t = await getGlobalT();
  const parsed = attemptId.safeParse(id);
  if (!parsed.success) return { error: t("quiz.notInHistory") };
  const learner = await currentLearner();
  if (!learner) return { error: t("quiz.noCookieStart") };
  const start = await takeQuizStart(learner.id, Date.now());
  if (!start.ok) return { error: t("quiz.startTooMany", { seconds: start.retryAfterS }) };
  const result = await retryMissed(learner.id, parsed.data);
  if (!result.ok) return { error: t.msg(result.message) };
  redirect(`/quiz/${result.attempt.id}`);
}
