import { type DbClient, database } from "./client";
import type { AnswerInput } from "./types";

/** Appends one answer to the learner's log and returns its id. */
export async function recordAnswer(input: AnswerInput, client?: DbClient): Promise<string> {
  const db = client ?? (await database());
  const row = await db.answer.create({ data: input, select: { id: true } });
  return row.id;
}

/** How many answers the learner has given, right and wrong. */
export async function countAnswers(learnerId: string, client?: DbClient): Promise<{ total: number; correct: number }> {
  const db = client ?? (await database());
  const [total, correct] = await Promise.all([
    db.answer.count({ where: { learnerId } }),
    db.answer.count({ where: { learnerId, correct: true } }),
  ]);
  return { total, correct };
}
