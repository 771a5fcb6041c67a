// Online backup and restore of the SQLite file, with SQLite's own backup API: it copies a consistent snapshot page by
// page while the app goes on reading and writing (WAL), so a backup never needs the app stopped.
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** `synack-2026-11-24T19-30-05Z.db`: sorts by time, no characters a file system refuses. */
export function backupName(now: Date = new Date()): string {
  return `synack-${now
    .toISOString()
    .replace(/\.\d{3}Z$/, "Z")
    .replace(/:/g, "-")}.db`;
}

export class BackupProblem extends Error {}

/** Copies the live database `file` to `dir/<backupName>` (the folder is created) and returns the new file's path. */
export async function backupDatabase(file: string, dir: string, now: Date = new Date()): Promise<string> {
  if (!fs.existsSync(file)) throw new BackupProblem(`There is no database at ${file} to back up.`);
  fs.mkdirSync(dir, { recursive: true });
  let target = path.join(dir, backupName(now));
  for (let n = 2; fs.existsSync(target); n++) target = path.join(dir, backupName(now).replace(/\.db$/, `-${n}.db`));
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    await db.backup(target);
  } finally {
    db.close();
  }
  return target;
}

/**
 * Whether `file` is a SQLite database of SynAck's (it has Prisma's migration table and the Answer table) and passes
 * SQLite's integrity check; the reason when not.
 */
export function checkBackup(file: string): { ok: true; answers: number } | { ok: false; reason: string } {
  if (!fs.existsSync(file)) return { ok: false, reason: `There is no file at ${file}.` };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    if (!tables.has("_prisma_migrations") || !tables.has("Answer")) {
      return { ok: false, reason: `${file} is a SQLite database, but not one of SynAck's (no Answer table).` };
    }
    const check = db.pragma("integrity_check", { simple: true });
    if (check !== "ok") return { ok: false, reason: `${file} fails SQLite's integrity check: ${String(check)}.` };
    const { n } = db.prepare(`SELECT COUNT(*) AS n FROM "Answer"`).get() as { n: number };
    return { ok: true, answers: n };
  } catch (error) {
    return { ok: false, reason: `${file} is not a readable SQLite database (${(error as Error).message}).` };
  } finally {
    db?.close();
  }
}

/**
 * Replaces the live database `file` with the backup `from`, after checking the backup and saving the current
 * database beside the backups (so a restore never loses what it replaced). Returns that safety copy's path.
 * The copy goes through SQLite's backup API into the live file, so open connections see either the old or the
 * restored database, never a half-copied file.
 */
export async function restoreDatabase(from: string, file: string, safetyDir: string): Promise<string | null> {
  const check = checkBackup(from);
  if (!check.ok) throw new BackupProblem(check.reason);
  if (path.resolve(from) === path.resolve(file)) throw new BackupProblem("That file is the live database itself.");
  const safety = fs.existsSync(file) ? await backupDatabase(file, safetyDir) : null;
  const source = new Database(from, { readonly: true, fileMustExist: true });
  try {
    await source.backup(file);
  } finally {
    source.close();
  }
  return safety;
}
