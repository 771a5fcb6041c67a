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

export type BasisTally = { basisKey: string; total: number; wrong: number };

/**
 * Per transition (or scenario step, or name) asked about: how often the learner answered and how often wrongly,
 * the ones they miss most first. Only keys with at least one wrong answer.
 */
export async function weakSpots(learnerId: string, limit = 5, client?: DbClient): Promise<BasisTally[]> {
  const db = client ?? (await database());
  const [all, wrong] = await Promise.all([
    db.answer.groupBy({ by: ["basisKey"], where: { learnerId, basisKey: { not: null } }, _count: { _all: true } }),
    db.answer.groupBy({
      by: ["basisKey"],
      where: { learnerId, basisKey: { not: null }, correct: false },
      _count: { _all: true },
    }),
  ]);
  const totals = new Map(all.map((row) => [row.basisKey, row._count._all]));
  return wrong
    .map((row) => ({ basisKey: row.basisKey as string, wrong: row._count._all, total: totals.get(row.basisKey) ?? 0 }))
    .sort((a, b) => b.wrong / b.total - a.wrong / a.total || b.wrong - a.wrong || a.basisKey.localeCompare(b.basisKey))
    .slice(0, limit);
}
