import { type Rng, shuffleDraws } from "./rng";

/**
 * The answer and the first `size - 1` distinct items of `pool` that are not the answer, in shuffled order.
 * Callers order `pool` by how tempting each distractor is. Exactly one choice is the answer.
 */
export function withDistractors<T>(rng: Rng, answer: T, pool: readonly T[], size = 4): T[] {
  // The first distinct non-answers in pool order, found without copying the pool (some pools hold 44 spellings).
  const choices = [answer];
  for (const p of pool) {
    if (choices.length === size) break;
    if (p !== answer && !choices.includes(p)) choices.push(p);
  }
  return rng.shuffle(choices);
}

/**
 * `withDistractors(rng, answer, [...rng.shuffle(first), ...rng.shuffle(rest)], size)`, with the same result and the
 * same numbers drawn, but `rest` (a long list of fallbacks) is shuffled only when the shuffled `first` does not
 * already hold enough distractors; otherwise its draws are skipped, which leaves the rng where the shuffle would have.
 */
export function withDistractorsFrom(
  rng: Rng,
  answer: string,
  first: readonly string[],
  rest: readonly string[],
  size = 4,
): string[] {
  const head = rng.shuffle(first);
  const distinct = new Set(head);
  distinct.delete(answer);
  if (distinct.size >= size - 1) {
    rng.skip(shuffleDraws(rest.length));
    return withDistractors(rng, answer, head, size);
  }
  return withDistractors(rng, answer, [...head, ...rng.shuffle(rest)], size);
}
