import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { inject } from "vitest";
import { type DbClient, openDatabase } from "@/lib/db";
import { urlOfDatabase } from "./test-database";

export type TestDatabase = {
  client: DbClient;
  /** The database as DATABASE_URL would name it (a file: URL or a postgresql:// URL). */
  url: string;
  /** The SQLite file, for the tests that only make sense on SQLite (they skip themselves on PostgreSQL); "" there. */
  file: string;
  close: () => Promise<void>;
};

let counter = 0;

/** A migrated database of the test's own, opened the way the app opens its database. */
export async function freshDatabase(): Promise<TestDatabase> {
  const template = inject("testTemplate");
  if (template.provider === "postgresql") return freshPostgres(template.serverUrl, template.database);
  const file = path.join(path.dirname(template.file), `test-${process.pid}-${++counter}.db`);
  fs.copyFileSync(template.file, file);
  const client = await openDatabase(file);
  return {
    client,
    url: `file:${file}`,
    file,
    close: async () => {
      await client.$disconnect();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

/** Runs one statement on the server's maintenance connection (creating and dropping databases). */
async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

async function freshPostgres(serverUrl: string, template: string): Promise<TestDatabase> {
  // The template's name starts with the run's prefix, so the global teardown drops whatever a crash leaves behind.
  const name = `${template.replace(/_template$/, "")}_${process.pid}_${++counter}`;
  await onServer(serverUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = urlOfDatabase(serverUrl, name);
  const client = await openDatabase(url);
  return {
    client,
    url,
    file: "",
    close: async () => {
      await client.$disconnect();
      // Not WITH (FORCE): PostgreSQL 15 refuses to force out an autovacuum worker for a role that is not superuser,
      // while a plain DROP cancels it. The test's own connections are closed by now.
      await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}"`);
    },
  };
}

/** A database that a migration has not reached yet, spoken to in plain SQL (the Prisma client expects the latest). */
export type EarlierDatabase = {
  /** Runs statements that return nothing. */
  exec: (sql: string) => Promise<void>;
  rows: <T>(sql: string) => Promise<T[]>;
  /** Applies this migration's SQL, as `prisma migrate deploy` would. */
  migrate: (migration: string) => Promise<void>;
  close: () => Promise<void>;
};

const migrationsFolder = (provider: "sqlite" | "postgresql") =>
  path.resolve(provider === "sqlite" ? "prisma/migrations" : "prisma/postgresql/migrations");

const migrationSql = (provider: "sqlite" | "postgresql", migration: string) =>
  fs.readFileSync(path.join(migrationsFolder(provider), migration, "migration.sql"), "utf8");

/**
 * A new database with every migration before `migration` applied, so a test can put in the rows an existing
 * database would have and check what `migration` does to them.
 */
export async function databaseBefore(migration: string): Promise<EarlierDatabase> {
  const template = inject("testTemplate");
  const earlier = fs
    .readdirSync(migrationsFolder(template.provider), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name < migration)
    .map((e) => e.name)
    .sort();
  const database = template.provider === "sqlite" ? earlierSqlite(template.file) : await earlierPostgres(template);
  for (const name of earlier) await database.exec(migrationSql(template.provider, name));
  return { ...database, migrate: (name) => database.exec(migrationSql(template.provider, name)) };
}

function earlierSqlite(templateFile: string): Omit<EarlierDatabase, "migrate"> {
  const file = path.join(path.dirname(templateFile), `earlier-${process.pid}-${++counter}.db`);
  const db = new Database(file);
  db.pragma("foreign_keys = ON");
  return {
    exec: async (sql) => void db.exec(sql),
    rows: async <T>(sql: string) => db.prepare(sql).all() as T[],
    close: async () => {
      db.close();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
    },
  };
}

async function earlierPostgres(template: { serverUrl: string; database: string }) {
  const name = `${template.database.replace(/_template$/, "")}_${process.pid}_${++counter}`;
  await onServer(template.serverUrl, `CREATE DATABASE "${name}"`);
  const client = new pg.Client({ connectionString: urlOfDatabase(template.serverUrl, name) });
  await client.connect();
  return {
    exec: async (sql: string) => void (await client.query(sql)),
    rows: async <T>(sql: string) => (await client.query(sql)).rows as T[],
    close: async () => {
      await client.end();
      await onServer(template.serverUrl, `DROP DATABASE IF EXISTS "${name}"`);
    },
  };
}
