import { hashGuestToken } from "@/lib/auth/guest-hash";
import { newGuestToken } from "@/lib/auth/guest-token";
import { createAttempt, type DbClient, findOrCreateGuest, type QuizSpec } from "@/lib/db";
import { practiceSpec, questionRef, quizQuestions } from "@/lib/quiz";

export type SeededQuizzes = {
  /** A learner who owns one of the attempts (for the floor's foreign key). */
  learnerId: string;
  /**
   * Every (attempt, question) with a valid answer and its learner's guest cookie, spread across attempts. The
   * question as the answers API names it (`questionId`, its number in the quiz) and as the Answer row stores it.
   */
  answers: {
    attemptId: string;
    guestToken: string;
    questionId: string;
    storedAs: string;
    response: string | string[];
  }[];
};

const SEEDS = [11, 22, 33, 44, 55, 66, 77, 88];

/**
 * `attempts` quizzes of 50 questions, each taken by a guest learner of its own (a class: one student, one quiz),
 * and a valid answer for each question: enough distinct answers that a load test never repeats one (a repeat is a
 * cheap duplicate, not a write). Questions are generated once per seed and shared by the attempts with that seed.
 */
export async function seedQuizzes(db: DbClient, attempts: number): Promise<SeededQuizzes> {
  const specs = SEEDS.map(
    (seed): QuizSpec => practiceSpec({ seed, count: 50, level: null, focus: "everything", lang: "en", only: null }),
  );
  const questions = specs.map((spec) => quizQuestions(spec));
  const perAttempt: {
    attemptId: string;
    guestToken: string;
    items: { questionId: string; storedAs: string; response: string | string[] }[];
  }[] = [];
  let learnerId = "";
  for (let i = 0; i < attempts; i++) {
    const k = i % specs.length;
    const spec = specs[k] as QuizSpec;
    const guestToken = newGuestToken();
    const learner = await findOrCreateGuest(hashGuestToken(guestToken), db);
    learnerId = learner.id;
    const attempt = await createAttempt(learner.id, spec, null, db);
    perAttempt.push({
      attemptId: attempt.id,
      guestToken,
      // Answered by the quiz page's numbering of its questions, as the answers API takes them.
      items: (questions[k] ?? []).map((q, index) => ({
        questionId: questionRef(index),
        storedAs: q.id,
        response: q.answer,
      })),
    });
  }
  // Question 1 of every attempt, then question 2 of every attempt...: consecutive requests touch different quizzes,
  // as a class does.
  const answers: SeededQuizzes["answers"] = [];
  const longest = Math.max(...perAttempt.map((a) => a.items.length));
  for (let q = 0; q < longest; q++) {
    for (const a of perAttempt) {
      const item = a.items[q];
      if (item) answers.push({ attemptId: a.attemptId, guestToken: a.guestToken, ...item });
    }
  }
  return { learnerId, answers };
}
