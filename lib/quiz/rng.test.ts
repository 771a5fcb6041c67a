import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keyedRng, seededRng } from "./rng";

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

describe("keyedRng", () => {
  const key = (words: number[]) => words.map((w) => (w >>> 0).toString(16).padStart(8, "0")).join("");
  const keys = fc.array(fc.nat(), { minLength: 4, maxLength: 4 }).map(key);

  it("gives the same numbers for the same key, in [0, 1)", () => {
    fc.assert(
      fc.property(keys, (k) => {
        const a = keyedRng(k);
        const b = keyedRng(k);
        for (let i = 0; i < 50; i++) {
          const x = a.next();
          expect(x).toBe(b.next());
          expect(x >= 0 && x < 1).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("draws unrelated numbers for keys one bit apart", () => {
    const first = keyedRng(key([1, 2, 3, 4]));
    const second = keyedRng(key([1, 2, 3, 5]));
    const same = Array.from({ length: 100 }, () => first.int(0, 9) === second.int(0, 9)).filter(Boolean).length;
    // About 10 of 100 agree by chance; a generator still following its key would agree on most.
    expect(same).toBeLessThan(30);
  });

  it("skip(n) leaves it where drawing n numbers would", () => {
    fc.assert(
      fc.property(keys, fc.integer({ min: 0, max: 500 }), (k, n) => {
        const drawing = keyedRng(k);
        for (let i = 0; i < n; i++) drawing.next();
        const skipping = keyedRng(k);
        skipping.skip(n);
        expect(skipping.drawn()).toBe(n);
        expect(skipping.next()).toBe(drawing.next());
      }),
      { numRuns: 100 },
    );
  });

  it("takes only 32 lowercase hex digits", () => {
    for (const bad of ["", "abc", "G".repeat(32), "A".repeat(32), "0".repeat(31), "0".repeat(33)]) {
      expect(() => keyedRng(bad)).toThrow();
    }
  });
});
