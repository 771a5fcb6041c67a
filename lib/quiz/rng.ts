// A small seeded generator (mulberry32): the same seed gives the same questions on every machine.

export type Rng = {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max]. */
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  shuffle: <T>(items: readonly T[]) => T[];
  /** How many numbers it has given so far (`int`, `pick` and `shuffle` all draw through `next`). */
  drawn: () => number;
  /** Draws `n` numbers and drops them: the state it would be in after a caller had drawn `n`. */
  skip: (n: number) => void;
};

export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  let count = 0;
  const next = () => {
    count++;
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[int(0, items.length - 1)] as T;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = items.slice();
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1)); // int(0, i), one call fewer per element
      // A plain swap: destructuring one builds an array per step until the code is optimised, and question
      // generation shuffles a lot (a batch of 1,000 draws tens of thousands of numbers).
      const held = copy[i] as T;
      copy[i] = copy[j] as T;
      copy[j] = held;
    }
    return copy;
  };
  // mulberry32's state only ever steps by the same constant, so n steps are one multiplication (modulo 2^32).
  const skip = (n: number) => {
    a = (a + Math.imul(n, 0x6d2b79f5)) >>> 0;
    count += n;
  };
  return { next, int, pick, shuffle, drawn: () => count, skip };
}

/** How many numbers `shuffle` draws for a list of `n` items. */
export function shuffleDraws(n: number): number {
  return Math.max(n - 1, 0);
}
