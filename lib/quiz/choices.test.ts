import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { withDistractors, withDistractorsFrom } from "./choices";
import { seededRng } from "./rng";

describe("withDistractors", () => {
  it("gives the answer and the first distinct other items of the pool, shuffled, the answer once", () => {
    const choices = withDistractors(seededRng(1), "b", ["a", "b", "a", "c", "d", "e"]);
    expect([...choices].sort()).toEqual(["a", "b", "c", "d"]);
  });
});

describe("withDistractorsFrom", () => {
  // Questions generated from a stored seed must not change: skipping the fallback shuffle is only allowed if it
  // gives the same choices and leaves the rng exactly where shuffling would have.
  it("gives what withDistractors over both lists shuffled gives, and leaves the rng in the same place", () => {
    const word = fc.constantFrom("a", "b", "c", "d", "e", "f", "g");
    fc.assert(
      fc.property(
        fc.nat(),
        word,
        fc.array(word, { maxLength: 8 }),
        fc.array(word, { maxLength: 12 }),
        (seed, answer, first, rest) => {
          const reference = seededRng(seed);
          const expected = withDistractors(reference, answer, [
            ...reference.shuffle(first),
            ...reference.shuffle(rest),
          ]);
          const rng = seededRng(seed);
          expect(withDistractorsFrom(rng, answer, first, rest)).toEqual(expected);
          expect(rng.drawn()).toBe(reference.drawn());
          expect(rng.next()).toBe(reference.next());
        },
      ),
      { numRuns: 2000 },
    );
  });
});
