import { rowsIn } from "./own-server";

/** The tables that hold what people do (not the rate limiters' counters, which requests are meant to move). */
export const TABLES = [
  "Learner",
  "Attempt",
  "Answer",
  "CardMemory",
  "Review",
  "User",
  "Session",
  "Account",
  "Class",
  "Membership",
  "Assignment",
  "LiveSession",
  "LivePlayer",
  "LiveAnswer",
] as const;

export type TableCounts = Record<(typeof TABLES)[number], number>;

/** How many rows each table has in the test's own database file: equal before and after means nothing was written. */
export function tableCounts(file: string): TableCounts {
  return Object.fromEntries(
    TABLES.map((t) => [t, rowsIn<{ n: number }>(file, `SELECT COUNT(*) AS n FROM "${t}"`)[0]?.n ?? 0]),
  ) as TableCounts;
}

/** The tables whose counts differ, with before -> after. */
export function changedTables(before: TableCounts, after: TableCounts): string[] {
  return TABLES.filter((t) => before[t] !== after[t]).map((t) => `${t} ${before[t]} -> ${after[t]}`);
}
