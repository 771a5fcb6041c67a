import { type Attempt as AttemptRow, Prisma } from "@/lib/generated/prisma/client";
import type { RecordedAnswer } from "@/lib/quiz/results";
import { type DbClient, database } from "./client";
import type { AttemptAnswerInput, AttemptRecord, AttemptSummary, QuizSpec } from "./types";

const LEVELS = new Set(["basics", "intermediate", "advanced"]);

function toAttempt(row: AttemptRow): AttemptRecord {
  const spec: QuizSpec = {
    seed: row.seed,
    count: row.count,
    level: row.level && LEVELS.has(row.level) ? (row.level as QuizSpec["level"]) : null,
    focus: row.focus as QuizSpec["focus"],
    lang: row.lang === "zh" ? "zh" : "en",
    only: row.only ? (JSON.parse(row.only) as string[]) : null,
  };
  return {
    id: row.id,
    learnerId: row.learnerId,
    source: row.source,
    spec,
    retryOfId: row.retryOfId,
    assignmentId: row.assignmentId,
    startedAt: row.startedAt,
    finishedAt: row.finishedAt,
  };
}

export async function createAttempt(
  learnerId: string,
  spec: QuizSpec,
  retryOfId: string | null = null,
  client?: DbClient,
  assignmentId: string | null = null,
): Promise<AttemptRecord> {
  const db = client ?? (await database());
  const row = await db.attempt.create({
    data: {
      learnerId,
      seed: spec.seed,
      count: spec.count,
      level: spec.level,
      focus: spec.focus,
      lang: spec.lang,
      only: spec.only ? JSON.stringify(spec.only) : null,
      retryOfId,
      ...(assignmentId ? { assignmentId, source: "assignment" } : {}),
    },
  });
  return toAttempt(row);
}

/**
 * The attempt with this id if it belongs to this learner; null otherwise, so another learner's attempt and one that
 * does not exist look the same (guessing ids finds nothing).
 */
export async function findAttempt(learnerId: string, attemptId: string, client?: DbClient) {
  const db = client ?? (await database());
  const row = await db.attempt.findFirst({ where: { id: attemptId, learnerId } });
  return row ? toAttempt(row) : null;
}

const answerFields = { questionId: true, response: true, correct: true, durationMs: true } as const;

export async function attemptAnswers(attemptId: string, client?: DbClient): Promise<RecordedAnswer[]> {
  const db = client ?? (await database());
  return db.answer.findMany({ where: { attemptId }, select: answerFields, orderBy: { createdAt: "asc" } });
}

/**
 * Records one answer in an attempt, once: if this question already has an answer in the attempt (a double click, a
 * retry after a lost response), the first one stands and is returned with `duplicate: true`. The attempt is marked
 * finished when its last question is answered.
 */
export async function saveAttemptAnswer(
  input: AttemptAnswerInput,
  questionCount: number,
  client?: DbClient,
): Promise<{ answer: RecordedAnswer; duplicate: boolean }> {
  const db = client ?? (await database());
  const where = { attemptId_questionId: { attemptId: input.attemptId, questionId: input.questionId } };
  let duplicate = false;
  let answer: RecordedAnswer;
  try {
    answer = await db.answer.create({ data: { ...input, source: input.source ?? "quiz" }, select: answerFields });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    duplicate = true;
    answer = await db.answer.findUniqueOrThrow({ where, select: answerFields });
  }
  if (!duplicate) {
    const answered = await db.answer.count({ where: { attemptId: input.attemptId } });
    if (answered >= questionCount) {
      await db.attempt.updateMany({
        where: { id: input.attemptId, finishedAt: null },
        data: { finishedAt: new Date() },
      });
    }
  }
  return { answer, duplicate };
}

/** The learner's attempts, newest first, with how many answers each has and how many were right. */
export async function listAttempts(learnerId: string, limit = 20, client?: DbClient): Promise<AttemptSummary[]> {
  const db = client ?? (await database());
  const rows = await db.attempt.findMany({
    where: { learnerId },
    orderBy: { startedAt: "desc" },
    take: limit,
    include: { answers: { select: { correct: true } } },
  });
  return rows.map((row) => ({
    ...toAttempt(row),
    answered: row.answers.length,
    correct: row.answers.filter((a) => a.correct).length,
  }));
}
