import { type AssignmentRules, REVEALS, type Reveal } from "@/lib/classes/rules/assignment";
import { type Attempt as AttemptRow, Prisma } from "@/lib/generated/prisma/client";
import type { RecordedAnswer } from "@/lib/quiz/results";
import { isLevel } from "@/lib/tcp/curriculum";
import { type DbClient, database, sqliteConnection } from "./client";
import { ATTEMPT_COLUMNS, attemptOfGuest, attemptOfLearner, saveAnswer } from "./sqlite-statements";
import type { AttemptAnswerInput, AttemptRecord, AttemptSummary, QuizSpec } from "./types";

export function toAttempt(row: AttemptRow): AttemptRecord {
  const spec: QuizSpec = {
    generator: row.generator,
    seed: row.seed,
    seedKey: row.seedKey,
    count: row.count,
    level: isLevel(row.level) ? row.level : null,
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

const specColumns = (spec: QuizSpec) => ({
  generator: spec.generator,
  seed: spec.seed,
  seedKey: spec.seedKey,
  count: spec.count,
  level: spec.level,
  focus: spec.focus,
  lang: spec.lang,
  only: spec.only ? JSON.stringify(spec.only) : null,
});

/** A practice attempt (the learner's own quiz, or a retry of the missed ones). */
export async function createAttempt(
  learnerId: string,
  spec: QuizSpec,
  retryOfId: string | null = null,
  client?: DbClient,
): Promise<AttemptRecord> {
  const db = client ?? (await database());
  const row = await db.attempt.create({ data: { learnerId, ...specColumns(spec), retryOfId } });
  return toAttempt(row);
}

/**
 * What binds an assignment's attempt as answers arrive: its deadlines (see attemptDeadline in lib/classes), when the
 * right answers may be shown, and whether its learner is still in the class (one who left answers no more).
 */
export type AttemptRules = Pick<AssignmentRules, "dueAt" | "closedAt" | "timeLimitS" | "reveal"> & { member: boolean };

/**
 * Attempt number `number` (1, 2, ...) of this learner at this assignment; null if they already have an attempt
 * with that number there. The unique index on (assignment, learner, number) decides, whichever server the other
 * start came through, so of two starts that read the same attempts and claim the same next number, one is written.
 */
export async function createAssignmentAttempt(
  learnerId: string,
  spec: QuizSpec,
  assignmentId: string,
  number: number,
  client?: DbClient,
): Promise<AttemptRecord | null> {
  const db = client ?? (await database());
  try {
    const row = await db.attempt.create({
      data: { learnerId, ...specColumns(spec), assignmentId, number, source: "assignment" },
    });
    return toAttempt(row);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return null;
    throw error;
  }
}

/**
 * The attempt with this id if it belongs to this learner; null otherwise, so another learner's attempt and one that
 * does not exist look the same (guessing ids finds nothing). An assignment's attempt comes with its deadlines.
 */
export function findAttempt(learnerId: string, attemptId: string, client?: DbClient): Promise<FoundAttempt | null> {
  return readAttempt(attemptId, { learnerId }, client);
}

/**
 * The attempt with this id if it belongs to the guest whose cookie token hashes to `tokenHash`, as findAttempt
 * gives it; null otherwise (no such guest yet, or not its attempt). A guest's answer learns who is asking and what
 * it answers in this one read.
 */
export function findGuestAttempt(
  tokenHash: string,
  attemptId: string,
  client?: DbClient,
): Promise<FoundAttempt | null> {
  return readAttempt(attemptId, { tokenHash }, client);
}

async function readAttempt(
  attemptId: string,
  owner: { learnerId: string } | { tokenHash: string },
  client?: DbClient,
): Promise<FoundAttempt | null> {
  const db = client ?? (await database());
  // Every answer a class submits reads its attempt first: a prepared statement on SQLite, else one raw indexed read
  // instead of findFirst's query planning, which costs several times more. The assignment's deadlines come in the
  // same read.
  const sqlite = sqliteConnection(db);
  if (sqlite) {
    const row =
      "learnerId" in owner
        ? await attemptOfLearner(sqlite, owner.learnerId, attemptId)
        : await attemptOfGuest(sqlite, owner.tokenHash, attemptId);
    return row ? foundAttempt(row) : null;
  }
  const ownedBy =
    "learnerId" in owner
      ? Prisma.sql`t."learnerId" = ${owner.learnerId}`
      : Prisma.sql`l."guestTokenHash" = ${owner.tokenHash}`;
  const [row] = await db.$queryRaw<RawAttempt[]>`
    SELECT ${Prisma.raw(ATTEMPT_COLUMNS)}
    FROM "Attempt" t JOIN "Learner" l ON l."id" = t."learnerId"
    LEFT JOIN "Assignment" a ON a."id" = t."assignmentId"
    WHERE t."id" = ${attemptId} AND ${ownedBy} LIMIT 1`;
  return row ? foundAttempt(row) : null;
}

/** An attempt as an answer needs it: the attempt, and its assignment's rules (null outside an assignment). */
export type FoundAttempt = AttemptRecord & { rules: AttemptRules | null };

function revealOf(value: string | null): Reveal {
  return REVEALS.find((r) => r === value) ?? "question";
}

function foundAttempt(row: RawAttempt): FoundAttempt {
  const { assignmentDueAt, assignmentClosedAt, assignmentTimeLimitS, assignmentReveal, assignmentMember, ...attempt } =
    row;
  return {
    ...toAttempt(fromRaw(attempt)),
    rules:
      assignmentDueAt === null
        ? null
        : {
            dueAt: new Date(assignmentDueAt),
            closedAt: assignmentClosedAt === null ? null : new Date(assignmentClosedAt),
            timeLimitS: assignmentTimeLimitS === null ? null : Number(assignmentTimeLimitS),
            reveal: revealOf(assignmentReveal),
            member: Number(assignmentMember) === 1,
          },
  };
}

/** A row as a raw query returns it: SQLite gives dates as text and integers as number or bigint. */
type RawAttempt = Omit<AttemptRow, "generator" | "seed" | "count" | "number" | "startedAt" | "finishedAt"> & {
  generator: number | bigint;
  seed: number | bigint;
  count: number | bigint;
  number: number | bigint | null;
  startedAt: string | Date;
  finishedAt: string | Date | null;
  assignmentDueAt: string | Date | null;
  assignmentClosedAt: string | Date | null;
  assignmentTimeLimitS: number | bigint | null;
  assignmentReveal: string | null;
  assignmentMember: number | bigint | null;
};

type AssignmentColumns =
  | "assignmentDueAt"
  | "assignmentClosedAt"
  | "assignmentTimeLimitS"
  | "assignmentReveal"
  | "assignmentMember";

function fromRaw(row: Omit<RawAttempt, AssignmentColumns>): AttemptRow {
  return {
    ...row,
    generator: Number(row.generator),
    seed: Number(row.seed),
    count: Number(row.count),
    number: row.number === null ? null : Number(row.number),
    startedAt: new Date(row.startedAt),
    finishedAt: row.finishedAt === null ? null : new Date(row.finishedAt),
  };
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
  now: Date = new Date(),
): Promise<{ answer: RecordedAnswer; duplicate: boolean; answered: number }> {
  const db = client ?? (await database());
  const sqlite = sqliteConnection(db);
  if (sqlite) return saveAnswer(sqlite, input, questionCount, now);
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
  const [counted] = await db.$queryRaw<{ n: number | bigint }[]>`
    SELECT COUNT(*) AS "n" FROM "Answer" WHERE "attemptId" = ${input.attemptId}`;
  const answered = Number(counted?.n ?? 0);
  // Also on a duplicate: if the server died between recording the last answer and marking the attempt finished,
  // sending that answer again finishes it (updateMany on finishedAt null is idempotent).
  if (answered >= questionCount) {
    await db.attempt.updateMany({
      where: { id: input.attemptId, finishedAt: null },
      data: { finishedAt: now },
    });
  }
  return { answer, duplicate, answered };
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
