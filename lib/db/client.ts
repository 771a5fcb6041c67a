import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import type SqliteConnectionType from "better-sqlite3";
import { type Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { type DatabaseLocation, DEFAULT_DATABASE_URL, databaseLocation } from "./location";

/**
 * The client every lib/db function takes. It is typed by the SQLite client; the PostgreSQL client is generated from
 * the same models (prisma/postgresql/schema.prisma is derived from prisma/schema.prisma), so its model API is the
 * same, and lib/db uses nothing that only one of the two databases has.
 */
export type DbClient = PrismaClient;

export type SqliteConnection = SqliteConnectionType.Database;
export type SqliteStatement = SqliteConnectionType.Statement<unknown[], unknown>;

/** The page cache of the SQLite connection, in KB. */
export const PAGE_CACHE_KB = 64 * 1024;

/** How long a writer waits for another writer's lock before SQLite gives up with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/**
 * What each open client is, kept on globalThis: the custom server (server/index.ts) and Next's bundle each load
 * their own copy of this module but share the one client (see database()).
 */
const known = globalThis as unknown as {
  synackProviders?: WeakMap<DbClient, DatabaseLocation["provider"]>;
  synackSqliteConnections?: WeakMap<DbClient, SqliteConnection>;
};
known.synackProviders ??= new WeakMap();
known.synackSqliteConnections ??= new WeakMap();
const providers = known.synackProviders;
const sqliteConnections = known.synackSqliteConnections;

/**
 * The better-sqlite3 connection under an SQLite client, for the few hot statements lib/db runs on it directly
 * (lib/db/sqlite-statements.ts); null for PostgreSQL. It is the adapter's own connection, not a second one, so a
 * statement never waits for a lock this process holds.
 */
export function sqliteConnection(client: DbClient): SqliteConnection | null {
  return sqliteConnections.get(client) ?? null;
}

/** Which database a client talks to (better-auth's adapter needs to know). */
export function databaseProvider(client: DbClient): DatabaseLocation["provider"] {
  return providers.get(client) ?? "sqlite";
}

/**
 * Opens the database `url` names, read as DATABASE_URL is (a file path, `file:` URL or `postgresql://` URL).
 * SQLite goes through better-sqlite3 in WAL mode (readers never block the one writer, so a class submitting at once
 * does not queue behind page loads) with a busy timeout; PostgreSQL through node-postgres' connection pool.
 */
export async function openDatabase(url: string): Promise<DbClient> {
  const location = databaseLocation({ DATABASE_URL: url });
  const client = location.provider === "sqlite" ? await openSqlite(location.file) : await openPostgres(location.url);
  providers.set(client, location.provider);
  return client;
}

async function openSqlite(file: string): Promise<DbClient> {
  const factory = new PrismaBetterSQLite3({ url: file, timeout: BUSY_TIMEOUT_MS });
  let connection: SqliteConnection | undefined;
  // The factory keeps the connection it opens to itself: catch it on the way out.
  const adapter: NonNullable<Prisma.PrismaClientOptions["adapter"]> = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const opened = await factory.connect();
      connection = (opened as unknown as { client: SqliteConnection }).client;
      return opened;
    },
  };
  const client = new PrismaClient({ adapter });
  // journal_mode answers with a row, so it goes through a query; it is stored in the file itself.
  await client.$queryRawUnsafe("PRAGMA journal_mode = WAL");
  await client.$executeRawUnsafe("PRAGMA foreign_keys = ON");
  if (connection) {
    // SQLite's default page cache is 2 MB; the answer indexes alone outgrow it, and every miss is a read from the
    // file (docs/benchmarks.md). 64 MB is taken as pages are used, not up front.
    connection.pragma(`cache_size = -${PAGE_CACHE_KB}`);
    sqliteConnections.set(client, connection);
  }
  return client;
}

async function openPostgres(url: string): Promise<DbClient> {
  // Loaded only here, so an SQLite deployment never loads node-postgres or the second client.
  const [{ PrismaPg }, { PrismaClient: PostgresClient }] = await Promise.all([
    import("@prisma/adapter-pg"),
    import("@/lib/generated/prisma-pg/client"),
  ]);
  const client = new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) });
  // The same models and the same runtime, so the same API: see DbClient.
  return client as unknown as DbClient;
}

const shared = globalThis as unknown as { synackDatabase?: Promise<DbClient> };

/** The app's database, named by DATABASE_URL; opened once per server process. */
export function database(): Promise<DbClient> {
  shared.synackDatabase ??= openDatabase(process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL);
  return shared.synackDatabase;
}
