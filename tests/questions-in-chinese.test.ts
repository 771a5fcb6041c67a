import { describe, expect, it } from "vitest";
import { isEnglish } from "../e2e/support/english-in-chinese";
import { allCandidates } from "../lib/quiz/generate";
import { seededRng } from "../lib/quiz/rng";
import { isEvent } from "../lib/tcp";

/**
 * Every question the generator can make, asked in Chinese, held to the rule the Chinese journeys hold the quiz page
 * to (e2e/support/english-in-chinese.ts). Those journeys meet a few questions a random seed draws, so a question that
 * leaks English would fail them by chance; here every kind of question is checked, dressed by several seeds.
 */
describe("questions asked in Chinese", () => {
  it("leave no English in the prompt, the explanation or a choice (an event's name is marked as RFC notation)", () => {
    const leaks = new Set<string>();
    let asked = 0;
    for (const candidate of allCandidates()) {
      for (const seed of [1, 2, 3, 4, 5]) {
        const q = candidate.make(seededRng(seed), "zh");
        if (!q) continue;
        asked++;
        const choices = (q.choices ?? []).filter((c) => !isEvent(c));
        for (const text of [q.prompt, q.explanation, ...choices]) if (isEnglish(text)) leaks.add(`${q.id}: ${text}`);
      }
    }
    expect(asked).toBeGreaterThan(allCandidates().length);
    expect([...leaks]).toEqual([]);
  });
});
