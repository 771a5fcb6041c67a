// Every question the generator can make, in both languages, asked of the model: is any wrong choice also right
// under a case RFC 9293 tells apart, or under another reading the RFC allows? And is every spelling a typed answer
// accepts a name of the right state? A careful student with the RFC open must find exactly one answer.
import { describe, expect, it } from "vitest";
import {
  CASE_INFO,
  CHECK_TEXT,
  findTransition,
  parseStateName,
  playWithIsn,
  READING,
  STATE_NAMES,
  STATES,
  type Step,
  scenarioById,
  siblingsOf,
  TOOLS,
  type Transition,
} from "@/lib/tcp";
import { checkAnswer } from "./check";
import { copiedNotes } from "./from-copied";
import { rowsMeant, sendLabel } from "./from-transitions";
import { allCandidates } from "./generate";
import { seededRng } from "./rng";
import type { Lang, Question } from "./types";

const LANGS: Lang[] = ["en", "zh"];
const SEEDS = [1, 2, 3, 5, 8, 13, 21];

/** Every question each candidate makes over a few seeds, in both languages. */
function everyQuestion(): Question[] {
  const out: Question[] = [];
  for (const candidate of allCandidates())
    for (const lang of LANGS)
      for (const seed of SEEDS) {
        const q = candidate.make(seededRng(seed), lang);
        if (q) out.push(q);
        if (candidate.fixed) break;
      }
  return out;
}

const QUESTIONS = everyQuestion();

function rowOf(q: Question): Transition {
  const b = q.basis;
  if (b.kind !== "transition") throw new Error(q.id);
  const row = findTransition(b.from, b.event, {
    when: b.when,
    opened: b.opened ?? null,
    alternative: b.alternative ?? null,
  });
  if (!row) throw new Error(`${q.id}: no such row`);
  return row;
}

const langOf = (q: Question): Lang => (/[\u4e00-\u9fff]/.test(q.prompt) ? "zh" : "en");

describe("every question about a transition", () => {
  const about = QUESTIONS.filter((q) => q.basis.kind === "transition");

  it("is made from a row whose every reading, as worded, ends where its answer says", () => {
    expect(about.length).toBeGreaterThan(500);
    for (const q of about) {
      const row = rowOf(q);
      const meant = rowsMeant(row);
      if (q.type === "next-state") {
        expect(new Set(meant.map((r) => r.to)), q.id).toEqual(new Set([q.answer]));
        for (const choice of q.choices ?? []) {
          if (choice !== q.answer)
            expect(
              meant.some((r) => r.to === choice),
              `${q.id}: ${choice}`,
            ).toBe(false);
        }
      }
      if (q.type === "segment-sent") {
        const lang = langOf(q);
        expect(new Set(meant.map((r) => sendLabel(r.send, lang))), q.id).toEqual(new Set([q.answer]));
      }
    }
  });

  it("names the condition the row holds under, and which reading it means where the RFC allows another", () => {
    for (const q of about.filter((x) => x.type === "next-state" || x.type === "segment-sent")) {
      const row = rowOf(q);
      const lang = langOf(q);
      const others = siblingsOf(row).filter(
        (o) => o !== row && (o.when !== row.when || o.alternative !== row.alternative),
      );
      const differs = others.some((o) => o.to !== row.to || o.send !== row.send);
      if (differs && row.when) expect(q.prompt, q.id).toContain(caseWords(row, lang));
      if (row.alternative) expect(q.prompt, q.id).toContain(READING[row.alternative].alternative[lang]);
      for (const o of rowsMeantWithAlternatives(row)) {
        if (o.alternative && (o.to !== row.to || o.send !== row.send)) {
          expect(q.prompt, `${q.id} must say it means the usual reading`).toContain(READING[o.alternative].usual[lang]);
        }
      }
    }
  });

  it("offers, in 'which event?', no other event that takes the same state to the same state", () => {
    for (const q of about.filter((x) => x.type === "which-event")) {
      const row = rowOf(q);
      for (const choice of q.choices ?? []) {
        if (choice === q.answer) continue;
        const also = siblingsOf({ from: row.from, event: choice as Transition["event"] }).some((o) => o.to === row.to);
        expect(also, `${q.id}: ${choice}`).toBe(false);
      }
    }
  });

  it("names RFC 9293's own call where no socket call makes it (a SEND or an active OPEN in LISTEN)", () => {
    for (const q of about.filter((x) => rowOf(x).rfcCallOnly && x.type !== "which-event")) {
      expect(q.prompt, q.id).toMatch(/RFC 9293's|RFC 9293 的/);
      expect(q.prompt, q.id).not.toMatch(/calls (send|connect)\(\)|调用 (send|connect)\(\)/);
    }
  });
});

/** The rows of the same event and condition in any reading: what a question must pin down if they differ. */
function rowsMeantWithAlternatives(row: Transition): Transition[] {
  return siblingsOf(row).filter(
    (o) =>
      (row.when === undefined || o.when === undefined || o.when === row.when) &&
      (!row.opened || !o.opened || o.opened === row.opened),
  );
}

/** The condition's words as transitionEventPhrase writes them. */
function caseWords(row: Transition, lang: Lang): string {
  if (!row.when) return "";
  const phrase = CASE_INFO[row.when].phrase[lang];
  return lang === "en" ? phrase.trim() : phrase.replace(/^，/, "");
}

describe("every question about a scenario", () => {
  const about = QUESTIONS.filter((q) => q.basis.kind === "scenario");

  it("that asks which side is in a state says every step before, so crossing segments leave no doubt", () => {
    for (const q of about.filter((x) => x.type === "which-side")) {
      const b = q.basis;
      if (b.kind !== "scenario") continue;
      for (let n = 1; n <= b.step; n++) expect(q.prompt, q.id).toMatch(new RegExp(`(^|[ 。；;])${n}\\. `));
    }
  });

  it("that asks for an order accepts every order in which each segment follows what caused it", () => {
    const orders = about.filter((x) => x.type === "order-steps");
    expect(orders.length).toBeGreaterThan(0);
    for (const q of orders) {
      const b = q.basis;
      if (b.kind !== "scenario") continue;
      const scenario = scenarioById(b.scenario);
      const trace = playWithIsn(scenario!, scenario!.isn);
      const sent = trace.steps.filter((s) => s.segment && !s.lost);
      // Every permutation a clock-free observer could see: brute force over small lists.
      for (const order of permutations(q.answer as string[])) {
        const position = (line: string) => sent[(q.answer as string[]).indexOf(line)] as Step;
        const causal = order.every((line, i) =>
          order.slice(i + 1).every((later) => !causes(trace.steps, position(later), position(line))),
        );
        expect(checkAnswer(q, order, langOf(q)).correct, `${q.id}: ${order.join(" | ")}`).toBe(causal);
      }
    }
  });

  it("that asks for a number states every fact the number follows from: data sent, new ISNs, injected segments", () => {
    for (const q of about.filter((x) => x.type === "seq-ack")) {
      const b = q.basis;
      if (b.kind !== "scenario" || !b.isn) continue;
      const trace = playWithIsn(scenarioById(b.scenario)!, b.isn);
      for (const step of trace.steps.slice(0, b.step - 1)) {
        if (step.segment && step.segment.len > 0) expect(q.prompt, q.id).toContain(String(step.segment.len));
        if (step.received?.origin) expect(q.prompt, q.id).toContain(`seq=${step.received.segment.seq}`);
      }
      const asked = trace.steps[b.step - 1]!;
      if (asked.segment && asked.segment.len > 0) expect(q.prompt, q.id).toContain(String(asked.segment.len));
    }
  });
});

/** Whether step `a` causes step `b`: same side earlier, or b received a's segment, or a chain of those. */
function causes(steps: readonly Step[], a: Step, b: Step): boolean {
  if (a.index >= b.index) return false;
  if (a.actor === b.actor) return true;
  if (b.received?.step === a.index) return true;
  return steps.slice(a.index + 1, b.index).some((mid) => causes(steps, a, mid) && causes(steps, mid, b));
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe("every question about processing and copied notes", () => {
  it("a TCB question's answer is the variable the model holds after the step, and no other choice is", () => {
    const asked = QUESTIONS.filter((q) => q.type === "tcb-variable");
    expect(asked.length).toBeGreaterThan(50);
    for (const q of asked) {
      const b = q.basis;
      if (b.kind !== "scenario" || !b.isn) continue;
      const step = playWithIsn(scenarioById(b.scenario)!, b.isn).steps[b.step - 1]!;
      const field = q.id.split(":")[3] as keyof Step["tcb"]["client"];
      expect(q.answer, q.id).toBe(String(step.tcb[step.actor][field]));
      expect(
        q.choices?.filter((c) => c === q.answer),
        q.id,
      ).toHaveLength(1);
    }
  });

  it("a which-check question's answer is the check at which the model stopped", () => {
    for (const q of QUESTIONS.filter((x) => x.type === "which-check")) {
      const b = q.basis;
      if (b.kind !== "scenario") continue;
      const step = playWithIsn(scenarioById(b.scenario)!, scenarioById(b.scenario)!.isn).steps[b.step - 1]!;
      const last = step.checks!.at(-1)!;
      expect(q.answer, q.id).toBe(CHECK_TEXT[last.check][langOf(q)]);
    }
  });

  it("copied notes have exactly one line that differs from what the model says", () => {
    const asked = QUESTIONS.filter((q) => q.type === "spot-copied-error");
    expect(asked.length).toBeGreaterThan(4);
    for (const q of asked) {
      const b = q.basis;
      if (b.kind !== "scenario") continue;
      const right = copiedNotes(b.scenario as "handshake" | "teardown", langOf(q));
      const shown = (q.choices ?? []).map((c) => c.replace(/^\d+\. /, ""));
      const wrong = shown.filter((line, i) => line !== right[i]);
      expect(wrong, q.id).toHaveLength(1);
      expect(q.answer, q.id).toContain(wrong[0]!);
    }
  });
});

describe("a typed answer", () => {
  const typed = QUESTIONS.filter((q) => q.format === "state-name");

  it("is right for every spelling the model reads as the answer's state, and for no other", () => {
    expect(typed.length).toBeGreaterThan(20);
    for (const q of typed.slice(0, 60)) {
      for (const state of STATES) {
        const spellings = [state, ...TOOLS.map((tool) => STATE_NAMES[state][tool])];
        for (const spelling of spellings) {
          const match = parseStateName(spelling);
          const names = match.kind === "rfc" || match.kind === "alias" ? match.state : null;
          const verdict = checkAnswer(q, spelling, "en").correct;
          expect(verdict, `${q.id}: ${spelling}`).toBe(names === q.answer);
        }
      }
    }
  });
});
