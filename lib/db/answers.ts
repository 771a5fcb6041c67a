import type { Prisma } from "@/lib/generated/prisma/client";
import { type DbClient, database } from "./client";
import type { AnswerInput } from "./types";

/** Appends one answer to the learner's log and returns its id. */
export async function recordAnswer(input: AnswerInput, client?: DbClient): Promise<string> {
  const db = client ?? (await database());
  const row = await db.answer.create({ data: input, select: { id: true } });
  return row.id;
}

/**
 * Whose answers: a learner's, leaving out those of `except`, the attempts whose right answers an assignment still
 * keeps back (counted as right or wrong, they would tell the student what the results page does not).
 */
export type AnswersOf = string | { learnerId: string; except: readonly string[] };

function answersOf(whose: AnswersOf): Prisma.AnswerWhereInput {
  if (typeof whose === "string") return { learnerId: whose };
  const { learnerId, except } = whose;
  if (except.length === 0) return { learnerId };
  // NOT IN alone would drop the answers that belong to no attempt (NULL), flashcards' among them.
  return { learnerId, OR: [{ attemptId: null }, { attemptId: { notIn: [...except] } }] };
}

/** How many answers the learner has given, right and wrong. */
export async function countAnswers(whose: AnswersOf, client?: DbClient): Promise<{ total: number; correct: number }> {
  const db = client ?? (await database());
  const where = answersOf(whose);
  const [total, correct] = await Promise.all([
    db.answer.count({ where }),
    db.answer.count({ where: { ...where, correct: true } }),
  ]);
  return { total, correct };
}

export type BasisTally = { basisKey: string; total: number; wrong: number };

/** Per transition (or scenario step, or name) asked about: how often the learner answered, and how often wrongly. */
export async function answerTallies(whose: AnswersOf, client?: DbClient): Promise<BasisTally[]> {
  return talliesWhere(answersOf(whose), client);
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
export async function weakSpots(whose: AnswersOf, limit = 5, client?: DbClient): Promise<BasisTally[]> {
  const tallies = await answerTallies(whose, client);
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
  attemptId: string | null;
};

/** Every answer the learner gave, oldest first, for the history export. */
export async function allAnswers(learnerId: string, client?: DbClient): Promise<AnswerRow[]> {
  const db = client ?? (await database());
  return db.answer.findMany({
    where: { learnerId },
    orderBy: { createdAt: "asc" },
    select: {
      createdAt: true,
      source: true,
      questionId: true,
      response: true,
      correct: true,
      durationMs: true,
      attemptId: true,
    },
  });
}
