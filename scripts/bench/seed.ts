import { hashGuestToken } from "@/lib/auth/guest-hash";
import { newGuestToken } from "@/lib/auth/guest-token";
import { createAttempt, type DbClient, findOrCreateGuest, type QuizSpec } from "@/lib/db";
import { quizQuestions } from "@/lib/quiz";

export type SeededQuizzes = {
  /** The guest cookie value of the learner who owns the attempts. */
  guestToken: string;
  learnerId: string;
  /** Every (attempt, question) with a valid answer, in an order that spreads writes across attempts. */
  answers: { attemptId: string; questionId: string; response: string | string[] }[];
};

const SEEDS = [11, 22, 33, 44, 55, 66, 77, 88];

/**
 * A guest learner with `attempts` quizzes of 50 questions, and a valid answer for each question: enough distinct
 * answers that a load test never repeats one (a repeat is a cheap duplicate, not a write). Questions are generated
 * once per seed and shared by the attempts with that seed.
 */
export async function seedQuizzes(db: DbClient, attempts: number): Promise<SeededQuizzes> {
  const guestToken = newGuestToken();
  const learner = await findOrCreateGuest(hashGuestToken(guestToken), db);
  const specs = SEEDS.map(
    (seed): QuizSpec => ({ seed, count: 50, level: null, focus: "everything", lang: "en", only: null }),
  );
  const questions = specs.map((spec) => quizQuestions(spec));
  const perAttempt: { attemptId: string; items: { questionId: string; response: string | string[] }[] }[] = [];
  for (let i = 0; i < attempts; i++) {
    const k = i % specs.length;
    const spec = specs[k] as QuizSpec;
    const attempt = await createAttempt(learner.id, spec, null, db);
    perAttempt.push({
      attemptId: attempt.id,
      items: (questions[k] ?? []).map((q) => ({ questionId: q.id, response: q.answer })),
    });
  }
  // Question 1 of every attempt, then question 2 of every attempt...: consecutive requests touch different quizzes,
  // as a class does.
  const answers: SeededQuizzes["answers"] = [];
  const longest = Math.max(...perAttempt.map((a) => a.items.length));
  for (let q = 0; q < longest; q++) {
    for (const a of perAttempt) {
      const item = a.items[q];
      if (item) answers.push({ attemptId: a.attemptId, ...item });
    }
  }
  return { guestToken, learnerId: learner.id, answers };
}
