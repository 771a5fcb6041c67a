// "Find the mistake in these notes": the handshake and the teardown written out line by line, the way answers
// copied between students are (netstat's names, a side and a state a line), with one mistake of the kinds such
// copies carry: a state name misspelt (SYN_SEND), two names run together where a space slipped (SYN_SENDE
// STABLISHED), or a side put in a state it is not in at that step.

import { stepLink } from "@/lib/animation/links";
import {
  MISSPELLINGS,
  play,
  type Role,
  type Scenario,
  STATE_NAMES,
  type State,
  type Step,
  scenarioById,
} from "@/lib/tcp";
import type { Rng } from "./rng";
import { ROLE_TEXT, t as say } from "./text";
import type { Lang, Question } from "./types";

/** netstat's spelling, as copied notes write states. */
export const spell = (state: State) => STATE_NAMES[state].netstat;

/** A line of notes: the words around its state names, and the states it names (one, or a side's list). */
export type Line = { text: string; step: number | null; role: Role; before: string; states: State[]; after: string };

const line = (step: number | null, role: Role, before: string, states: State[], after: string): Line => ({
  text: `${before}${states.map(spell).join(" ")}${after}`,
  step,
  role,
  before,
  states,
  after,
});

/** The notes for a scenario: a line per state change, then each side's states in a row. */
export function notes(scenario: Scenario, lang: Lang): { lines: Line[]; steps: Step[]; sides: Record<Role, State[]> } {
  const trace = play(scenario);
  const lines: Line[] = [];
  const sides: Record<Role, State[]> = { client: [], server: [] };
  for (const step of trace.steps) {
    const t = step.transition;
    if (t.from === t.to) continue;
    sides[step.actor].push(t.to);
    const who = say(ROLE_TEXT[step.actor], lang);
    const what = step.call
      ? lang === "en"
        ? `calls ${step.call}`
        : `调用 ${step.call}`
      : step.received
        ? lang === "en"
          ? `receives ${step.received.segment.flags}`
          : `收到 ${step.received.segment.flags}`
        : lang === "en"
          ? "waits out its timer"
          : "等待计时器到期";
    const sends = step.segment
      ? lang === "en"
        ? `, sends ${step.segment.flags}`
        : `，发送 ${step.segment.flags}`
      : "";
    lines.push(
      lang === "en"
        ? line(step.index, step.actor, `${capital(who)} ${what}${sends} and enters `, [t.to], ".")
        : line(step.index, step.actor, `${who}${what}${sends}，进入 `, [t.to], " 状态。"),
    );
  }
  for (const role of ["client", "server"] as const) {
    const before =
      lang === "en" ? `${capital(say(ROLE_TEXT[role], lang))} states: ` : `${say(ROLE_TEXT[role], lang)}状态：`;
    lines.push(line(null, role, before, sides[role], ""));
  }
  return { lines, steps: trace.steps, sides };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Mistake = { line: number; text: string; why: Record<Lang, string> };

/** "SYN_SENT ESTABLISHED" → "SYN_SENTE STABLISHED": the space slipped one letter to the right. */
function runTogether(names: string): string | null {
  const at = names.indexOf(" ");
  if (at < 0 || at + 2 > names.length) return null;
  return `${names.slice(0, at)}${names[at + 1]} ${names.slice(at + 2)}`;
}

/** Why a line that puts a side in the other side's state is wrong. */
export function otherSideWhy(step: Step, state: State, other: State): Record<Lang, string> {
  return {
    en: `At that step ${say(ROLE_TEXT[step.actor], "en")} enters ${state}; ${other} is where the other side is. ${step.explain.en}`,
    zh: `这一步${say(ROLE_TEXT[step.actor], "zh")}进入的是 ${state}；${other} 是另一方所处的状态。${step.explain.zh}`,
  };
}

function mistakes(scenario: Scenario, lang: Lang): Mistake[] {
  const { lines, steps } = notes(scenario, lang);
  const out: Mistake[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.step !== null) {
      const step = steps[line.step] as Step;
      const state = step.transition.to;
      // A misspelling students write for this state.
      const m = MISSPELLINGS.find((x) => x.state === state);
      if (m) {
        out.push({
          line: i,
          text: line.text.replace(spell(state), m.spelling),
          why: { en: m.note.en, zh: m.note.zh },
        });
      }
      // The other side's state at this step.
      const other = step.states[step.actor === "client" ? "server" : "client"];
      if (other !== state && other !== step.transition.from) {
        out.push({
          line: i,
          text: line.text.replace(spell(state), spell(other)),
          why: otherSideWhy(step, state, other),
        });
      }
    } else {
      const names = line.text.slice(line.text.lastIndexOf(lang === "en" ? ": " : "：") + (lang === "en" ? 2 : 1));
      const joined = runTogether(names);
      if (joined) {
        out.push({
          line: i,
          text: line.text.replace(names, joined),
          why: {
            en: `A space slipped one letter: "${joined}" is not two state names. It should read ${names}.`,
            zh: `空格错位了一个字母：“${joined}”不是两个状态名。应当是 ${names}。`,
          },
        });
      }
    }
  }
  return out;
}

export const COPIED_SCENARIOS = ["handshake", "teardown"] as const;

/** The notes as they should read, without a mistake (for tests). */
export function copiedNotes(id: (typeof COPIED_SCENARIOS)[number], lang: Lang): string[] {
  const scenario = scenarioById(id);
  return scenario ? notes(scenario, lang).lines.map((l) => l.text) : [];
}

/** The notes and the mistakes each scenario's can carry, worked out once per language (the scenarios are fixed). */
const prepared = new Map<string, { lines: Line[]; options: Mistake[] }>();

export function copiedAnswer(id: (typeof COPIED_SCENARIOS)[number], rng: Rng, lang: Lang): Question | null {
  const scenario = scenarioById(id);
  if (!scenario) return null;
  const key = `${id}|${lang}`;
  let ready = prepared.get(key);
  if (!ready) {
    ready = { lines: notes(scenario, lang).lines, options: mistakes(scenario, lang) };
    prepared.set(key, ready);
  }
  const { lines, options } = ready;
  const mistake = rng.pick(options);
  const shown = lines.map((l, i) => (i === mistake.line ? mistake.text : l.text));
  const numbered = shown.map((text, i) => `${i + 1}. ${text}`);
  const stepOf = lines[mistake.line]?.step ?? null;
  return {
    id: `spot-copied-error:${id}:${mistake.line + 1}:${options.indexOf(mistake)}`,
    type: "spot-copied-error",
    level: "basics",
    topic: "naming",
    format: "choice",
    prompt:
      lang === "en"
        ? `A classmate's notes on the ${say(scenario.title, lang).toLowerCase()}, with netstat's state names. Exactly one line is wrong. Which?`
        : `同学抄来的“${say(scenario.title, lang)}”笔记，状态名用的是 netstat 的写法。其中恰好有一行是错的，是哪一行？`,
    choices: numbered,
    answer: numbered[mistake.line] as string,
    explanation:
      lang === "en"
        ? `Line ${mistake.line + 1} should read: ${lines[mistake.line]?.text} ${mistake.why.en}`
        : `第 ${mistake.line + 1} 行应当是：${lines[mistake.line]?.text}${mistake.why.zh}`,
    basis: { kind: "scenario", scenario: id, step: stepOf === null ? 1 : stepOf + 1 },
    rfc: "§3.3.2",
    link: stepLink(id, stepOf ?? 0),
  };
}
