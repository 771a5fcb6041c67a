import { Prisma } from "@/lib/generated/prisma/client";
import { type DbClient, database } from "./client";

/** At most `max` attempts per key in a window of `windowS` seconds that opens with the first attempt. */
export type AttemptLimit = { max: number; windowS: number };

export type Taken = { ok: true } | { ok: false; retryAfterS: number };

/**
 * Counts one sign-in attempt against `key` (lib/auth/sign-in-limit.ts makes it from the email) and says whether it
 * may go ahead. Each step is one conditional UPDATE, so attempts arriving at once on several app servers cannot all
 * read "9 so far" and all pass: the database counts them one by one, and the 11th finds the window full.
 */
export async function takeSignInAttempt(
  key: string,
  now: number,
  limit: AttemptLimit,
  client?: DbClient,
): Promise<Taken> {
  const db = client ?? (await database());
  const windowMs = limit.windowS * 1000;
  const opened = BigInt(now - windowMs);
  // A few rounds at most: each one loses only to another attempt that changed the row in between.
  for (let round = 0; round < 5; round++) {
    const restarted = await db.signInLimit.updateMany({
      where: { key, windowStart: { lte: opened } },
      data: { count: 1, windowStart: BigInt(now) },
    });
    if (restarted.count > 0) return { ok: true };
    const counted = await db.signInLimit.updateMany({
      where: { key, windowStart: { gt: opened }, count: { lt: limit.max } },
      data: { count: { increment: 1 } },
    });
    if (counted.count > 0) return { ok: true };
    const row = await db.signInLimit.findUnique({ where: { key } });
    if (row && row.windowStart > opened) {
      const endsAt = Number(row.windowStart) + windowMs;
      return { ok: false, retryAfterS: Math.max(1, Math.ceil((endsAt - now) / 1000)) };
    }
    if (row) continue;
    try {
      await db.signInLimit.create({ data: { key, count: 1, windowStart: BigInt(now) } });
      // Windows that have passed say nothing any more; a new key is a good moment to drop them.
      await db.signInLimit.deleteMany({ where: { windowStart: { lte: opened } } });
      return { ok: true };
    } catch (error) {
      if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    }
  }
  // Five rounds lost in a row means a storm of attempts at this one account: refuse this one.
  return { ok: false, retryAfterS: limit.windowS };
}

/** After a successful sign-in: the attempts before it no longer count against the account. */
export async function clearSignInAttempts(key: string, client?: DbClient): Promise<void> {
  const db = client ?? (await database());
  await db.signInLimit.deleteMany({ where: { key } });
}
