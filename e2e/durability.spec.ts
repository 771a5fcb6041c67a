import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import type { SeededQuizzes } from "../scripts/bench/seed";
import { crashTrial, postAnswer, postTo } from "../scripts/lib/crash-trial";
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

    // 20 answers in flight at all times, each a different learner's, until the server is killed under them: after at
    // least 3 s of steady load (or half the answers, on a machine fast enough to run out) and 60 acknowledged.
    const trial = await crashTrial({
      databaseFile: file,
      server: first,
      restart: (port) => startKillableServer({ databaseFile: file, port }),
      answers,
      concurrency: 20,
      minAcknowledged: 60,
      minLoadMs: 3000,
    });
    const second = trial.restarted;
    servers.push(second);
    const acked = trial.acknowledged;
    expect(trial.refused, "every answer before the kill was recorded").toEqual([]);
    expect(trial.inFlightAtKill, "the kill landed in the middle of the stream").toBeGreaterThan(0);
    expect(acked.length).toBeGreaterThanOrEqual(60);
    expect(trial.integrity).toBe("ok");
    expect(trial.foreignKeyProblems, "no row points at a missing one").toBe(0);
    expect(trial.lost, "acknowledged answers lost in the crash").toEqual([]);
    // Whatever is there is whole: what was sent, judged right (every answer sent was), in its learner's attempt.
    expect(trial.damaged).toEqual([]);
    expect(trial.finishedEarly, "attempts marked finished without all their answers").toBe(0);
    console.log(
      `kill -9 after ${acked.length} acknowledged answers with ${trial.inFlightAtKill} in flight; ${trial.recorded} recorded`,
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
        const response = await postTo(url, s.attemptId, s.cookie, {
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
