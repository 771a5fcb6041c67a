import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { onPostgres } from "@/tests/support/test-database";
import { countAnswers, recordAnswer } from "./answers";
import { BUSY_TIMEOUT_MS } from "./client";
import { findOrCreateGuest } from "./learners";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

// WAL and the busy timeout are SQLite's answer to concurrent writers; PostgreSQL has neither, nor needs them.
describe.skipIf(onPostgres)("the SQLite connection", () => {
  it("runs in WAL mode with a busy timeout, so readers never block the writer", async () => {
    const [mode] = await db.client.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
    const [timeout] = await db.client.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
    expect(mode?.journal_mode).toBe("wal");
    expect(Number(timeout?.timeout)).toBe(BUSY_TIMEOUT_MS);
  });
});

describe("guest learners", () => {
  it("creates a guest the first time a token is seen and finds the same one afterwards", async () => {
    const first = await findOrCreateGuest("a".repeat(64), db.client);
    const again = await findOrCreateGuest("a".repeat(64), db.client);
    expect(first.kind).toBe("guest");
    expect(first.label).toMatch(/^Guest [A-Z0-9]{6}$/);
    expect(again).toEqual(first);
    expect(await db.client.learner.count()).toBe(1);
  });

  it("gives different tokens different learners", async () => {
    const one = await findOrCreateGuest("a".repeat(64), db.client);
    const two = await findOrCreateGuest("b".repeat(64), db.client);
    expect(one.id).not.toBe(two.id);
  });

  it("creates exactly one learner when the first requests of a browser arrive together", async () => {
    const results = await Promise.all(Array.from({ length: 8 }, () => findOrCreateGuest("c".repeat(64), db.client)));
    expect(new Set(results.map((l) => l.id)).size).toBe(1);
    expect(await db.client.learner.count()).toBe(1);
  });
});

describe("the answer log", () => {
  it("appends answers and counts them per learner", async () => {
    const me = await findOrCreateGuest("d".repeat(64), db.client);
    const other = await findOrCreateGuest("e".repeat(64), db.client);
    const base = { questionType: "next-state", source: "quiz" as const, questionId: "q1" };
    await recordAnswer({ ...base, learnerId: me.id, response: "CLOSE-WAIT", correct: true }, db.client);
    await recordAnswer(
      { ...base, learnerId: me.id, response: "FIN-WAIT-2", correct: false, durationMs: 4200 },
      db.client,
    );
    await recordAnswer({ ...base, learnerId: other.id, response: "CLOSE-WAIT", correct: true }, db.client);
    expect(await countAnswers(me.id, db.client)).toEqual({ total: 2, correct: 1 });
    expect(await countAnswers(other.id, db.client)).toEqual({ total: 1, correct: 1 });
  });

  it("refuses an answer for a learner that does not exist, and writes nothing", async () => {
    await expect(
      recordAnswer(
        { learnerId: "nobody", questionId: "q", questionType: "t", source: "quiz", response: "x", correct: false },
        db.client,
      ),
    ).rejects.toThrow();
    expect(await db.client.answer.count()).toBe(0);
  });
});
