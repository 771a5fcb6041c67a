"use server";

import { randomInt } from "node:crypto";
import { redirect } from "next/navigation";
import { currentLearner } from "@/lib/auth/current-learner";
import { retryMissed, startAttempt } from "@/lib/practice/attempts";
import { MAX_SEED, quizSetup } from "@/lib/practice/schemas";

export type SetupState = { error: string | null; values: Record<string, string> };

const NO_COOKIE = "SynAck needs its cookie to save a quiz: allow cookies for this site, reload, and start again.";

function fields(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const key of ["focus", "level", "length", "lang", "seed"]) {
    const value = form.get(key);
    if (typeof value === "string") values[key] = value;
  }
  return values;
}

/** Set-up form: validate, create the attempt, go to its first question. Bad input comes back with the form as typed. */
export async function startQuiz(_previous: SetupState, form: FormData): Promise<SetupState> {
  const values = fields(form);
  const parsed = quizSetup.safeParse(values);
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the form.", values };
  const learner = await currentLearner();
  if (!learner) return { error: NO_COOKIE, values };
  const { focus, level, length, lang, seed } = parsed.data;
  const result = await startAttempt(learner.id, {
    seed: seed === "" ? randomInt(MAX_SEED) : Number(seed),
    count: length,
    level: level === "any" ? null : level,
    focus,
    lang,
    only: null,
  });
  if (!result.ok) return { error: result.message, values };
  redirect(`/quiz/${result.attempt.id}`);
}

/** "Quick 10" from the home page: ten questions on everything, any level, a fresh seed. */
export async function quickTen(): Promise<void> {
  const learner = await currentLearner();
  if (!learner) redirect("/quiz?error=cookies");
  const result = await startAttempt(learner.id, {
    seed: randomInt(MAX_SEED),
    count: 10,
    level: null,
    focus: "everything",
    lang: "en",
    only: null,
  });
  redirect(result.ok ? `/quiz/${result.attempt.id}` : "/quiz");
}

export async function retryMissedQuestions(attemptId: unknown): Promise<{ error: string }> {
  if (typeof attemptId !== "string" || attemptId.length > 64) return { error: "That quiz is not in your history." };
  const learner = await currentLearner();
  if (!learner) return { error: NO_COOKIE };
  const result = await retryMissed(learner.id, attemptId);
  if (!result.ok) return { error: result.message };
  redirect(`/quiz/${result.attempt.id}`);
}
