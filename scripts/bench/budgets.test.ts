import { describe, expect, it } from "vitest";
import { checkBudgets, isAnimationRoute } from "./budgets";

const CRASH_OK = {
  acknowledged: 5000,
  lost: 0,
  damaged: 0,
  refused: 0,
  integrity: "ok",
  foreignKeyProblems: 0,
  finishedEarly: 0,
};

describe("performance budgets", () => {
  it("passes figures inside every budget", () => {
    const checks = checkBudgets({
      submit: { requestsPerS: 600, latencyP99Ms: 40, errors: 0 },
      floor: { requestsPerS: 1000 },
      questions: { questionsPerS: 150_000, quiz40MedianMs: 0.8 },
      js: [
        { route: "/", jsKbGzip: 149 },
        { route: "/learn/handshake", jsKbGzip: 219 },
      ],
      vitals: [{ route: "/", lcpMs: 300 }],
      lighthouse: [{ route: "/", performance: 98, accessibility: 100 }],
      crash: CRASH_OK,
    });
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks).toHaveLength(11);
  });

  it("a capture explained at 5× tshark's rate in under 512 MB passes; slower, or without a peak measured, misses", () => {
    const ok = checkBudgets({ capture: { ratio: 5.2, synackMaxRssMb: 180, fileMb: 101 } });
    expect(ok.map((c) => c.ok)).toEqual([true, true]);
    const slow = checkBudgets({ capture: { ratio: 0.8, synackMaxRssMb: -1, fileMb: 101 } });
    expect(slow.map((c) => [c.budget, c.ok])).toEqual([
      ["explaining a capture ≥ 5× tshark's rate (fields only)", false],
      ["capture CLI peak memory < 512 MB (101 MB file)", false],
    ]);
    // Without tshark there is no ratio to hold it to.
    expect(checkBudgets({ capture: { ratio: null, synackMaxRssMb: 180, fileMb: 101 } })).toHaveLength(1);
  });

  it("names each budget a run misses", () => {
    const missed = checkBudgets({
      submit: { requestsPerS: 400, latencyP99Ms: 50, errors: 3 },
      floor: { requestsPerS: 1000 },
      questions: { questionsPerS: 99_999, quiz40MedianMs: 5 },
      js: [
        { route: "/quiz", jsKbGzip: 151 },
        { route: "/learn/handshake", jsKbGzip: 221 },
      ],
      vitals: [{ route: "/", lcpMs: 1000 }],
      lighthouse: [{ route: "/", performance: 94, accessibility: 99 }],
      crash: { ...CRASH_OK, lost: 2 },
    })
      .filter((c) => !c.ok)
      .map((c) => c.budget);
    expect(missed).toEqual([
      "answer submission ≥ 50 % of the floor's requests/s",
      "answer submission p99 < 50 ms",
      "answer submission: zero errors",
      "40-question quiz < 5 ms",
      "≥ 100,000 questions/s in batches",
      "first-load JS ≤ 150 KB on /quiz",
      "first-load JS ≤ 220 KB on /learn/handshake",
      "LCP < 1 s on /",
      "Lighthouse performance ≥ 95 on /",
      "Lighthouse accessibility 100 on /",
      "kill -9 under load: every acknowledged answer kept, nothing half-written",
    ]);
  });

  it("says what the crash trial found wrong, and fails one that acknowledged nothing", () => {
    const actual = (crash: typeof CRASH_OK) => checkBudgets({ crash })[0];
    expect(actual({ ...CRASH_OK, lost: 2, integrity: "row 3 missing from index" })).toEqual({
      budget: "kill -9 under load: every acknowledged answer kept, nothing half-written",
      actual: "2 acknowledged answers lost, integrity: row 3 missing from index",
      ok: false,
    });
    expect(actual({ ...CRASH_OK, finishedEarly: 1 })?.actual).toBe("1 attempts finished early");
    expect(actual({ ...CRASH_OK, acknowledged: 0 })?.ok).toBe(false);
    expect(actual(CRASH_OK)).toMatchObject({ actual: "5000 acknowledged, all kept", ok: true });
  });

  it("gives the animation pages, and only them, the larger JS budget", () => {
    expect(isAnimationRoute("/learn/handshake")).toBe(true);
    expect(isAnimationRoute("/learn/sandbox")).toBe(true);
    expect(isAnimationRoute("/capture")).toBe(true);
    expect(isAnimationRoute("/learn")).toBe(false);
    expect(isAnimationRoute("/quiz/abc")).toBe(false);
  });
});
