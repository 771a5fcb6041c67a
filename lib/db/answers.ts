import type { Prisma } from "@/lib/generated/prisma/client";
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

/** Per transition (or scenario step, or name) asked about: how often the learner answered, and how often wrongly. */
export async function answerTallies(learnerId: string, client?: DbClient): Promise<BasisTally[]> {
  return talliesWhere({ learnerId }, client);
}

/** Every answer given in the class's assignments, tallied by what the question was about (its Figure 5 arc, say). */
export async function classTallies(classId: string, client?: DbClient): Promise<BasisTally[]> {
  return talliesWhere({ attempt: { assignment: { classId } } }, client);
}

async function talliesWhere(where: Prisma.AnswerWhereInput, client?: DbClient): Promise<BasisTally[]> {
  const db = client ?? (await database());
  const [all, wrong] = await Promise.all([
    db.answer.groupBy({ by: ["basisKey"], where: { ...where, basisKey: { not: null } }, _count: { _all: true } }),
    db.answer.groupBy({
      by: ["basisKey"],
      where: { ...where, basisKey: { not: null }, correct: false },
      _count: { _all: true },
    }),
  ]);
  const wrongs = new Map(wrong.map((row) => [row.basisKey, row._count._all]));
  return all.map((row) => ({
    basisKey: row.basisKey as string,
    total: row._count._all,
    wrong: wrongs.get(row.basisKey) ?? 0,
  }));
}

/** The keys the learner misses most (at least one wrong answer), worst first. */
export async function weakSpots(learnerId: string, limit = 5, client?: DbClient): Promise<BasisTally[]> {
  const tallies = await answerTallies(learnerId, client);
  return tallies
    .filter((t) => t.wrong > 0)
    .sort((a, b) => b.wrong / b.total - a.wrong / a.total || b.wrong - a.wrong || a.basisKey.localeCompare(b.basisKey))
    .slice(0, limit);
}

export type AnswerRow = {
  createdAt: Date;
  source: string;
  questionId: string;
  response: string;
  correct: boolean;
  durationMs: number | null;
};

/** Every answer the learner gave, oldest first, for the history export. */
export async function allAnswers(learnerId: string, client?: DbClient): Promise<AnswerRow[]> {
  const db = client ?? (await database());
  return db.answer.findMany({
    where: { learnerId },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true, source: true, questionId: true, response: true, correct: true, durationMs: true },
  });
}
