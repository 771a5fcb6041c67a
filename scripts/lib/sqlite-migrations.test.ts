import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { onPostgres } from "@/tests/support/test-database";
import { pendingSqliteMigrations } from "./sqlite-migrations";

const MIGRATIONS = path.resolve("prisma/migrations");
const names = fs
  .readdirSync(MIGRATIONS, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "synack-migrations-"));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the test run's migrated template (every migration applied by `prisma migrate deploy`). */
function migratedCopy(): string {
  const template = inject("testTemplate");
  const file = path.join(dir, "app.db");
  if (template.provider === "sqlite") fs.copyFileSync(template.file, file);
  return file;
}

describe.skipIf(onPostgres)("pendingSqliteMigrations", () => {
  it("lists every migration for a database that does not exist yet, or has never been migrated", () => {
    expect(names.length).toBeGreaterThan(0);
    expect(pendingSqliteMigrations(path.join(dir, "new.db"), MIGRATIONS)).toEqual(names);
    const empty = path.join(dir, "empty.db");
    new Database(empty).close();
    expect(pendingSqliteMigrations(empty, MIGRATIONS)).toEqual(names);
  });

  it("lists none for a database `prisma migrate deploy` brought up to date, even while another process writes to it", () => {
    const file = migratedCopy();
    const other = new Database(file);
    other.pragma("journal_mode = WAL");
    other.exec("BEGIN IMMEDIATE");
    try {
      expect(pendingSqliteMigrations(file, MIGRATIONS)).toEqual([]);
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
  });

  it("lists a migration added since, and one an earlier run left failed", () => {
    const file = migratedCopy();
    const folder = path.join(dir, "migrations");
    fs.cpSync(MIGRATIONS, folder, { recursive: true });
    fs.mkdirSync(path.join(folder, "29990101000000_next"));
    fs.writeFileSync(path.join(folder, "29990101000000_next", "migration.sql"), "SELECT 1;");
    // A folder without migration.sql is not a migration (Prisma skips it too).
    fs.mkdirSync(path.join(folder, "29990102000000_empty"));
    expect(pendingSqliteMigrations(file, folder)).toEqual(["29990101000000_next"]);

    const db = new Database(file);
    db.prepare(`UPDATE "_prisma_migrations" SET "finished_at" = NULL WHERE "migration_name" = ?`).run(names[0]);
    db.close();
    expect(pendingSqliteMigrations(file, folder)).toEqual([names[0], "29990101000000_next"]);
  });
});
