import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { clearAttempts, giveBackAttempt, takeAttempt } from "./throttles";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

const limit = { max: 3, windowS: 600 };
const t0 = Date.parse("2026-11-26T09:00:00Z");
const take = (key: string, at: number) => takeAttempt(key, at, limit, db.client);

describe("attempts counted per key across servers", () => {
  it("allows max attempts in a window and refuses the next, saying when the window ends", async () => {
    expect(await take("ann", t0)).toEqual({ ok: true });
    expect(await take("ann", t0 + 1_000)).toEqual({ ok: true });
    expect(await take("ann", t0 + 2_000)).toEqual({ ok: true });
    expect(await take("ann", t0 + 60_000)).toEqual({ ok: false, retryAfterS: 540 });
    // Refusals do not move the window: it still ends ten minutes after the first attempt.
    expect(await take("ann", t0 + 599_500)).toEqual({ ok: false, retryAfterS: 1 });
  });

  it("opens a new window once the old one has passed", async () => {
    for (let i = 0; i < 4; i++) await take("ann", t0);
    expect(await take("ann", t0 + 600_000)).toEqual({ ok: true });
    expect(await take("ann", t0 + 600_001)).toEqual({ ok: true });
    expect(await take("ann", t0 + 600_002)).toEqual({ ok: true });
    expect((await take("ann", t0 + 600_003)).ok).toBe(false);
  });

  it("counts each key on its own", async () => {
    for (let i = 0; i < 4; i++) await take("ann", t0);
    expect(await take("bob", t0)).toEqual({ ok: true });
  });

  it("a cleared key starts again from nothing", async () => {
    for (let i = 0; i < 3; i++) await take("ann", t0);
    await clearAttempts("ann", db.client);
    expect(await take("ann", t0 + 1)).toEqual({ ok: true });
  });

  it("lets exactly max of many simultaneous attempts through", async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => take("ann", t0)));
    expect(results.filter((r) => r.ok)).toHaveLength(limit.max);
  });

  it("forgets windows that have passed when a new key arrives, whatever their length", async () => {
    await take("ann", t0);
    await takeAttempt("long", t0, { max: 3, windowS: 3600 }, db.client);
    await take("bob", t0 + 600_000);
    expect((await db.client.throttle.findMany({ orderBy: { key: "asc" } })).map((r) => r.key)).toEqual(["bob", "long"]);
  });

  it("an attempt given back frees its place in the window, never below nothing", async () => {
    for (let i = 0; i < 3; i++) await take("ann", t0);
    await giveBackAttempt("ann", db.client);
    expect(await take("ann", t0 + 1)).toEqual({ ok: true });
    expect((await take("ann", t0 + 2)).ok).toBe(false);
    await giveBackAttempt("nobody", db.client);
    for (let i = 0; i < 5; i++) await giveBackAttempt("ann", db.client);
    expect((await db.client.throttle.findUniqueOrThrow({ where: { key: "ann" } })).count).toBe(0);
  });
});
