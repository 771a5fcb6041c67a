import Database from "better-sqlite3";

/** Rows from a database file, read-only, as the app wrote them (tests and benchmarks). */
export function rowsIn<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
