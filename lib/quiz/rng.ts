// Small seeded generators (mulberry32 for a public seed, sfc32 for a secret key): the same seed or key gives the
// same questions on every machine.

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
  const counted = drawing(() => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  });
  // mulberry32's state only ever steps by the same constant, so n steps are one multiplication (modulo 2^32).
  return counted((n) => {
    a = (a + Math.imul(n, 0x6d2b79f5)) >>> 0;
  });
}

/** A key as `keyedRng` takes it: 32 hex digits (128 bits). */
export const RNG_KEY = /^[0-9a-f]{32}$/;

/**
 * A generator drawn from a 128-bit key (sfc32, whose state is the four words of the key). A secret key's quiz cannot
 * be found by trying seeds: `seededRng` has 2^32 states, which a laptop runs through in hours, this one 2^128.
 */
export function keyedRng(key: string): Rng {
  if (!RNG_KEY.test(key)) throw new Error("An rng key is 32 lowercase hex digits.");
  const words = [0, 8, 16, 24].map((i) => Number.parseInt(key.slice(i, i + 8), 16) >>> 0);
  let [a, b, c, d] = words as [number, number, number, number];
  const step = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // The usual warm-up, so keys that differ in a few bits soon draw unrelated numbers.
  for (let i = 0; i < 12; i++) step();
  const counted = drawing(step);
  return counted((n) => {
    for (let i = 0; i < n; i++) step();
  });
}

/** An Rng over `next` (a float in [0, 1)), given how to jump `n` draws ahead. */
function drawing(raw: () => number): (jump: (n: number) => void) => Rng {
  let count = 0;
  const next = () => {
    count++;
    return raw();
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
  return (jump) => ({
    next,
    int,
    pick,
    shuffle,
    drawn: () => count,
    skip: (n: number) => {
      jump(n);
      count += n;
    },
  });
}

/** How many numbers `shuffle` draws for a list of `n` items. */
export function shuffleDraws(n: number): number {
  return Math.max(n - 1, 0);
}
