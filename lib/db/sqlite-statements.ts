// The answer hot path on SQLite, as prepared statements on the adapter's own better-sqlite3 connection. A class
// submitting at once spends its time here: through Prisma each of these statements costs about 0.1–0.5 ms of query
// planning and engine round trips, prepared they cost a few microseconds (docs/benchmarks.md). PostgreSQL keeps the
// Prisma versions beside each caller; both return the same plain values.
import { randomBytes } from "node:crypto";
import type { RecordedAnswer } from "@/lib/quiz/results";
import type { SqliteConnection, SqliteStatement } from "./client";
import type { AttemptAnswerInput } from "./types";

type Statements = {
  guest: SqliteStatement;
  attempt: SqliteStatement;
  guestAttempt: SqliteStatement;
  insertAnswer: SqliteStatement;
  answer: SqliteStatement;
  count: SqliteStatement;
  finish: SqliteStatement;
};

/**
 * An attempt's columns, with its assignment's deadlines and reveal rule (null outside an assignment) and whether its
 * learner is still a member of the assignment's class, as `findAttempt` reads them. Needs the attempt as `t`, its
 * learner as `l` and its assignment as `a`.
 */
export const ATTEMPT_COLUMNS = `t."id", t."learnerId", t."source", t."generator", t."seed", t."seedKey", t."count",
  t."level", t."focus", t."lang", t."only", t."retryOfId", t."assignmentId", t."number", t."startedAt",
  t."finishedAt", a."dueAt" AS "assignmentDueAt", a."closedAt" AS "assignmentClosedAt",
  a."timeLimitS" AS "assignmentTimeLimitS", a."reveal" AS "assignmentReveal",
  CASE WHEN a."id" IS NULL THEN NULL
       WHEN EXISTS (SELECT 1 FROM "Membership" m WHERE m."classId" = a."classId" AND m."userId" = l."userId")
       THEN 1 ELSE 0 END AS "assignmentMember"`;

const prepared = new WeakMap<SqliteConnection, Statements>();

function statements(db: SqliteConnection): Statements {
  let s = prepared.get(db);
  if (!s) {
    // The adapter reads integers as BigInt; these statements want plain numbers.
    const prepare = (sql: string) => db.prepare<unknown[]>(sql).safeIntegers(false);
    s = {
      guest: prepare(`SELECT "id", "kind", "createdAt" FROM "Learner" WHERE "guestTokenHash" = ? LIMIT 1`),
      attempt: prepare(
        `SELECT ${ATTEMPT_COLUMNS}
         FROM "Attempt" t JOIN "Learner" l ON l."id" = t."learnerId"
         LEFT JOIN "Assignment" a ON a."id" = t."assignmentId"
         WHERE t."id" = ? AND t."learnerId" = ? LIMIT 1`,
      ),
      guestAttempt: prepare(
        `SELECT ${ATTEMPT_COLUMNS}
         FROM "Attempt" t JOIN "Learner" l ON l."id" = t."learnerId"
         LEFT JOIN "Assignment" a ON a."id" = t."assignmentId"
         WHERE t."id" = ? AND l."guestTokenHash" = ? LIMIT 1`,
      ),
      // The unique index on (attemptId, questionId) decides whether this is the first answer.
      insertAnswer: prepare(
        `INSERT INTO "Answer" ("id", "learnerId", "questionId", "questionType", "source", "response", "correct",
                               "durationMs", "basisKey", "attemptId", "createdAt")
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT ("attemptId", "questionId") DO NOTHING`,
      ),
      answer: prepare(
        `SELECT "questionId", "response", "correct", "durationMs" FROM "Answer"
         WHERE "attemptId" = ? AND "questionId" = ?`,
      ),
      count: prepare(`SELECT COUNT(*) AS "n" FROM "Answer" WHERE "attemptId" = ?`),
      finish: prepare(`UPDATE "Attempt" SET "finishedAt" = ? WHERE "id" = ? AND "finishedAt" IS NULL`),
    };
    prepared.set(db, s);
  }
  return s;
}

/** A date as Prisma writes DateTime into SQLite, so text comparisons and Prisma's reads see one format. */
export function sqliteDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

let counter = 0;
/** Random bytes fetched 4 KB at a time: one system call per 512 ids instead of one per id. */
let pool = Buffer.alloc(0);
let poolAt = 0;
function random64(): bigint {
  if (poolAt + 8 > pool.length) {
    pool = randomBytes(4096);
    poolAt = 0;
  }
  poolAt += 8;
  return pool.readBigUInt64BE(poolAt - 8);
}

/** A collision-resistant row id in the shape of Prisma's cuid(): `c`, the time, a counter and randomness. */
export function newRowId(now = Date.now()): string {
  counter = (counter + 1) % 36 ** 4;
  const random = random64().toString(36).padStart(13, "0").slice(0, 12);
  return `c${now.toString(36).padStart(8, "0")}${counter.toString(36).padStart(4, "0")}${random}`;
}

/**
 * Runs `work` when no transaction of Prisma's is open on the connection (an interactive transaction awaits between
 * its statements), so these statements never become part of someone else's transaction. `work` is synchronous, so
 * nothing else can start one while it runs.
 */
async function outsideTransactions<T>(db: SqliteConnection, work: () => T): Promise<T> {
  while (db.inTransaction) await new Promise((resolve) => setImmediate(resolve));
  return work();
}

export type GuestRow = { id: string; kind: string; createdAt: string };

export function guestByTokenHash(db: SqliteConnection, tokenHash: string): Promise<GuestRow | undefined> {
  return outsideTransactions(db, () => statements(db).guest.get(tokenHash) as GuestRow | undefined);
}

export type AttemptSqlRow = {
  id: string;
  learnerId: string;
  source: string;
  generator: number;
  seed: number;
  seedKey: string | null;
  count: number;
  level: string | null;
  focus: string;
  lang: string;
  only: string | null;
  retryOfId: string | null;
  assignmentId: string | null;
  number: number | null;
  startedAt: string;
  finishedAt: string | null;
  /** The assignment's, for an attempt at one. */
  assignmentDueAt: string | null;
  assignmentClosedAt: string | null;
  assignmentTimeLimitS: number | null;
  assignmentReveal: string | null;
  /** 1 while the learner is a member of the assignment's class, 0 once they left; null outside an assignment. */
  assignmentMember: number | null;
};

export function attemptOfLearner(
  db: SqliteConnection,
  learnerId: string,
  attemptId: string,
): Promise<AttemptSqlRow | undefined> {
  return outsideTransactions(db, () => statements(db).attempt.get(attemptId, learnerId) as AttemptSqlRow | undefined);
}

/** The attempt if it is the guest's whose cookie token hashes to `tokenHash`: who is asking and what, in one read. */
export function attemptOfGuest(
  db: SqliteConnection,
  tokenHash: string,
  attemptId: string,
): Promise<AttemptSqlRow | undefined> {
  return outsideTransactions(
    db,
    () => statements(db).guestAttempt.get(attemptId, tokenHash) as AttemptSqlRow | undefined,
  );
}

type AnswerSqlRow = { questionId: string; response: string; correct: number; durationMs: number | null };

export type Saved = { answer: RecordedAnswer; duplicate: boolean; answered: number };

/** One answer to record, as saveAnswer was given it. Plain data: it crosses to the writer thread as it is. */
export type AnswerToSave = { input: AttemptAnswerInput; questionCount: number; now: Date };

/** What became of one answer of a batch. */
export type SaveOutcome = { ok: true; saved: Saved } | { ok: false; error: unknown };

/**
 * Writes batches on another thread (server/answer-writer.ts), with a connection of its own; resolves once the batch
 * is committed, rejects when it could not be (nothing of it was written).
 */
export type BatchWriter = (batch: AnswerToSave[]) => Promise<SaveOutcome[]>;

type PendingSave = AnswerToSave & { resolve: (saved: Saved) => void; reject: (error: unknown) => void };

/**
 * Answers waiting for the next group commit, and the writer thread each connection hands its batches to, if any.
 * On globalThis: the production server and Next's bundle each load this module but share the one connection.
 */
const shared = globalThis as unknown as {
  synackAnswerQueues?: WeakMap<SqliteConnection, PendingSave[]>;
  synackBatchWriters?: WeakMap<SqliteConnection, BatchWriter>;
  synackCommitListeners?: WeakMap<SqliteConnection, () => void>;
};
shared.synackAnswerQueues ??= new WeakMap();
shared.synackBatchWriters ??= new WeakMap();
shared.synackCommitListeners ??= new WeakMap();
const queues = shared.synackAnswerQueues;
const writers = shared.synackBatchWriters;
const commitListeners = shared.synackCommitListeners;

/**
 * From now on, `listener` hears of each batch of answers `db` commits (null: nobody does). The production server's
 * checkpoint thread listens (server/checkpointer.ts), to copy a commit into the database while it is fresh.
 */
export function onAnswersCommitted(db: SqliteConnection, listener: (() => void) | null): void {
  if (listener) commitListeners.set(db, listener);
  else commitListeners.delete(db);
}

/** Tells whoever listens that a batch of `db`'s answers was just committed. */
export function answersCommitted(db: SqliteConnection): void {
  commitListeners.get(db)?.();
}

/** From now on, `db`'s batches of answers are written by `writer` (null: on this thread again). */
export function writeBatchesWith(db: SqliteConnection, writer: BatchWriter | null): void {
  if (writer) writers.set(db, writer);
  else writers.delete(db);
}

/**
 * Records the answer unless the question already has one in the attempt, counts the attempt's answers and marks it
 * finished at the last, all or nothing (a savepoint per answer), and resolves once that is committed.
 *
 * Answers arriving together are committed together: each is queued, and one immediate transaction a moment later
 * writes every answer queued by then. A class submitting at once then pays for one commit (and its disk sync) per
 * batch instead of one per answer, and no answer is acknowledged before its batch is on disk.
 */
export function saveAnswer(
  db: SqliteConnection,
  input: AttemptAnswerInput,
  questionCount: number,
  now: Date,
): Promise<Saved> {
  return new Promise((resolve, reject) => {
    let queue = queues.get(db);
    if (!queue) {
      queue = [];
      queues.set(db, queue);
    }
    queue.push({ input, questionCount, now, resolve, reject });
    if (queue.length === 1) setImmediate(() => void commitQueued(db));
  });
}

async function commitQueued(db: SqliteConnection): Promise<void> {
  const writer = writers.get(db);
  // On this thread, wait first (answers queued meanwhile join this batch): this connection may be inside one of
  // Prisma's transactions. The writer thread's connection never is.
  if (!writer) await outsideTransactions(db, () => undefined);
  const batch = queues.get(db)?.splice(0) ?? [];
  if (batch.length === 0) return;
  let outcomes: SaveOutcome[];
  try {
    const toSave = batch.map(({ input, questionCount, now }) => ({ input, questionCount, now }));
    outcomes = writer ? await writer(toSave) : writeBatch(db, toSave);
  } catch (error) {
    // The commit itself failed (another process held the lock past the busy timeout, or the connection closed):
    // nothing was written, and every answer of the batch is told so.
    for (const p of batch) p.reject(error);
    return;
  }
  answersCommitted(db);
  batch.forEach((p, i) => {
    const outcome = outcomes[i];
    if (outcome?.ok) p.resolve(outcome.saved);
    else p.reject(outcome?.error);
  });
}

/**
 * Writes a batch of answers in one immediate transaction, each in a savepoint of its own: one answer's failure (a
 * missing attempt, say) undoes only that answer. Throws, having written nothing, when the transaction cannot commit.
 * Runs wherever the connection lives: here, or on the writer thread.
 */
export function writeBatch(db: SqliteConnection, batch: readonly AnswerToSave[]): SaveOutcome[] {
  const s = statements(db);
  const one = db.transaction((p: AnswerToSave) => saveOne(s, p));
  const outcomes: SaveOutcome[] = [];
  db.transaction(() => {
    for (const p of batch) {
      try {
        outcomes.push({ ok: true, saved: one(p) });
      } catch (error) {
        outcomes.push({ ok: false, error });
      }
    }
  }).immediate();
  return outcomes;
}

function saveOne(s: Statements, { input, questionCount, now }: AnswerToSave): Saved {
  const { changes } = s.insertAnswer.run(
    newRowId(now.getTime()),
    input.learnerId,
    input.questionId,
    input.questionType,
    input.source ?? "quiz",
    input.response,
    input.correct ? 1 : 0,
    input.durationMs ?? null,
    input.basisKey ?? null,
    input.attemptId,
    sqliteDate(now),
  );
  const duplicate = changes === 0;
  // A duplicate answers with the first answer, as recorded.
  const row = duplicate ? (s.answer.get(input.attemptId, input.questionId) as AnswerSqlRow) : null;
  const answered = (s.count.get(input.attemptId) as { n: number }).n;
  if (answered >= questionCount) s.finish.run(sqliteDate(now), input.attemptId);
  const answer: RecordedAnswer = row
    ? { questionId: row.questionId, response: row.response, correct: row.correct === 1, durationMs: row.durationMs }
    : {
        questionId: input.questionId,
        response: input.response,
        correct: input.correct,
        durationMs: input.durationMs ?? null,
      };
  return { answer, duplicate, answered };
}
