import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/**
 * The migrations in `folder` that the SQLite database `file` has not applied, by name; every one of them for a file
 * that does not exist yet or has no migrations table, and those left failed by an earlier run (Prisma reports those).
 *
 * `npm run app` asks before it runs `prisma migrate deploy`: Prisma's migrate takes the SQLite file for itself, even
 * with nothing to do, and so fails while another process has the database open (a second server, the first
 * server's own checkpoint thread during a restart, a backup). Read-only, this question never takes a lock a writer
 * waits for.
 */
export function pendingSqliteMigrations(file: string, folder: string): string[] {
  const all = fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(folder, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
  if (!fs.existsSync(file)) return all;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'`).get();
    if (!table) return all;
    const rows = db
      .prepare(`SELECT "migration_name" AS "name", "finished_at" AS "finishedAt", "rolled_back_at" AS "rolledBackAt"
                FROM "_prisma_migrations"`)
      .all() as { name: string; finishedAt: string | null; rolledBackAt: string | null }[];
    const applied = new Set(rows.filter((r) => r.finishedAt !== null && r.rolledBackAt === null).map((r) => r.name));
    const failed = rows.filter((r) => r.finishedAt === null && r.rolledBackAt === null).map((r) => r.name);
    return [...new Set([...all.filter((name) => !applied.has(name)), ...failed])];
  } finally {
    db.close();
  }
}
