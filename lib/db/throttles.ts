// Counters that hold across every app server, one row per key in the Throttle table: sign-in attempts per account
// (lib/auth/sign-in-limit.ts), join-code guesses per account and address, quiz starts per learner (lib/auth/limits.ts).
import { type DbClient, database } from "./client";

/** At most `max` attempts per key in a window of `windowS` seconds that opens with the first attempt. */
export type AttemptLimit = { max: number; windowS: number };

export type Taken = { ok: true } | { ok: false; retryAfterS: number };

/**
 * Counts one attempt against `key` and says whether it may go ahead. It is one statement (an upsert that opens a
 * window, starts a closed one again, or counts one more), so attempts arriving at once on several app servers
 * cannot all read "9 so far" and all pass: the database counts them one by one, and the 11th finds the window
 * full. Refused attempts are counted too (past `max`), which changes nothing but the number.
 */
export async function takeAttempt(key: string, now: number, limit: AttemptLimit, client?: DbClient): Promise<Taken> {
  const db = client ?? (await database());
  const nowMs = BigInt(now);
  const end = BigInt(now + limit.windowS * 1000);
  const [row] = await db.$queryRaw<{ count: number | bigint; windowEnd: number | bigint }[]>`
    INSERT INTO "Throttle" ("key", "count", "windowEnd") VALUES (${key}, 1, ${end})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "Throttle"."windowEnd" <= ${nowMs} THEN 1 ELSE "Throttle"."count" + 1 END,
      "windowEnd" = CASE WHEN "Throttle"."windowEnd" <= ${nowMs} THEN ${end} ELSE "Throttle"."windowEnd" END
    RETURNING "count", "windowEnd"`;
  const count = Number(row?.count ?? 1);
  // Windows that have closed say nothing any more; a window opening is a good moment to drop them.
  if (count === 1) await db.throttle.deleteMany({ where: { windowEnd: { lte: nowMs } } });
  if (count <= limit.max) return { ok: true };
  return { ok: false, retryAfterS: Math.max(1, Math.ceil((Number(row?.windowEnd ?? end) - now) / 1000)) };
}

/** The attempts so far no longer count against `key` (a successful sign-in). */
export async function clearAttempts(key: string, client?: DbClient): Promise<void> {
  const db = client ?? (await database());
  await db.throttle.deleteMany({ where: { key } });
}

/** One attempt taken against `key` gives its place back: it turned out not to be what the limit counts. */
export async function giveBackAttempt(key: string, client?: DbClient): Promise<void> {
  const db = client ?? (await database());
  await db.throttle.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}
