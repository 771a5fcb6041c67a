// Where the learner's day starts, for the daily new-card limit. The browser reports its offset in a cookie
// (components/flashcards sets it); until it has, the day is UTC's.
import { cookies } from "next/headers";
import { TZ_COOKIE } from "./tz-cookie";

export async function learnerTzOffset(): Promise<number> {
  const raw = (await cookies()).get(TZ_COOKIE)?.value;
  const n = Number(raw);
  return Number.isInteger(n) && Math.abs(n) <= 14 * 60 ? n : 0;
}
