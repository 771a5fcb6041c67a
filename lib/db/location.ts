import path from "node:path";

/** Where the SQLite file lives when DATABASE_URL is not set, relative to the project folder. */
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

/** The database DATABASE_URL names: an SQLite file (the default) or a PostgreSQL server. */
export type DatabaseLocation = { provider: "sqlite"; file: string } | { provider: "postgresql"; url: string };

/**
 * Reads DATABASE_URL: `postgresql://` (or `postgres://`) names a PostgreSQL database; `file:./x.db`, `file:/abs/x.db`
 * or a bare path an SQLite file. Relative paths are taken from the project folder (where npm runs), so the app,
 * the migration tool and the tests all open the same file.
 */
export function databaseLocation(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): DatabaseLocation {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: "postgresql", url };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new Error(
      `DATABASE_URL=${redactPassword(url)} is neither a SQLite file nor a PostgreSQL database: use file:/path/to/synack.db, postgresql://user:password@host/database, or leave DATABASE_URL unset for ${DEFAULT_DATABASE_URL}.`,
    );
  }
  const file = url.replace(/^file:/, "").split("?")[0] ?? "";
  if (file === "") throw new Error("DATABASE_URL names no file: use file:/path/to/synack.db.");
  return { provider: "sqlite", file: path.resolve(cwd, file) };
}

/**
 * The absolute path of the SQLite database named by DATABASE_URL, for what only SQLite has (backups of the file, the
 * auth secret kept beside it); a PostgreSQL URL is refused with a sentence naming `what` needs the file.
 */
export function databaseFile(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
  what = "this",
): string {
  const location = databaseLocation(env, cwd);
  if (location.provider === "sqlite") return location.file;
  throw new Error(
    `DATABASE_URL=${redactPassword(location.url)} is a PostgreSQL database, but ${what} needs a SQLite file (file:/path/to/synack.db).`,
  );
}

/** The URL with its password (if any) replaced by ***, for messages and logs. */
export function redactPassword(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/?#@]*:)[^@/?#]*@/i, "$1***@");
}
