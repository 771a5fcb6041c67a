import fs from "node:fs";
import path from "node:path";
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
