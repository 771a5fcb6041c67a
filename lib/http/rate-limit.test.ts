import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("rate limits", () => {
  it("allows up to the limit in a window, refuses the next with the seconds to wait, and allows again later", () => {
    const limiter = new RateLimiter(3, 60_000);
    const t0 = 1_000_000;
    expect([0, 1, 2].map((i) => limiter.take("a", t0 + i * 1000).ok)).toEqual([true, true, true]);
    expect(limiter.take("a", t0 + 10_000)).toEqual({ ok: false, retryAfterS: 50 });
    expect(limiter.take("a", t0 + 60_001).ok).toBe(true);
  });

  it("counts each key on its own", () => {
    const limiter = new RateLimiter(1, 60_000);
    expect(limiter.take("a", 0).ok).toBe(true);
    expect(limiter.take("b", 0).ok).toBe(true);
    expect(limiter.take("a", 1).ok).toBe(false);
  });

  it("forgets the oldest keys rather than growing without end", () => {
    const limiter = new RateLimiter(1, 60_000, 2);
    limiter.take("a", 0);
    limiter.take("b", 0);
    limiter.take("c", 0);
    expect(limiter.take("a", 1).ok).toBe(true);
    expect(limiter.take("c", 1).ok).toBe(false);
  });
});
