import fs from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { type DbClient, openDatabase } from "@/lib/db";

export type TestDatabase = { client: DbClient; file: string; close: () => Promise<void> };

let counter = 0;

/** A migrated SQLite file of the test's own, opened the way the app opens its database. */
export async function freshDatabase(): Promise<TestDatabase> {
  const template = inject("templateDatabase");
  const file = path.join(path.dirname(template), `test-${process.pid}-${++counter}.db`);
  fs.copyFileSync(template, file);
  const client = await openDatabase(file);
  return {
    client,
    file,
    close: async () => {
      await client.$disconnect();
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
    },
  };
}
