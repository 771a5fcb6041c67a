// The performance budgets (what a class answering at once needs of one server; docs/benchmarks.md), checked against
// one run's figures. A miss is printed, not thrown: benchmarks measure, they do not fail the test suite (run
// `npm run bench -- --strict` to make a miss an exit code).

import type { CaptureFigures } from "./capture";
import type { CrashFigures } from "./crash";

export type Figures = {
  submit?: { requestsPerS: number; latencyP99Ms: number; errors: number };
  floor?: { requestsPerS: number };
  questions?: { questionsPerS: number; quiz40MedianMs: number };
  js?: { route: string; jsKbGzip: number }[];
  vitals?: { route: string; lcpMs: number }[];
  lighthouse?: { route: string; performance: number; accessibility: number }[];
  crash?: Omit<CrashFigures, "concurrency" | "loadS" | "inFlightAtKill" | "recorded">;
  capture?: Pick<CaptureFigures, "ratio" | "synackMaxRssMb" | "fileMb">;
};

export type Check = { budget: string; actual: string; ok: boolean };

/** The animation pages (the player, the sandbox and a capture's replay ship the protocol engine) get the larger JS budget. */
export function isAnimationRoute(route: string): boolean {
  return /^\/learn\/[^/?]+/.test(route) || /^\/capture(\?|$)/.test(route);
}

export const JS_BUDGET_KB = 150;
export const ANIMATION_JS_BUDGET_KB = 220;

export function checkBudgets(f: Figures): Check[] {
  const checks: Check[] = [];
  const add = (budget: string, actual: string, ok: boolean) => checks.push({ budget, actual, ok });
  if (f.submit && f.floor) {
    const ratio = f.submit.requestsPerS / Math.max(1, f.floor.requestsPerS);
    add("answer submission ≥ 50 % of the floor's requests/s", `${(ratio * 100).toFixed(0)} %`, ratio >= 0.5);
  }
  if (f.submit) {
    add("answer submission p99 < 50 ms", `${f.submit.latencyP99Ms} ms`, f.submit.latencyP99Ms < 50);
    add("answer submission: zero errors", String(f.submit.errors), f.submit.errors === 0);
  }
  if (f.questions) {
    add("40-question quiz < 5 ms", `${f.questions.quiz40MedianMs} ms`, f.questions.quiz40MedianMs < 5);
    add("≥ 100,000 questions/s in batches", String(f.questions.questionsPerS), f.questions.questionsPerS >= 100_000);
  }
  for (const r of f.js ?? []) {
    const limit = isAnimationRoute(r.route) ? ANIMATION_JS_BUDGET_KB : JS_BUDGET_KB;
    add(`first-load JS ≤ ${limit} KB on ${r.route}`, `${r.jsKbGzip} KB`, r.jsKbGzip <= limit);
  }
  for (const v of f.vitals ?? []) add(`LCP < 1 s on ${v.route}`, `${v.lcpMs} ms`, v.lcpMs < 1000);
  for (const l of f.lighthouse ?? []) {
    add(`Lighthouse performance ≥ 95 on ${l.route}`, String(l.performance), l.performance >= 95);
    add(`Lighthouse accessibility 100 on ${l.route}`, String(l.accessibility), l.accessibility === 100);
  }
  if (f.capture && f.capture.ratio !== null) {
    const r = f.capture.ratio;
    add("explaining a capture ≥ 5× tshark's rate (fields only)", `${r}×`, r >= 5);
  }
  if (f.capture) {
    // Streamed: the peak is the connections still open, not the file; 512 MB holds for a 1 GB capture too.
    const rss = f.capture.synackMaxRssMb;
    add(`capture CLI peak memory < 512 MB (${f.capture.fileMb} MB file)`, `${rss} MB`, rss > 0 && rss < 512);
  }
  if (f.crash) {
    const c = f.crash;
    const problems = [
      c.lost && `${c.lost} acknowledged answers lost`,
      c.damaged && `${c.damaged} damaged rows`,
      c.refused && `${c.refused} refused before the kill`,
      c.integrity !== "ok" && `integrity: ${c.integrity}`,
      c.foreignKeyProblems && `${c.foreignKeyProblems} broken references`,
      c.finishedEarly && `${c.finishedEarly} attempts finished early`,
    ].filter(Boolean);
    add(
      "kill -9 under load: every acknowledged answer kept, nothing half-written",
      problems.length ? problems.join(", ") : `${c.acknowledged} acknowledged, all kept`,
      problems.length === 0 && c.acknowledged > 0,
    );
  }
  return checks;
}
