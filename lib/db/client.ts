import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { databaseFile } from "./location";

export type DbClient = PrismaClient;

/** How long a writer waits for another writer's lock before SQLite gives up with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the SQLite file at `file` through better-sqlite3, in WAL mode (readers never block the one
 * writer, so a class submitting at once does not queue behind page loads) with a busy timeout.
 */
export async function openDatabase(file: string): Promise<DbClient> {
  const client = new PrismaClient({
    adapter: new PrismaBetterSQLite3({ url: file, timeout: BUSY_TIMEOUT_MS }),
  });
  // journal_mode answers with a row, so it goes through a query; it is stored in the file itself.
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  return client;
}

const shared = globalThis as unknown as { synackDatabase?: Promise<DbClient> };

/** The app's database, named by DATABASE_URL; opened once per server process. */
export function database(): Promise<DbClient> {
  shared.synackDatabase ??= openDatabase(databaseFile());
  return shared.synackDatabase;
}
