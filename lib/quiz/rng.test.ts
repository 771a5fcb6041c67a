import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededRng } from "./rng";

describe("seededRng", () => {
  it("counts every number drawn, through int, pick and shuffle too", () => {
    const rng = seededRng(7);
    rng.next();
    rng.int(1, 6);
    rng.pick(["a", "b", "c"]);
    rng.shuffle([1, 2, 3, 4]);
    expect(rng.drawn()).toBe(1 + 1 + 1 + 3);
  });

  it("skip(n) leaves it where drawing n numbers would", () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 5000 }), (seed, n) => {
        const drawing = seededRng(seed);
        for (let i = 0; i < n; i++) drawing.next();
        const skipping = seededRng(seed);
        skipping.skip(n);
        expect(skipping.drawn()).toBe(n);
        expect([skipping.next(), skipping.next()]).toEqual([drawing.next(), drawing.next()]);
      }),
      { numRuns: 300 },
    );
  });
});
