// Counters that hold across every app server, one row per key in the Throttle table: sign-in attempts per account
// (lib/auth/sign-in-limit.ts), join-code guesses per account and address, quiz starts per learner (lib/auth/limits.ts).
import { Prisma } from "@/lib/generated/prisma/client";
import { type DbClient, database } from "./client";

/** At most `max` attempts per key in a window of `windowS` seconds that opens with the first attempt. */
export type AttemptLimit = { max: number; windowS: number };

export type Taken = { ok: true } | { ok: false; retryAfterS: number };

/**
 * Counts one attempt against `key` and says whether it may go ahead. Each step is one conditional UPDATE, so
 * attempts arriving at once on several app servers cannot all read "9 so far" and all pass: the database counts
 * them one by one, and the 11th finds the window full.
 */
export async function takeAttempt(key: string, now: number, limit: AttemptLimit, client?: DbClient): Promise<Taken> {
  const db = client ?? (await database());
  const end = BigInt(now + limit.windowS * 1000);
  const nowMs = BigInt(now);
  // A few rounds at most: each one loses only to another attempt that changed the row in between.
  for (let round = 0; round < 5; round++) {
    const restarted = await db.throttle.updateMany({
      where: { key, windowEnd: { lte: nowMs } },
      data: { count: 1, windowEnd: end },
    });
    if (restarted.count > 0) return { ok: true };
    const counted = await db.throttle.updateMany({
      where: { key, windowEnd: { gt: nowMs }, count: { lt: limit.max } },
      data: { count: { increment: 1 } },
    });
    if (counted.count > 0) return { ok: true };
    const row = await db.throttle.findUnique({ where: { key } });
    if (row && row.windowEnd > nowMs) {
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((Number(row.windowEnd) - now) / 1000)) };
    }
    if (row) continue;
    try {
      await db.throttle.create({ data: { key, count: 1, windowEnd: end } });
      // Windows that have closed say nothing any more; a new key is a good moment to drop them.
      await db.throttle.deleteMany({ where: { windowEnd: { lte: nowMs } } });
      return { ok: true };
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  // Five rounds lost in a row means a storm of attempts at this one key: refuse this one.
  return { ok: false, retryAfterS: limit.windowS };
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
