// What migrations do to the rows an existing database already has (on SQLite, and on PostgreSQL in the postgres step).
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { RENAMED_CARDS, RENAMED_KEYS } from "@/lib/versions/renames";
import { databaseBefore, type EarlierDatabase } from "@/tests/support/database";

let db: EarlierDatabase | null = null;
afterEach(async () => {
  await db?.close();
  db = null;
});

const NUMBERS = "20261126000000_assignment_attempt_numbers";

/** A quiz attempt as the app wrote it before attempts had numbers. */
const attempt = (id: string, learnerId: string, assignmentId: string | null, startedAt: string) =>
  `INSERT INTO "Attempt" ("id", "learnerId", "source", "seed", "count", "focus", "lang", "startedAt", "assignmentId")
   VALUES ('${id}', '${learnerId}', '${assignmentId ? "assignment" : "quiz"}', 1, 5, 'handshake', 'en',
           '${startedAt}', ${assignmentId ? `'${assignmentId}'` : "NULL"});`;

describe(NUMBERS, () => {
  it("numbers each learner's attempts at each assignment by start time, and leaves practice attempts unnumbered", async () => {
    db = await databaseBefore(NUMBERS);
    await db.exec(`
      INSERT INTO "User" ("id", "name", "email", "role") VALUES ('tess', 'Tess', 'tess@example.com', 'teacher');
      INSERT INTO "Learner" ("id") VALUES ('sam');
      INSERT INTO "Learner" ("id") VALUES ('sue');
      INSERT INTO "Class" ("id", "name", "teacherId", "joinCode") VALUES ('c1', 'Networks', 'tess', 'K7Q2MX');
      INSERT INTO "Assignment" ("id", "classId", "title", "focus", "count", "lang", "seed", "opensAt", "dueAt", "maxAttempts")
      VALUES ('a1', 'c1', 'Handshake', 'handshake', 5, 'en', 1, '2026-11-01T08:00:00.000+00:00', '2026-11-30T08:00:00.000+00:00', 3);
      INSERT INTO "Assignment" ("id", "classId", "title", "focus", "count", "lang", "seed", "opensAt", "dueAt", "maxAttempts")
      VALUES ('a2', 'c1', 'Teardown', 'teardown', 5, 'en', 1, '2026-11-01T08:00:00.000+00:00', '2026-11-30T08:00:00.000+00:00', 2);
      ${attempt("sam-a1-third", "sam", "a1", "2026-11-03T09:00:00.000+00:00")}
      ${attempt("sam-a1-first", "sam", "a1", "2026-11-02T09:00:00.000+00:00")}
      ${attempt("sam-a1-second", "sam", "a1", "2026-11-02T10:00:00.000+00:00")}
      ${attempt("sam-a2-b", "sam", "a2", "2026-11-04T09:00:00.000+00:00")}
      ${attempt("sam-a2-a", "sam", "a2", "2026-11-04T09:00:00.000+00:00")}
      ${attempt("sue-a1", "sue", "a1", "2026-11-05T09:00:00.000+00:00")}
      ${attempt("sam-practice-1", "sam", null, "2026-11-02T09:00:00.000+00:00")}
      ${attempt("sam-practice-2", "sam", null, "2026-11-02T09:00:00.000+00:00")}
    `);
    await db.migrate(NUMBERS);
    const numbered = await db.rows<{ id: string; number: number | null }>(
      `SELECT "id", "number" FROM "Attempt" ORDER BY "id"`,
    );
    expect(Object.fromEntries(numbered.map((r) => [r.id, r.number === null ? null : Number(r.number)]))).toEqual({
      "sam-a1-first": 1,
      "sam-a1-second": 2,
      "sam-a1-third": 3,
      // Started at the same moment: the id decides.
      "sam-a2-a": 1,
      "sam-a2-b": 2,
      "sue-a1": 1,
      "sam-practice-1": null,
      "sam-practice-2": null,
    });

    // From now on the database holds each number once per learner and assignment, and practice stays unlimited.
    const next = (id: string, learnerId: string, n: number) =>
      db?.exec(`INSERT INTO "Attempt" ("id", "learnerId", "source", "seed", "count", "focus", "lang", "assignmentId", "number")
                VALUES ('${id}', '${learnerId}', 'assignment', 1, 5, 'handshake', 'en', 'a1', ${n});`);
    await expect(next("sam-a1-again", "sam", 2)).rejects.toThrow(/unique/i);
    await next("sue-a1-second", "sue", 2);
    await db.exec(attempt("sam-practice-3", "sam", null, "2026-11-06T09:00:00.000+00:00"));
  });
});

const KEYS = "20261202120000_secret_seeds_and_generator_versions";

describe(KEYS, () => {
  it("gives every assignment its own secret key and keeps every attempt on the generator it was made with", async () => {
    db = await databaseBefore(KEYS);
    await db.exec(`
      INSERT INTO "User" ("id", "name", "email", "role") VALUES ('tess', 'Tess', 'tess@example.com', 'teacher');
      INSERT INTO "Learner" ("id") VALUES ('sam');
      INSERT INTO "Class" ("id", "name", "teacherId", "joinCode") VALUES ('c1', 'Networks', 'tess', 'K7Q2MX');
      INSERT INTO "Assignment" ("id", "classId", "title", "focus", "count", "lang", "seed", "opensAt", "dueAt", "maxAttempts")
      VALUES ('a1', 'c1', 'Handshake', 'handshake', 5, 'en', 77, '2026-11-01T08:00:00.000+00:00', '2026-11-30T08:00:00.000+00:00', 3);
      INSERT INTO "Assignment" ("id", "classId", "title", "focus", "count", "lang", "seed", "opensAt", "dueAt", "maxAttempts")
      VALUES ('a2', 'c1', 'Teardown', 'teardown', 5, 'en', 77, '2026-11-01T08:00:00.000+00:00', '2026-11-30T08:00:00.000+00:00', 2);
      INSERT INTO "Attempt" ("id", "learnerId", "source", "seed", "count", "focus", "lang", "startedAt", "assignmentId", "number")
      VALUES ('t1', 'sam', 'assignment', 77, 5, 'handshake', 'en', '2026-11-02T09:00:00.000+00:00', 'a1', 1);
      INSERT INTO "Attempt" ("id", "learnerId", "source", "seed", "count", "focus", "lang", "startedAt")
      VALUES ('t2', 'sam', 'quiz', 12345, 10, 'everything', 'en', '2026-11-02T09:00:00.000+00:00');
      INSERT INTO "CardMemory" ("learnerId", "cardId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
                                "learningSteps", "reps", "lapses", "state")
      VALUES ('sam', 's:TIME-WAIT', '2026-11-03T09:00:00.000+00:00', 1, 5, 0, 1, 0, 1, 0, 2);
    `);
    await db.migrate(KEYS);
    const assignments = await db.rows<{ id: string; seedKey: string; reveal: string; sameQuestions: unknown }>(
      `SELECT "id", "seedKey", "reveal", "sameQuestions" FROM "Assignment" ORDER BY "id"`,
    );
    for (const a of assignments) expect(a.seedKey).toMatch(/^[0-9a-f]{32}$/);
    expect(assignments[0]?.seedKey).not.toBe(assignments[1]?.seedKey);
    // What students saw so far: answers after each question.
    expect(assignments.map((a) => a.reveal)).toEqual(["question", "question"]);
    const attempts = await db.rows<{ id: string; seed: number; seedKey: string | null; generator: number }>(
      `SELECT "id", "seed", "seedKey", "generator" FROM "Attempt" ORDER BY "id"`,
    );
    expect(attempts.map((a) => [a.id, Number(a.seed), a.seedKey, Number(a.generator)])).toEqual([
      ["t1", 77, null, 1],
      ["t2", 12345, null, 1],
    ]);
    const [card] = await db.rows<{ generator: number }>(`SELECT "generator" FROM "CardMemory"`);
    expect(Number(card?.generator)).toBe(1);
  });
});

const RENAMES = "20261202160000_keys_of_version_2";

describe(RENAMES, () => {
  it("renames card ids, reviews and mastery keys as lib/versions/renames.ts does, and nothing else", async () => {
    db = await databaseBefore(RENAMES);
    await db.exec(`
      INSERT INTO "Learner" ("id") VALUES ('sam');
      INSERT INTO "CardMemory" ("learnerId", "cardId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
                                "learningSteps", "reps", "lapses", "state")
      VALUES ('sam', 't:FIN-WAIT-1|rcv FIN,ACK', '2026-11-03T09:00:00.000+00:00', 1, 5, 0, 1, 0, 1, 0, 2),
             ('sam', 't:SYN-RECEIVED|rcv RST|active', '2026-11-03T09:00:00.000+00:00', 1, 5, 0, 1, 0, 1, 0, 2),
             ('sam', 's:TIME-WAIT', '2026-11-03T09:00:00.000+00:00', 1, 5, 0, 1, 0, 1, 0, 2);
      INSERT INTO "Review" ("learnerId", "cardId", "rating", "state", "due", "stability", "difficulty", "elapsedDays",
                            "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt")
      VALUES ('sam', 't:ESTABLISHED|rcv RST', 3, 2, '2026-11-03T09:00:00.000+00:00', 1, 5, 0, 0, 1, 0, '2026-11-02T09:00:00.000+00:00');
      INSERT INTO "Answer" ("id", "learnerId", "questionId", "questionType", "source", "response", "correct", "basisKey")
      VALUES ('a1', 'sam', 'next-state:ESTABLISHED|rcv RST', 'next-state', 'quiz', 'CLOSED', true, 'ESTABLISHED|rcv RST'),
             ('a2', 'sam', 'seq-ack:teardown:2:ack:1:2', 'seq-ack', 'quiz', '3', false, 'teardown#2');
    `);
    await db.migrate(RENAMES);
    const cards = await db.rows<{ cardId: string }>(`SELECT "cardId" FROM "CardMemory" ORDER BY "cardId"`);
    expect(cards.map((c) => c.cardId)).toEqual([
      "s:TIME-WAIT",
      "t:FIN-WAIT-1|rcv FIN and ACK of FIN",
      "t:SYN-RECEIVED|rcv RST|exact|active",
    ]);
    const [review] = await db.rows<{ cardId: string }>(`SELECT "cardId" FROM "Review"`);
    expect(review?.cardId).toBe("t:ESTABLISHED|rcv RST|exact");
    const answers = await db.rows<{ basisKey: string; questionId: string }>(
      `SELECT "basisKey", "questionId" FROM "Answer" ORDER BY "id"`,
    );
    // The question ids stay: version 1 regenerates those quizzes and knows them by these ids.
    expect(answers).toEqual([
      { basisKey: "ESTABLISHED|rcv RST|exact", questionId: "next-state:ESTABLISHED|rcv RST" },
      { basisKey: "teardown#2", questionId: "seq-ack:teardown:2:ack:1:2" },
    ]);
  });

  it("holds exactly the pairs lib/versions/renames.ts names", () => {
    const sql = fs.readFileSync(path.join("prisma/migrations", RENAMES, "migration.sql"), "utf8");
    const pairs = (table: string) => {
      const part = sql.slice(sql.indexOf(`UPDATE "${table}"`), sql.indexOf("WHERE", sql.indexOf(`UPDATE "${table}"`)));
      return Object.fromEntries([...part.matchAll(/WHEN '([^']+)' THEN '([^']+)'/g)].map((m) => [m[1], m[2]]));
    };
    expect(pairs("CardMemory")).toEqual(RENAMED_CARDS);
    expect(pairs("Review")).toEqual(RENAMED_CARDS);
    expect(pairs("Answer")).toEqual(RENAMED_KEYS);
    expect(fs.readFileSync(path.join("prisma/postgresql/migrations", RENAMES, "migration.sql"), "utf8")).toBe(sql);
  });
});

const THROTTLES = "20261202150000_throttles_for_every_limit";

describe(THROTTLES, () => {
  it("carries every sign-in count under way into the Throttle table, keyed as before and ending 15 minutes after it opened", async () => {
    db = await databaseBefore(THROTTLES);
    const opened = Date.parse("2026-12-02T09:00:00Z");
    const hash = "ab".repeat(32);
    await db.exec(`
      INSERT INTO "SignInLimit" ("key", "count", "windowStart") VALUES ('${hash}', 7, ${opened});
      INSERT INTO "SignInLimit" ("key", "count", "windowStart") VALUES ('${"cd".repeat(32)}', 10, ${opened - 60_000});
    `);
    await db.migrate(THROTTLES);
    const rows = await db.rows<{ key: string; count: number; windowEnd: number | string | bigint }>(
      `SELECT "key", "count", "windowEnd" FROM "Throttle" ORDER BY "key"`,
    );
    expect(rows.map((r) => [r.key, Number(r.count), Number(r.windowEnd)])).toEqual([
      [`sign-in:${hash}`, 7, opened + 900_000],
      [`sign-in:${"cd".repeat(32)}`, 10, opened - 60_000 + 900_000],
    ]);
    await expect(db.rows(`SELECT * FROM "SignInLimit"`)).rejects.toThrow();
  });
});
