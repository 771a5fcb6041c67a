import { performance } from "node:perf_hooks";
import { generateQuiz } from "@/lib/quiz";

export type QuestionFigures = {
  questionsPerS: number;
  batches: number;
  quiz40MedianMs: number;
  quiz40P95Ms: number;
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
}

/**
 * Question generation as a running server does it, warm: a second of batches first (V8 takes that long to optimise
 * the generator on two busy cores; timed from a cold start, the figure measured mostly compilation), then
 * 1,000-question batches over different seeds for at least `minBatches` and `minSeconds` (questions per second over
 * all of them), and the time to build a 40-question quiz (median and 95th percentile of many).
 */
export function benchQuestions({
  minBatches = 20,
  minSeconds = 2,
  warmupSeconds = 1,
  quizzes = 300,
} = {}): QuestionFigures {
  const warmupEnd = performance.now() + warmupSeconds * 1000;
  for (let i = 0; performance.now() < warmupEnd; i++) generateQuiz({ seed: 1000 + i, count: 1000, lang: "en" });
  let produced = 0;
  let batches = 0;
  const start = performance.now();
  while (batches < minBatches || performance.now() - start < minSeconds * 1000) {
    produced += generateQuiz({ seed: batches * 7919, count: 1000, lang: batches % 2 ? "zh" : "en" }).length;
    batches++;
  }
  const seconds = (performance.now() - start) / 1000;

  const times: number[] = [];
  for (let i = 0; i < quizzes; i++) {
    const t0 = performance.now();
    generateQuiz({ seed: 50_000 + i, count: 40, lang: "en" });
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return {
    questionsPerS: Math.round(produced / seconds),
    batches,
    quiz40MedianMs: Number(percentile(times, 0.5).toFixed(3)),
    quiz40P95Ms: Number(percentile(times, 0.95).toFixed(3)),
  };
}
