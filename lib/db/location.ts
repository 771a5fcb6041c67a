import path from "node:path";

/** Where the SQLite file lives when DATABASE_URL is not set, relative to the project folder. */
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

/**
 * The absolute path of the SQLite database named by DATABASE_URL (`file:./x.db`, `file:/abs/x.db`
 * or a bare path). Relative paths are taken from the project folder (where npm runs), so the app,
 * the migration tool and the tests all open the same file.
 */
export function databaseFile(
  env: Readonly<Record<string, string | undefined>> = process.env,
  cwd: string = process.cwd(),
): string {
  const url = env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new Error(
      `DATABASE_URL=${url} is not a SQLite file: use file:/path/to/synack.db (or leave DATABASE_URL unset for ${DEFAULT_DATABASE_URL}).`,
    );
  }
  const file = url.replace(/^file:/, "").split("?")[0] ?? "";
  if (file === "") throw new Error("DATABASE_URL names no file: use file:/path/to/synack.db.");
  return path.resolve(cwd, file);
}
