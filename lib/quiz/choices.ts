import type { Rng } from "./rng";

/**
 * The answer and the first `size - 1` distinct items of `pool` that are not the answer, in shuffled order.
 * Callers order `pool` by how tempting each distractor is. Exactly one choice is the answer.
 */
export function withDistractors(rng: Rng, answer: string, pool: readonly string[], size = 4): string[] {
  const distractors = [...new Set(pool)].filter((p) => p !== answer).slice(0, size - 1);
  return rng.shuffle([answer, ...distractors]);
}
