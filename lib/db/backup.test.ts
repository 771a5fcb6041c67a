import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { onPostgres } from "@/tests/support/test-database";
import { BackupProblem, backupDatabase, backupName, checkBackup, restoreDatabase } from "./backup";
import { findOrCreateGuest } from "./learners";

let db: TestDatabase;
let dir: string;
beforeEach(async () => {
  db = await freshDatabase();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "synack-backup-"));
});
afterEach(async () => {
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function addAnswers(n: number, from = 0): Promise<void> {
  const learner = await findOrCreateGuest("c".repeat(64), db.client);
  for (let i = from; i < from + n; i++) {
    await db.client.answer.create({
      data: {
        learnerId: learner.id,
        questionId: `q${i}`,
        questionType: "next-state",
        source: "quiz",
        response: "x",
        correct: true,
      },
    });
  }
}

const answersIn = (file: string) => {
  const d = new Database(file, { readonly: true });
  const { n } = d.prepare(`SELECT COUNT(*) AS n FROM "Answer"`).get() as { n: number };
  d.close();
  return n;
};

// Backups copy the SQLite file with SQLite's backup API; a PostgreSQL deployment uses pg_dump (README), so on
// PostgreSQL there is no file to test them on.
describe.skipIf(onPostgres)("backups (SQLite only)", () => {
  it("names backups by time, sortable and safe on every file system", () => {
    expect(backupName(new Date("2026-11-24T19:30:05.123Z"))).toBe("synack-2026-11-24T19-30-05Z.db");
  });

  it("copies a consistent database while answers keep being written", async () => {
    await addAnswers(200);
    let writing = true;
    let written = 200;
    const writer = (async () => {
      while (writing) {
        // A macrotask between writes, as between requests: the backup's steps run in between.
        await new Promise((r) => setImmediate(r));
        await addAnswers(1, written);
        written += 1;
      }
    })();
    const file = await backupDatabase(db.file, dir);
    writing = false;
    await writer;
    const check = checkBackup(file);
    expect(check.ok).toBe(true);
    if (!check.ok) return;
    expect(check.answers).toBeGreaterThanOrEqual(200);
    expect(check.answers).toBeLessThanOrEqual(written);
    expect(path.basename(file)).toMatch(/^synack-.*Z\.db$/);
  });

  it("never overwrites an earlier backup taken in the same second", async () => {
    const now = new Date("2026-11-24T19:30:05Z");
    const a = await backupDatabase(db.file, dir, now);
    const b = await backupDatabase(db.file, dir, now);
    expect(a).not.toBe(b);
    expect(fs.existsSync(a) && fs.existsSync(b)).toBe(true);
  });

  it("restores a backup and keeps the database it replaced", async () => {
    await addAnswers(5);
    const backup = await backupDatabase(db.file, dir);
    await addAnswers(3, 5);
    expect(answersIn(db.file)).toBe(8);

    const safety = await restoreDatabase(backup, db.file, path.join(dir, "safety"));
    expect(answersIn(db.file)).toBe(5);
    // The open connection sees the restored database too.
    expect(await db.client.answer.count()).toBe(5);
    expect(safety && answersIn(safety)).toBe(8);
  });

  it("refuses what is not a backup of SynAck's, and changes nothing", async () => {
    await addAnswers(4);
    const text = path.join(dir, "notes.txt");
    fs.writeFileSync(text, "not a database");
    const other = path.join(dir, "other.db");
    new Database(other).exec("CREATE TABLE t (x)");
    for (const [file, reason] of [
      [text, /not a readable SQLite database/],
      [other, /not one of SynAck's/],
      [path.join(dir, "missing.db"), /no file/],
      [db.file, /live database itself/],
    ] as const) {
      await expect(restoreDatabase(file, db.file, path.join(dir, "safety"))).rejects.toThrow(BackupProblem);
      await expect(restoreDatabase(file, db.file, path.join(dir, "safety"))).rejects.toThrow(reason);
    }
    expect(answersIn(db.file)).toBe(4);
    expect(fs.existsSync(path.join(dir, "safety"))).toBe(false);
  });
});

const run = promisify(execFile);

describe.skipIf(onPostgres)("npm run db:backup / db:restore (SQLite only)", () => {
  const cli = (args: string[]) =>
    run(process.execPath, ["--import", "tsx", "scripts/db.ts", ...args], {
      env: { ...process.env, DATABASE_URL: `file:${db.file}` },
    }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );

  it("backs up to a folder, restores from the file, and says what it did", async () => {
    await addAnswers(2);
    const backup = await cli(["backup", dir]);
    expect(backup.code).toBe(0);
    const file = fs.readdirSync(dir).find((f) => f.endsWith(".db"));
    expect(backup.out).toContain("(2 answers)");
    await addAnswers(1, 2);
    const restore = await cli(["restore", path.join(dir, file ?? "")]);
    expect(restore.code).toBe(0);
    expect(restore.out).toMatch(/Saved the database being replaced to .*backups/);
    expect(restore.out).toContain("(2 answers)");
    expect(fs.readdirSync(path.dirname(db.file)).filter((f) => f.includes(".restoring"))).toEqual([]);
    expect(answersIn(db.file)).toBe(2);
  }, 60_000);

  it("explains its usage, and a bad backup, without touching the database", async () => {
    await addAnswers(1);
    const missing = await cli(["restore"]);
    expect(missing.code).toBe(2);
    expect(missing.out).toContain("Name the backup to restore");
    const bad = await cli(["restore", path.join(dir, "nope.db")]);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain("There is no file at");
    expect(answersIn(db.file)).toBe(1);
  }, 60_000);
});
