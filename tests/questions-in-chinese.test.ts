import { describe, expect, it } from "vitest";
import { isEnglish } from "../e2e/support/english-in-chinese";
import { predictMoments, predictRound, variantRound } from "../lib/live";
import { allCandidates } from "../lib/quiz/generate";
import { seededRng } from "../lib/quiz/rng";
import { isEvent, SCENARIOS } from "../lib/tcp";

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

  it("leave no English in a live class's predict rounds: the story so far, the question, the explanation", () => {
    const leaks = new Set<string>();
    let asked = 0;
    for (const scenario of SCENARIOS)
      for (const moment of predictMoments(scenario.id)) {
        const round = predictRound(scenario.id, moment, seededRng(1));
        if (!round) continue;
        for (const r of [round, variantRound(round, seededRng(2), "lost")]) {
          if (!r) continue;
          asked++;
          for (const text of [r.context?.zh ?? "", r.prompt.zh, r.explanation.zh])
            if (isEnglish(text)) leaks.add(`${r.id}: ${text}`);
        }
      }
    expect(asked).toBeGreaterThan(90);
    expect([...leaks]).toEqual([]);
  });
});
