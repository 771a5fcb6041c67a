import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { practiceSpec } from "@/lib/quiz";
import { type AnswerWriter, startAnswerWriter } from "@/server/answer-writer";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { onPostgres } from "@/tests/support/test-database";
import { allAnswers } from "./answers";
import { createAttempt, findAttempt, saveAttemptAnswer } from "./attempts";
import { type SqliteConnection, sqliteConnection } from "./client";
import { findOrCreateGuest } from "./learners";
import { newRowId, sqliteDate } from "./sqlite-statements";
import type { QuizSpec } from "./types";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

const spec: QuizSpec = practiceSpec({ seed: 7, count: 2, level: null, focus: "everything", lang: "en", only: null });
const answer = (learnerId: string, attemptId: string, questionId: string) => ({
  learnerId,
  attemptId,
  questionId,
  questionType: "next-state",
  basisKey: "LISTEN|rcv SYN",
  response: "SYN-RECEIVED",
  correct: true,
  durationMs: 900,
});

describe.skipIf(onPostgres)("the answer hot path's prepared statements (SQLite only)", () => {
  it("run on the SQLite client's own connection", () => {
    expect(sqliteConnection(db.client)).not.toBeNull();
  });

  it("make ids shaped like Prisma's cuid(), distinct even within one millisecond", () => {
    const ids = Array.from({ length: 5000 }, () => newRowId(1_800_000_000_000));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 50)) expect(id).toMatch(/^c[0-9a-z]{24}$/);
  });
});

// The production server writes answers on a thread of its own (server/answer-writer.ts); everything else writes on
// the connection's thread. Both must behave the same.
describe.skipIf(onPostgres).each([
  { where: "on the connection's thread", writer: false },
  { where: "on a writer thread", writer: true },
])("answers written $where (SQLite only)", ({ writer }) => {
  let started: AnswerWriter | null = null;
  beforeEach(async () => {
    const connection = sqliteConnection(db.client);
    if (!writer || !connection) return;
    started = startAnswerWriter(connection);
    expect(await started.ready).toBe(true);
  });
  afterEach(async () => {
    await started?.stop();
    started = null;
  });

  it("write answers that read back through Prisma exactly as Prisma's own writes do", async () => {
    const learner = await findOrCreateGuest("c".repeat(64), db.client);
    const attempt = await createAttempt(learner.id, spec, null, db.client);
    const at = new Date("2026-11-24T08:30:15.123Z");
    await saveAttemptAnswer(answer(learner.id, attempt.id, "q1"), 2, db.client, at);
    const [row] = await db.client.answer.findMany({ where: { attemptId: attempt.id } });
    expect(row).toMatchObject({ questionId: "q1", correct: true, durationMs: 900, source: "quiz", createdAt: at });
    // The same text Prisma writes, so date comparisons in SQL see one format.
    const prismaWritten = await db.client.learner.create({ data: { createdAt: at } });
    const [raw] = await db.client.$queryRaw<{ a: string; b: string }[]>`
      SELECT (SELECT "createdAt" || '' FROM "Answer" WHERE "attemptId" = ${attempt.id}) AS "a",
             (SELECT "createdAt" || '' FROM "Learner" WHERE "id" = ${prismaWritten.id}) AS "b"`;
    expect(raw?.a).toBe(raw?.b);
    expect(sqliteDate(at)).toBe(raw?.b);
  });

  it("finish the attempt in the same transaction as its last answer", async () => {
    const learner = await findOrCreateGuest("d".repeat(64), db.client);
    const attempt = await createAttempt(learner.id, spec, null, db.client);
    const at = new Date("2026-11-24T09:00:00.000Z");
    await saveAttemptAnswer(answer(learner.id, attempt.id, "q1"), 2, db.client, at);
    expect((await findAttempt(learner.id, attempt.id, db.client))?.finishedAt).toBeNull();
    const last = await saveAttemptAnswer(answer(learner.id, attempt.id, "q2"), 2, db.client, at);
    expect(last.answered).toBe(2);
    expect((await findAttempt(learner.id, attempt.id, db.client))?.finishedAt).toEqual(at);
  });

  it("never join a Prisma transaction left open: an answer saved meanwhile survives that transaction's rollback", async () => {
    const learner = await findOrCreateGuest("e".repeat(64), db.client);
    const attempt = await createAttempt(learner.id, spec, null, db.client);
    let saving: Promise<unknown> | undefined;
    await expect(
      db.client.$transaction(async (tx) => {
        await tx.learner.create({ data: { guestTokenHash: "f".repeat(64) } });
        // Sent while the transaction is open on the same connection, as a concurrent request would be.
        saving = saveAttemptAnswer(answer(learner.id, attempt.id, "q1"), 2, db.client);
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    await saving;
    expect((await allAnswers(learner.id, db.client)).map((a) => a.questionId)).toEqual(["q1"]);
    expect(await db.client.learner.count({ where: { guestTokenHash: "f".repeat(64) } })).toBe(0);
  });

  it("commit answers sent together as a batch: each gets its own result, and a bad one fails alone", async () => {
    const learner = await findOrCreateGuest("g".repeat(64), db.client);
    const attempt = await createAttempt(learner.id, { ...spec, count: 3 }, null, db.client);
    const results = await Promise.allSettled([
      saveAttemptAnswer(answer(learner.id, attempt.id, "q1"), 3, db.client),
      saveAttemptAnswer(answer(learner.id, attempt.id, "q2"), 3, db.client),
      saveAttemptAnswer(answer(learner.id, "no-such-attempt", "q1"), 3, db.client),
      saveAttemptAnswer({ ...answer(learner.id, attempt.id, "q1"), response: "CLOSED" }, 3, db.client),
      saveAttemptAnswer(answer(learner.id, attempt.id, "q3"), 3, db.client),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled", "fulfilled"]);
    const values = results.map((r) => (r.status === "fulfilled" ? r.value : null));
    expect(values.map((v) => v && [v.duplicate, v.answered])).toEqual([
      [false, 1],
      [false, 2],
      null,
      [true, 2],
      [false, 3],
    ]);
    // The repeat of q1 is told the first answer, which stands.
    expect(values[3]?.answer.response).toBe("SYN-RECEIVED");
    expect((await findAttempt(learner.id, attempt.id, db.client))?.finishedAt).not.toBeNull();
  });

  it("refuse a batch they cannot write, instead of leaving its answers waiting", async () => {
    const learner = await findOrCreateGuest("h".repeat(64), db.client);
    const attempt = await createAttempt(learner.id, spec, null, db.client);
    if (writer) {
      // Another process holds the write lock past the writer's patience: its batch is refused, with SQLite's code.
      await started?.stop();
      started = startAnswerWriter(sqliteConnection(db.client) as SqliteConnection, { busyTimeoutMs: 50 });
      await started.ready;
      const other = new Database(db.file);
      other.exec("BEGIN IMMEDIATE");
      try {
        await expect(saveAttemptAnswer(answer(learner.id, attempt.id, "q1"), 2, db.client)).rejects.toMatchObject({
          code: "SQLITE_BUSY",
        });
      } finally {
        other.exec("ROLLBACK");
        other.close();
      }
      expect(await allAnswers(learner.id, db.client)).toEqual([]);
      return;
    }
    const saving = saveAttemptAnswer(answer(learner.id, attempt.id, "q1"), 2, db.client);
    // The connection goes away before the batch is committed (the queue waits a turn of the event loop).
    sqliteConnection(db.client)?.close();
    await expect(saving).rejects.toThrow(/not open/);
  });
  it.runIf(writer)("go back to the connection's own thread once the writer thread stops", async () => {
    const learner = await findOrCreateGuest("j".repeat(64), db.client);
    const attempt = await createAttempt(learner.id, spec, null, db.client);
    const first = saveAttemptAnswer(answer(learner.id, attempt.id, "q1"), 2, db.client);
    // Stopping waits for the batch already sent; the next one is written here.
    await started?.stop();
    started = null;
    expect((await first).answered).toBe(1);
    expect((await saveAttemptAnswer(answer(learner.id, attempt.id, "q2"), 2, db.client)).answered).toBe(2);
  });

  it("tell a failing answer why, with SQLite's code", async () => {
    const learner = await findOrCreateGuest("i".repeat(64), db.client);
    await expect(saveAttemptAnswer(answer(learner.id, "no-such-attempt", "q1"), 2, db.client)).rejects.toMatchObject({
      code: "SQLITE_CONSTRAINT_FOREIGNKEY",
    });
  });
});
