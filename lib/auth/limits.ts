// Limits on what a script would do many times a second and a person a few times an hour: guessing join codes and
// starting quizzes. Counted in the database (lib/db/throttles.ts), so they hold across every app server.
import { isIP } from "node:net";
import { type AttemptLimit, type DbClient, giveBackAttempt, type Taken, takeAttempt } from "@/lib/db";

/**
 * Join-code guesses that found no class, per account and per address. A code is one of 31^6 (887 million), so
 * ten misses in 15 minutes leave an account about one chance in a billion a day per class; a student who mistypes
 * twice is nowhere near. A school's classes can share one public address: 100 misses an hour lets a whole term's
 * first lesson join through one network, while a guesser with many accounts still gets 100 an hour from there.
 */
export const JOIN_LIMITS = {
  account: { max: 10, windowS: 15 * 60 },
  address: { max: 100, windowS: 60 * 60 },
} as const satisfies Record<string, AttemptLimit>;

/** Quizzes a learner may start a minute: a person starts one every few minutes; a script fills the database. */
export const QUIZ_START_LIMIT = { max: 30, windowS: 60 } as const satisfies AttemptLimit;

/**
 * The address a limit counts for a request's X-Forwarded-For (which server/index.ts has set to an address it
 * vouches for, server/client-address.ts): an IPv4 address as it is (also written as ::ffff:a.b.c.d), an IPv6
 * address by its /64, the block one household or school network is given and can change addresses within at will.
 */
export function addressKey(forwardedFor: string | null): string | null {
  const first = forwardedFor?.split(",")[0]?.trim() ?? "";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(first);
  const address = mapped?.[1] ?? first;
  if (isIP(address) === 4) return address;
  if (isIP(address) !== 6) return null;
  return `${expandIPv6(address).slice(0, 4).join(":")}::/64`;
}

/** An IPv6 address's eight groups, the `::` filled in. */
function expandIPv6(address: string): string[] {
  const [head = "", tail] = address.toLowerCase().split("::");
  const front = head ? head.split(":") : [];
  const back = tail ? tail.split(":") : [];
  const missing = tail === undefined ? [] : Array(8 - front.length - back.length).fill("0");
  return [...front, ...missing, ...back].map((group) => group.replace(/^0+(?=.)/, ""));
}

/** A guess taken against both limits: `found()` gives it back once the code turned out to be a class's. */
export type JoinGuess = { ok: true; found: () => Promise<void> } | { ok: false; retryAfterS: number };

/**
 * Takes one join-code guess for an account (null for a guest) from an address (null when unknown: `next dev`
 * without a proxy), before the code is looked up, so guesses sent at once cannot all pass. Only misses count in the
 * end: a code that names a class (or a live session: `kind` "live") gives its place back, so a class joining
 * together uses up nothing.
 */
export async function takeJoinGuess(
  userId: string | null,
  forwardedFor: string | null,
  now: number,
  client?: DbClient,
  kind: "join" | "live-join" = "join",
): Promise<JoinGuess> {
  const keys: string[] = [];
  const limits: AttemptLimit[] = [];
  if (userId) {
    keys.push(`${kind}-account:${userId}`);
    limits.push(JOIN_LIMITS.account);
  }
  const address = addressKey(forwardedFor);
  if (address) {
    keys.push(`${kind}-address:${address}`);
    limits.push(JOIN_LIMITS.address);
  }
  const taken: string[] = [];
  for (const [i, key] of keys.entries()) {
    const result: Taken = await takeAttempt(key, now, limits[i] ?? JOIN_LIMITS.account, client);
    if (!result.ok) {
      // Refused by one limit: the guess was never made, so the other gives its place back too.
      await Promise.all(taken.map((k) => giveBackAttempt(k, client)));
      return result;
    }
    taken.push(key);
  }
  return { ok: true, found: async () => void (await Promise.all(taken.map((k) => giveBackAttempt(k, client)))) };
}

/** Takes one quiz start for a learner. */
export function takeQuizStart(learnerId: string, now: number, client?: DbClient): Promise<Taken> {
  return takeAttempt(`quiz-start:${learnerId}`, now, QUIZ_START_LIMIT, client);
}
