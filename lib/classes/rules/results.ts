// What a teacher reads from an assignment's answers: each student's best attempt, and item analysis per question
// or transition (how many got it wrong, and the wrong answer given most).
import { type ArcMastery, masteryLevel } from "@/lib/srs";
import { TRANSITIONS, type Transition, transitionId } from "@/lib/tcp";
import type { AttemptTimes } from "./assignment";

export type ScoredAttempt = AttemptTimes & { correct: number; answered: number };

/** The finished attempt with the most right answers (the earlier one on a tie); null if none is finished. */
export function bestAttempt<A extends ScoredAttempt>(attempts: readonly A[]): A | null {
  let best: A | null = null;
  for (const a of attempts) if (a.finishedAt && (!best || a.correct > best.correct)) best = a;
  return best;
}

export type Item = {
  key: string;
  total: number;
  wrong: number;
  commonWrong: { response: string; count: number } | null;
};

/** Per key (a question id or a transition), the answers and the wrong ones, most missed first. */
export function itemAnalysis(answers: readonly { key: string; response: string; correct: boolean }[]): Item[] {
  const items = new Map<string, { total: number; wrong: Map<string, number> }>();
  for (const a of answers) {
    const item = items.get(a.key) ?? { total: 0, wrong: new Map<string, number>() };
    item.total += 1;
    if (!a.correct) item.wrong.set(a.response, (item.wrong.get(a.response) ?? 0) + 1);
    items.set(a.key, item);
  }
  return [...items.entries()]
    .map(([key, { total, wrong }]) => {
      const ranked = [...wrong.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
      const top = ranked[0];
      const count = ranked.reduce((n, [, c]) => n + c, 0);
      return { key, total, wrong: count, commonWrong: top ? { response: top[0], count: top[1] } : null };
    })
    .sort((a, b) => b.wrong - a.wrong || a.key.localeCompare(b.key));
}

export type ArcLevel = ArcMastery["level"];

/** How a share of right answers reads on Figure 5: with the thresholds of a learner's own mastery (lib/srs). */
export function levelOfShare(right: number, total: number): ArcLevel {
  return masteryLevel(total === 0 ? null : right / total);
}

export type ClassArc = { transition: Transition; key: string; right: number; total: number; level: ArcLevel };

/**
 * Every arc of RFC 9293 Figure 5 with how a class answered the questions about it (transitionId keys, as the
 * answers record them); arcs nobody was asked about have no answers and read as unknown.
 */
export function classArcs(tallies: readonly { basisKey: string; total: number; wrong: number }[]): ClassArc[] {
  const byKey = new Map(tallies.map((t) => [t.basisKey, t]));
  return TRANSITIONS.filter((t) => t.kind === "figure").map((t) => {
    const key = transitionId(t);
    const tally = byKey.get(key);
    const total = tally?.total ?? 0;
    const right = total - (tally?.wrong ?? 0);
    return { transition: t, key, right, total, level: levelOfShare(right, total) };
  });
}
