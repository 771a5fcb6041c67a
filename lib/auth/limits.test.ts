import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { addressKey, JOIN_LIMITS, QUIZ_START_LIMIT, takeJoinGuess, takeQuizStart } from "./limits";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

const t0 = Date.parse("2026-12-02T09:00:00Z");

describe("join-code guesses", () => {
  it("an account gets ten misses in 15 minutes, from any address; the eleventh is refused until the window ends", async () => {
    for (let i = 0; i < JOIN_LIMITS.account.max; i++) {
      expect((await takeJoinGuess("ann", `203.0.113.${i + 1}`, t0 + i, db.client)).ok).toBe(true);
    }
    const refused = await takeJoinGuess("ann", "198.51.100.7", t0 + 60_000, db.client);
    expect(refused).toEqual({ ok: false, retryAfterS: 14 * 60 });
    // Another account is not held back by Ann's misses.
    expect((await takeJoinGuess("bob", "198.51.100.7", t0 + 60_000, db.client)).ok).toBe(true);
    expect((await takeJoinGuess("ann", "198.51.100.7", t0 + 15 * 60_000, db.client)).ok).toBe(true);
  });

  it("an address gets 100 misses an hour, however many accounts send them", async () => {
    for (let i = 0; i < JOIN_LIMITS.address.max; i++) {
      expect((await takeJoinGuess(`account-${i}`, "203.0.113.9", t0, db.client)).ok).toBe(true);
    }
    const refused = await takeJoinGuess("one-more", "203.0.113.9", t0 + 1000, db.client);
    expect(refused.ok).toBe(false);
    // The refused guess was never made: it does not count against the account either.
    const rows = await db.client.throttle.findMany({ where: { key: "join-account:one-more" } });
    expect(rows.map((r) => r.count)).toEqual([0]);
    expect((await takeJoinGuess("one-more", "203.0.113.10", t0 + 1000, db.client)).ok).toBe(true);
  });

  it("a code that names a class gives its place back: a whole class joining from one network uses up nothing", async () => {
    for (let i = 0; i < JOIN_LIMITS.address.max + 5; i++) {
      const guess = await takeJoinGuess(`student-${i}`, "198.51.100.1", t0, db.client);
      expect(guess.ok).toBe(true);
      if (guess.ok) await guess.found();
    }
    for (let i = 0; i < JOIN_LIMITS.account.max + 5; i++) {
      const guess = await takeJoinGuess("ann", "198.51.100.1", t0, db.client);
      if (guess.ok) await guess.found();
      expect(guess.ok).toBe(true);
    }
  });

  it("guesses sent at once cannot all pass", async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, () => takeJoinGuess("ann", "203.0.113.1", t0, db.client)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(JOIN_LIMITS.account.max);
  });

  it("counts an IPv6 network by its /64, and the same IPv4 address however it is written", () => {
    expect(addressKey("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:0db8:0001:0002::7")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(addressKey("198.51.100.7, 10.0.0.1")).toBe("198.51.100.7");
    expect(addressKey("not an address")).toBeNull();
    expect(addressKey(null)).toBeNull();
  });
});

describe("quiz starts", () => {
  it("a learner starts 30 quizzes a minute at most, and is told how long to wait", async () => {
    for (let i = 0; i < QUIZ_START_LIMIT.max; i++)
      expect((await takeQuizStart("sam", t0 + i, db.client)).ok).toBe(true);
    expect(await takeQuizStart("sam", t0 + 30_000, db.client)).toEqual({ ok: false, retryAfterS: 30 });
    expect((await takeQuizStart("sue", t0 + 30_000, db.client)).ok).toBe(true);
    expect((await takeQuizStart("sam", t0 + 60_000, db.client)).ok).toBe(true);
  });
});
