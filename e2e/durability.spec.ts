import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import type { SeededQuizzes } from "../scripts/bench/seed";
import type { ClassCounts, SeatedClass } from "./support/durability-seed";
import { type KillableServer, startKillableServer } from "./support/durability-server";
import { rowsIn } from "./support/own-server";

/**
 * What a class's answers survive: the server killed with SIGKILL in the middle of a stream of them (every answer it
 * acknowledged is still there after a restart, and nothing is half-written), and 500 of them arriving at once at two
 * servers sharing the database (each recorded exactly once, and no "database is locked" reaches anyone).
 */

type Answer = SeededQuizzes["answers"][number];

/** Runs e2e/support/durability-seed.ts on the database (the app's own code writes the rows) and returns its JSON. */
async function seed<T>(command: "quizzes" | "class" | "results", file: string, arg: string | number): Promise<T> {
  const script = ["--import", "tsx", "e2e/support/durability-seed.ts", command, file, String(arg)];
  const { stdout } = await promisify(execFile)(process.execPath, script, { maxBuffer: 64 * 2 ** 20 });
  return JSON.parse(stdout) as T;
}

const LOCKED = /SQLITE_BUSY|database is locked/i;

function post(url: string, attemptId: string, cookie: string, body: object): Promise<Response> {
  return fetch(`${url}/api/v1/attempts/${attemptId}/answers`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  });
}

const postAnswer = (url: string, a: Answer) =>
  post(url, a.attemptId, `synack_guest=${a.guestToken}`, {
    questionId: a.questionId,
    response: a.response,
    durationMs: 1500,
  });

const key = (attemptId: string, questionId: string) => `${attemptId} ${questionId}`;

test.describe("durability", () => {
  let dir = "";
  const servers: KillableServer[] = [];
  test.beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "synack-durability-"));
  });
  test.afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.stop()));
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("answers acknowledged before a kill -9 are all there after the restart, and nothing is half-written", async () => {
    test.skip(test.info().project.name === "phone", "server-side test: once is enough");
    test.setTimeout(300_000);
    const file = path.join(dir, "synack.db");
    const first = await startKillableServer({ databaseFile: file });
    servers.push(first);
    // 60 guests with a 50-question quiz each: the answer rate limit is per learner, so the load is spread over a class.
    const seeded = await seed<Answer[]>("quizzes", file, 60);
    // The last answer is kept back from the stream, to be sent fresh to the restarted server.
    const answers = seeded.slice(0, -1);
    const fresh = seeded.at(-1) as Answer;

    // 20 answers in flight at all times, each a different learner's, until the server is killed under them.
    const acknowledged: Answer[] = [];
    const refused: string[] = [];
    let sent = 0;
    let inFlight = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && sent < answers.length) {
        const a = answers[sent++] as Answer;
        inFlight++;
        try {
          const response = await postAnswer(first.url, a);
          const text = await response.text();
          if (response.status === 200) acknowledged.push(a);
          else refused.push(`${response.status} ${text}`);
        } catch {
          // Cut off by the kill (or refused after it): not acknowledged, so it may or may not have been recorded.
        } finally {
          inFlight--;
        }
      }
    };
    const load = Promise.all(Array.from({ length: 20 }, worker));
    const started = Date.now();
    // At least 3 s of steady load (or half the answers, on a machine fast enough to run out) and 60 acknowledged
    // answers before the kill; a slow machine gets longer.
    const underWay = () => Date.now() - started >= 3000 || sent >= answers.length / 2;
    await expect.poll(() => underWay() && acknowledged.length >= 60, { timeout: 120_000, intervals: [100] }).toBe(true);
    const inFlightAtKill = inFlight;
    // No new answers once the kill starts (those in flight stay in flight): killing and waiting for the port takes a
    // while, and answers sent meanwhile would only be refused connections.
    killed = true;
    await first.kill9();
    await load;
    const acked = acknowledged.slice();
    expect(refused, "every answer before the kill was recorded").toEqual([]);
    expect(inFlightAtKill, "the kill landed in the middle of the stream").toBeGreaterThan(0);
    expect(acked.length).toBeGreaterThanOrEqual(60);

    const second = await startKillableServer({ databaseFile: file, port: first.port });
    servers.push(second);

    expect(rowsIn<{ integrity_check: string }>(file, "PRAGMA integrity_check")).toEqual([{ integrity_check: "ok" }]);
    expect(rowsIn(file, "PRAGMA foreign_key_check"), "no row points at a missing one").toEqual([]);
    const rows = rowsIn<{
      attemptId: string;
      questionId: string;
      response: string;
      correct: number;
      questionType: string;
      learnerMatches: number;
    }>(
      file,
      `SELECT a."attemptId", a."questionId", a."response", a."correct", a."questionType",
              a."learnerId" = t."learnerId" AS "learnerMatches"
       FROM "Answer" a LEFT JOIN "Attempt" t ON t."id" = a."attemptId"`,
    );
    const recorded = new Map(rows.map((r) => [key(r.attemptId, r.questionId), r]));
    const missing = acked.filter((a) => !recorded.has(key(a.attemptId, a.questionId)));
    expect(missing, "acknowledged answers lost in the crash").toEqual([]);
    // Whatever is there is whole: what was sent, judged right (every answer sent was), in its learner's attempt.
    const sentAnswers = new Map(answers.slice(0, sent).map((a) => [key(a.attemptId, a.questionId), a]));
    for (const [k, row] of recorded) {
      const original = sentAnswers.get(k);
      expect(original, `an answer nobody sent: ${k}`).toBeDefined();
      expect(row).toMatchObject({ correct: 1, learnerMatches: 1 });
      expect(row.questionType).not.toBe("");
      const given = original?.response;
      expect(row.response).toBe(typeof given === "string" ? given.trim() : JSON.stringify(given));
    }
    const finishedEarly = rowsIn(
      file,
      `SELECT t."id" FROM "Attempt" t
       WHERE t."finishedAt" IS NOT NULL AND (SELECT COUNT(*) FROM "Answer" a WHERE a."attemptId" = t."id") < t."count"`,
    );
    expect(finishedEarly, "attempts marked finished without all their answers").toEqual([]);
    console.log(
      `kill -9 after ${acked.length} acknowledged answers with ${inFlightAtKill} in flight; ${recorded.size} recorded`,
    );

    // The restarted server knows what was recorded, and takes new answers.
    const again = acked[0] as Answer;
    const repeat = await postAnswer(second.url, again);
    expect(repeat.status).toBe(200);
    expect(await repeat.json()).toMatchObject({ duplicate: true });
    const next = await postAnswer(second.url, fresh);
    expect(next.status).toBe(200);
    expect(await next.json()).toMatchObject({ duplicate: false, feedback: { correct: true } });
  });

  test("500 answers to one assignment at once: each recorded exactly once, no database lock reaches anyone", async () => {
    test.skip(test.info().project.name === "phone", "server-side test: once is enough");
    test.setTimeout(300_000);
    const file = path.join(dir, "synack.db");
    // Two servers on one database, as README allows: their writes contend for SQLite's one write lock across
    // processes, which is what the busy timeout is for (within one process better-sqlite3's single connection
    // already runs one statement at a time).
    servers.push(await startKillableServer({ databaseFile: file }));
    servers.push(await startKillableServer({ databaseFile: file }));
    const { assignmentId, students } = await seed<SeatedClass>("class", file, 500);
    // And a third writer holding the write lock as the answers arrive, for a second: well inside the servers' busy
    // timeout (BUSY_TIMEOUT_MS, 5 s, in lib/db/client.ts), so every server has to wait for it and none may give up.
    const writer = new Database(file);
    writer.exec("BEGIN IMMEDIATE");
    const released = new Promise<void>((resolve) =>
      setTimeout(() => {
        writer.exec("COMMIT");
        writer.close();
        resolve();
      }, 1000),
    );
    const burst = Date.now();
    const responses = await Promise.all(
      students.map(async (s, i) => {
        const url = (servers[i % servers.length] as KillableServer).url;
        const response = await post(url, s.attemptId, s.cookie, {
          questionId: s.questionId,
          response: s.response,
          durationMs: 2000,
        });
        return { status: response.status, text: await response.text() };
      }),
    );
    await released;
    console.log(`500 answers at once, through a held write lock, answered in ${Date.now() - burst} ms`);
    const failures = responses.filter((r) => r.status !== 200);
    expect(
      failures.filter((r) => LOCKED.test(r.text)),
      "a database lock reached a student",
    ).toEqual([]);
    expect(failures, "every answer was recorded").toEqual([]);
    expect(responses.filter((r) => JSON.parse(r.text).duplicate !== false)).toEqual([]);

    const [counted] = rowsIn<{ answers: number; attempts: number }>(
      file,
      `SELECT COUNT(*) AS "answers", COUNT(DISTINCT a."attemptId") AS "attempts"
       FROM "Answer" a JOIN "Attempt" t ON t."id" = a."attemptId" WHERE t."assignmentId" = '${assignmentId}'`,
    );
    expect(counted).toEqual({ answers: 500, attempts: 500 });
    // The teacher's results page reads the same: 500 students, one answer each.
    expect(await seed<ClassCounts>("results", file, assignmentId)).toEqual({
      students: 500,
      studentsWithOneAnswer: 500,
      answers: 500,
    });
  });
});
