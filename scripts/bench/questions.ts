import { performance } from "node:perf_hooks";
import { generateQuiz } from "@/lib/quiz";
import { frozenVersion } from "@/lib/versions";

export type QuestionFigures = {
  questionsPerS: number;
  batches: number;
  /** Questions a batch of 1,000 asked for yields: the pool of distinct questions runs out before. */
  perBatch: number;
  quiz40MedianMs: number;
  quiz40P95Ms: number;
  /**
   * The same batches made by version 1 of the generator (lib/versions/v1.mjs), in the same run: this machine's speed
   * varies several times over from hour to hour, so a figure means most beside its peer.
   */
  version1: { questionsPerS: number; perBatch: number };
};

type Generate = (options: { seed: number; count: number; lang: "en" | "zh" }) => readonly unknown[];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/** Questions per second over 1,000-question batches on different seeds, after `warmupSeconds` of the same. */
function batches(
  generate: Generate,
  minBatches: number,
  minSeconds: number,
  warmupSeconds: number,
): { questionsPerS: number; batches: number; perBatch: number } {
  const warmupEnd = performance.now() + warmupSeconds * 1000;
  for (let i = 0; performance.now() < warmupEnd; i++) generate({ seed: 1000 + i, count: 1000, lang: "en" });
  let produced = 0;
  let n = 0;
  const start = performance.now();
  while (n < minBatches || performance.now() - start < minSeconds * 1000) {
    produced += generate({ seed: n * 7919, count: 1000, lang: n % 2 ? "zh" : "en" }).length;
    n++;
  }
  const seconds = (performance.now() - start) / 1000;
  return { questionsPerS: Math.round(produced / seconds), batches: n, perBatch: Math.round(produced / n) };
}

/**
 * Question generation as a running server does it, warm: a second of batches first (V8 takes that long to optimise
 * the generator on two busy cores; timed from a cold start, the figure measured mostly compilation), then
 * 1,000-question batches over different seeds for at least `minBatches` and `minSeconds` (questions per second over
 * all of them), the same for version 1 of the generator beside it, and the time to build a 40-question quiz (median
 * and 95th percentile of many).
 */
export function benchQuestions({
  minBatches = 20,
  minSeconds = 2,
  warmupSeconds = 1,
  quizzes = 300,
} = {}): QuestionFigures {
  const live = batches(generateQuiz, minBatches, minSeconds, warmupSeconds);
  const v1 = frozenVersion(1);
  if (!v1) throw new Error("Version 1 of the generator is missing from lib/versions.");
  const peer = batches(v1.generateQuiz, minBatches, minSeconds, warmupSeconds);

  const times: number[] = [];
  for (let i = 0; i < quizzes; i++) {
    const t0 = performance.now();
    generateQuiz({ seed: 50_000 + i, count: 40, lang: "en" });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    ...live,
    quiz40MedianMs: Number(percentile(times, 0.5).toFixed(3)),
    quiz40P95Ms: Number(percentile(times, 0.95).toFixed(3)),
    version1: { questionsPerS: peer.questionsPerS, perBatch: peer.perBatch },
  };
}
