// What a student may not be told yet about their own answers. An assignment that shows the right answers only
// later (REVEALS) keeps back more than its results page: whether each answer was right also shows in the profile's
// counts and weak spots, the quiz history's scores and the history download, so those leave the kept-back attempts
// out (or say only that they were answered) until the rule shows them.
import { answersShown } from "@/lib/classes/rules/assignment";
import { attemptsUnderRevealRules, type DbClient, type QuizSpec } from "@/lib/db";

/** The learner's attempts whose right answers are still kept back, with each one's quiz. */
export async function keptBack(
  learnerId: string,
  now: Date = new Date(),
  db?: DbClient,
): Promise<Map<string, QuizSpec>> {
  const candidates = await attemptsUnderRevealRules(learnerId, db);
  return new Map(
    candidates
      .filter(({ attempt, assignment, attempts }) => !answersShown(assignment, attempt, attempts, now))
      .map(({ attempt }) => [attempt.id, attempt.spec]),
  );
}
