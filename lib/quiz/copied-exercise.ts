// "Fix the copied answer": a whole answer to "describe the handshake and the teardown and each side's states",
// written out the way answers copied between students are (netstat's names, a line per state change, then each
// side's states in a row), carrying several mistakes of the kinds such copies carry. The learner finds each wrong
// line and types the names it should have. Every line, every mistake and every verdict comes from the model's
// traces and its table of state names.

import { stepLink } from "@/lib/animation/links";
import { MISSPELLINGS, type Misspelling, parseStateList, type State, type Step, scenarioById } from "@/lib/tcp";
import { COPIED_SCENARIOS, type Line, notes, otherSideWhy, spell } from "./from-copied";
import { seededRng } from "./rng";
import { t as say } from "./text";
import type { Lang } from "./types";

export type Section = (typeof COPIED_SCENARIOS)[number];
/** The copied answer's two parts, in the order it tells them. */
export const SECTIONS: readonly Section[] = COPIED_SCENARIOS;

export type ExerciseLine = {
  /** 1-based, counted through both sections. */
  n: number;
  section: Section;
  /** The words around the names, which are never wrong. */
  before: string;
  after: string;
  /** The names as the copied answer writes them. */
  written: string;
  /** What the names should be, and netstat's spelling of them. */
  right: State[];
  rightWritten: string;
  /** Why the line is wrong, or null when it is right. */
  why: string | null;
  /** The step of the animated scenario this line describes. */
  link: string | null;
};

export type Exercise = {
  /** 0 is the answer in circulation; any other number is a variant drawn from that seed. */
  variant: number;
  titles: Record<Section, string>;
  lines: ExerciseLine[];
  mistakes: number;
};

/** The largest variant number an address may ask for (a 31-bit seed). */
export const MAX_VARIANT = 2 ** 31 - 1;
/** How many lines a drawn variant gets wrong. */
const MISTAKES_PER_VARIANT = 4;

type Candidate = { written: string; why: string; kind: "misspelling" | "other-side" | "run-together" | "both" };

/** "SYN_SENT ESTABLISHED" with the space after name `at` moved one letter right: "SYN_SENTE STABLISHED". */
function slip(names: string[], at: number): string | null {
  const next = names[at + 1];
  if (next === undefined || next.length < 2) return null;
  const out = [...names];
  out[at] = `${names[at]}${next[0]}`;
  out[at + 1] = next.slice(1);
  return out.join(" ");
}

const slipWhy = (joined: string, right: string, lang: Lang) =>
  lang === "en"
    ? `A space slipped one letter: "${joined}" is not a list of state names. It should read ${right}.`
    : `空格错位了一个字母：“${joined}”不是状态名的列表。应当是 ${right}。`;

const misspellingsOf = (state: State): Misspelling[] => MISSPELLINGS.filter((m) => m.state === state);

/** Every way a copied answer gets this line wrong. */
function candidates(line: Line, steps: Step[], lang: Lang): Candidate[] {
  const names = line.states.map(spell);
  const right = names.join(" ");
  const out: Candidate[] = [];
  if (line.step !== null) {
    const step = steps[line.step] as Step;
    const state = line.states[0] as State;
    for (const m of misspellingsOf(state)) out.push({ written: m.spelling, why: m.note[lang], kind: "misspelling" });
    const other = step.states[step.actor === "client" ? "server" : "client"];
    if (other !== state && other !== step.transition.from) {
      out.push({ written: spell(other), why: otherSideWhy(step, state, other)[lang], kind: "other-side" });
    }
    return out;
  }
  for (let at = 0; at + 1 < names.length; at++) {
    const joined = slip(names, at);
    if (joined) out.push({ written: joined, why: slipWhy(joined, right, lang), kind: "run-together" });
  }
  for (const [i, state] of line.states.entries()) {
    for (const m of misspellingsOf(state)) {
      const misspelt = names.map((n, j) => (j === i ? m.spelling : n));
      out.push({ written: misspelt.join(" "), why: m.note[lang], kind: "misspelling" });
      // Both at once, as the answer in circulation writes SYN_SENDE STABLISHED.
      const joined = slip(misspelt, i);
      if (joined) {
        out.push({ written: joined, why: `${m.note[lang]} ${slipWhy(joined, right, lang)}`, kind: "both" });
      }
    }
  }
  return out;
}

type Prepared = { section: Section; line: Line; options: Candidate[]; scenario: string }[];
const preparedByLang = new Map<Lang, { lines: Prepared; titles: Record<Section, string> }>();

function prepare(lang: Lang) {
  let ready = preparedByLang.get(lang);
  if (ready) return ready;
  const lines: Prepared = [];
  const titles = {} as Record<Section, string>;
  for (const section of COPIED_SCENARIOS) {
    const scenario = scenarioById(section);
    if (!scenario) throw new Error(`The copied answer needs the ${section} scenario.`);
    titles[section] = say(scenario.title, lang);
    const { lines: written, steps } = notes(scenario, lang);
    for (const line of written)
      lines.push({ section, line, options: candidates(line, steps, lang), scenario: section });
  }
  ready = { lines, titles };
  preparedByLang.set(lang, ready);
  return ready;
}

/**
 * The mistakes of the answer students copy (../shared/seed): SYN_SEND for SYN_SENT, and two lists of names whose
 * space slipped, "SYN_SENDE STABLISHED" and "LAST_ACKC LOSED" (netstat prints CLOSE, so here "LAST_ACKC LOSE").
 */
const IN_CIRCULATION: { section: Section; role: "client" | "server"; list: boolean; written: (l: Line) => string }[] = [
  { section: "handshake", role: "client", list: false, written: () => "SYN_SEND" },
  {
    section: "handshake",
    role: "client",
    list: true,
    written: (l) =>
      slip(
        l.states.map((s, i) => (i === 0 ? "SYN_SEND" : spell(s))),
        0,
      ) ?? "",
  },
  {
    section: "teardown",
    role: "server",
    list: true,
    written: (l) => slip(l.states.map(spell), l.states.indexOf("LAST-ACK")) ?? "",
  },
];

function inCirculation(lines: Prepared): Map<number, Candidate> {
  const chosen = new Map<number, Candidate>();
  for (const want of IN_CIRCULATION) {
    const at = lines.findIndex(
      ({ section, line }) =>
        section === want.section &&
        line.role === want.role &&
        (line.step === null) === want.list &&
        (want.list || line.states[0] === "SYN-SENT"),
    );
    const found = lines[at];
    const written = found ? want.written(found.line) : "";
    const option = found?.options.find((o) => o.written === written);
    if (!option) throw new Error(`The model no longer makes the copied mistake ${written || want.section}.`);
    chosen.set(at, option);
  }
  return chosen;
}

function drawn(lines: Prepared, variant: number): Map<number, Candidate> {
  const rng = seededRng(variant);
  const wrongable = lines.flatMap((l, i) => (l.options.length > 0 ? [i] : []));
  const chosen = new Map<number, Candidate>();
  for (const at of rng.shuffle(wrongable).slice(0, MISTAKES_PER_VARIANT)) {
    chosen.set(at, rng.pick(lines[at]?.options ?? []));
  }
  return chosen;
}

/** The exercise for a variant: 0 is the answer in circulation, any other number draws its mistakes. */
export function copiedExercise(variant: number, lang: Lang): Exercise {
  if (!Number.isInteger(variant) || variant < 0 || variant > MAX_VARIANT) {
    throw new Error(`A copied answer's variant is a whole number from 0 to ${MAX_VARIANT}.`);
  }
  const { lines, titles } = prepare(lang);
  const chosen = variant === 0 ? inCirculation(lines) : drawn(lines, variant);
  return {
    variant,
    titles,
    mistakes: chosen.size,
    lines: lines.map(({ section, line, scenario }, i) => {
      const mistake = chosen.get(i);
      const rightWritten = line.states.map(spell).join(" ");
      return {
        n: i + 1,
        section,
        before: line.before,
        after: line.after,
        written: mistake?.written ?? rightWritten,
        right: line.states,
        rightWritten,
        why: mistake?.why ?? null,
        link: line.step === null ? null : stepLink(scenario, line.step),
      };
    }),
  };
}

/** Whether typed names are the line's states, each spelt as a tool or the RFC spells it. */
export function namesAreRight(typed: string, right: readonly State[]): boolean {
  const read = parseStateList(typed);
  return (
    read.length === right.length &&
    read.every(({ match }, i) => (match.kind === "rfc" || match.kind === "alias") && match.state === right[i])
  );
}

/** What is wrong with typed names, a sentence per problem, for a fix that is not right. */
export function whatIsWrong(typed: string, right: readonly State[], lang: Lang): string[] {
  const read = parseStateList(typed);
  const out: string[] = [];
  for (const { spelling, match } of read) {
    if (match.kind === "misspelling" || match.kind === "ambiguous") out.push(`${spelling}: ${match.note[lang]}`);
    else if (match.kind === "unknown") {
      out.push(lang === "en" ? `"${spelling}" is not the name of a state.` : `“${spelling}”不是任何状态的名字。`);
    }
  }
  if (out.length === 0 && read.length !== right.length) {
    out.push(
      lang === "en"
        ? `This line names ${right.length === 1 ? "one state" : `${right.length} states`}; the fix names ${read.length}.`
        : `这一行应当有 ${right.length} 个状态名，修改后有 ${read.length} 个。`,
    );
  }
  if (out.length === 0) {
    out.push(
      lang === "en" ? "Those are real states, but not these ones." : "这些都是真实的状态名，但不是这一行的状态。",
    );
  }
  return out;
}

export type Verdict =
  /** A wrong line, fixed. */
  | "fixed"
  /** A wrong line, changed to something still wrong. */
  | "not-fixed"
  /** A wrong line, left as it was. */
  | "missed"
  /** A right line, changed to something wrong. */
  | "broken"
  /** A right line, left right. */
  | "right";

/** What became of a line: `typed` is the learner's names for it, or undefined if they left it alone. */
export function verdict(line: ExerciseLine, typed: string | undefined): Verdict {
  const changed = typed !== undefined && typed.trim() !== line.written;
  if (line.why === null) return !changed || namesAreRight(typed, line.right) ? "right" : "broken";
  if (!changed) return "missed";
  return namesAreRight(typed, line.right) ? "fixed" : "not-fixed";
}

export type Score = { fixed: number; mistakes: number; broken: number };

export function score(exercise: Exercise, edits: Readonly<Record<number, string>>): Score {
  let fixed = 0;
  let broken = 0;
  for (const line of exercise.lines) {
    const v = verdict(line, edits[line.n]);
    if (v === "fixed") fixed++;
    if (v === "broken") broken++;
  }
  return { fixed, mistakes: exercise.mistakes, broken };
}

// The learner's work, as a pure reducer: which line is open, what they typed, whether they have checked.
export type FixState = {
  edits: Record<number, string>;
  open: number | null;
  draft: string;
  checked: boolean;
};

export type FixAction =
  | { type: "open"; n: number; text: string }
  | { type: "draft"; text: string }
  | { type: "save" }
  | { type: "cancel" }
  | { type: "undo"; n: number }
  | { type: "check" }
  | { type: "again" }
  /** Fixes kept from an earlier visit (and whether they were checked), put back before anything is typed. */
  | { type: "restore"; edits: Record<number, string>; checked: boolean };

export const startFixing = (edits: Record<number, string> = {}): FixState => ({
  edits,
  open: null,
  draft: "",
  checked: false,
});

export function fixReducer(state: FixState, action: FixAction): FixState {
  // Once checked, the answer is shown: nothing changes until the learner asks to try again.
  if (state.checked && action.type !== "again" && action.type !== "restore") return state;
  switch (action.type) {
    case "open":
      return { ...state, open: action.n, draft: state.edits[action.n] ?? action.text };
    case "draft":
      return state.open === null ? state : { ...state, draft: action.text };
    case "save": {
      if (state.open === null) return state;
      const text = state.draft.trim();
      const edits = { ...state.edits };
      if (text === "") delete edits[state.open];
      else edits[state.open] = text;
      return { ...state, edits, open: null, draft: "" };
    }
    case "cancel":
      return { ...state, open: null, draft: "" };
    case "undo": {
      const edits = { ...state.edits };
      delete edits[action.n];
      return { ...state, edits, open: state.open === action.n ? null : state.open };
    }
    case "check":
      // A line still open is saved first: what the learner typed counts.
      return { ...fixReducer(state, { type: "save" }), checked: true };
    case "again":
      return { ...state, checked: false };
    case "restore":
      return { ...state, edits: { ...action.edits, ...state.edits }, checked: state.checked || action.checked };
  }
}
