// A quiz someone takes: what to practise (the spec), the questions it regenerates, and how one answer is judged.

import type { Msg } from "@/lib/i18n/translate";
import { type Level, parseStateName, type Text, transitionId } from "@/lib/tcp";
import { frozenVersion, LIVE_VERSION } from "@/lib/versions";
import { currentKey } from "@/lib/versions/renames";
import { checkAnswer } from "./check";
import type { Focus } from "./focus";
import { generateQuiz } from "./generate";
import { frozenMaker, markFrozen } from "./provenance";
import type { Lang, Question, QuizOptions } from "./types";

export {
  FOCUS_TEXT,
  FOCUSES,
  type Focus,
  LEVEL_CHOICES,
  LEVEL_TEXT,
  type LevelChoice,
  MAX_LENGTH,
  MIN_LENGTH,
} from "./focus";

/** Everything needed to regenerate a quiz exactly: an attempt stores this, never the questions. */
export type QuizSpec = {
  /** The generator version that made it (lib/versions); it is regenerated with that version for good. */
  generator: number;
  /** A public seed: the same seed and options give the same quiz to anyone. */
  seed: number;
  /** A secret key (32 hex digits) the questions are drawn from instead of the seed: an assignment's. */
  seedKey: string | null;
  count: number;
  level: Level | null;
  focus: Focus;
  lang: Lang;
  /** "Retry the missed ones": keep only these question ids, in the quiz's order. */
  only: string[] | null;
};

/** A self-test's spec: the live generator and a public seed, which anyone may use again. */
export function practiceSpec(spec: Omit<QuizSpec, "generator" | "seedKey">): QuizSpec {
  return { generator: LIVE_VERSION, seedKey: null, ...spec };
}

function focusOptions(focus: Focus): Pick<QuizOptions, "topics" | "types"> {
  if (focus === "everything") return {};
  if (focus === "seq-ack") return { types: ["seq-ack", "tcb-variable"] };
  return { topics: [focus] };
}

/** The questions of the specs used lately: a class answering one quiz asks for the same spec with every answer. */
const recent = new Map<string, Question[]>();
const RECENT_SPECS = 200;

/**
 * The questions of a quiz, regenerated from its spec (the same every time). Remembered for the most recent specs;
 * callers must not change what they get.
 */
export function quizQuestions(spec: QuizSpec): Question[] {
  const key = JSON.stringify([
    spec.generator,
    spec.seed,
    spec.seedKey,
    spec.count,
    spec.level,
    spec.focus,
    spec.lang,
    spec.only,
  ]);
  const hit = recent.get(key);
  if (hit) {
    recent.delete(key);
    recent.set(key, hit);
    return hit;
  }
  // Frozen, so a caller that sorted or spliced the shared list would fail loudly instead of changing other requests'.
  const questions = Object.freeze(buildQuestions(spec)) as Question[];
  recent.set(key, questions);
  if (recent.size > RECENT_SPECS) recent.delete(recent.keys().next().value as string);
  return questions;
}

function buildQuestions(spec: QuizSpec): Question[] {
  if (spec.generator !== LIVE_VERSION) {
    const frozen = frozenVersion(spec.generator);
    if (!frozen) throw new Error(`No question generator has version ${spec.generator}.`);
    if (spec.seedKey !== null) throw new Error(`Version ${spec.generator} predates secret keys.`);
    const { generator: _, seedKey: __, ...old } = spec;
    const questions = frozen.quizQuestions(old);
    markFrozen(questions, frozen);
    return questions;
  }
  const questions = generateQuiz({
    seed: spec.seed,
    ...(spec.seedKey !== null ? { key: spec.seedKey } : {}),
    count: spec.count,
    lang: spec.lang,
    ...(spec.level ? { level: spec.level } : {}),
    ...focusOptions(spec.focus),
  });
  if (!spec.only) return questions;
  const keep = new Set(spec.only);
  return questions.filter((q) => keep.has(q.id));
}

/**
 * What the learner sees before answering: nothing that gives the answer away. Its `id` is the question's number in
 * the quiz ("q3"), not the question's own id: that names what the question is made from ("which-event:FIN-WAIT-1|rcv
 * FIN" holds its own answer), so it stays on the server, and answers come back by number.
 */
export type AskedQuestion = Pick<Question, "id" | "type" | "level" | "topic" | "format" | "prompt" | "choices">;

/** The name the quiz page and the answers API give the question at `index` (from 0) of a quiz: "q1", "q2", ... */
export function questionRef(index: number): string {
  return `q${index + 1}`;
}

/** The question a page's `ref` names in this quiz, with its index, or null. */
export function questionByRef(
  questions: readonly Question[],
  ref: string,
): { question: Question; index: number } | null {
  const match = /^q([1-9]\d{0,3})$/.exec(ref);
  const index = match ? Number(match[1]) - 1 : -1;
  const question = questions[index];
  return question ? { question, index } : null;
}

export function asked(q: Question, index: number): AskedQuestion {
  const { type, level, topic, format, prompt, choices } = q;
  return { id: questionRef(index), type, level, topic, format, prompt, ...(choices ? { choices } : {}) };
}

/**
 * The key answers are counted under for mastery: the transition (its transitionId, as its flashcard names it), the
 * scenario step or the name asked about. A question of version 1, whose basis named no condition, is counted under
 * the key today's model gives the same transition.
 */
export function basisKey(q: Question): string {
  const b = q.basis;
  if (b.kind === "transition") return frozenMaker(q) ? currentKey(`${b.from}|${b.event}`) : transitionId(b);
  if (b.kind === "scenario") return `${b.scenario}#${b.step}`;
  return `name:${b.spelling}`;
}

export type Judgement =
  /** Not an answer to this question at all (tampered or broken client): refuse, record nothing. A message key. */
  | { kind: "invalid"; message: Msg }
  /**
   * Typed text that names no state, or names several: say so and let them type again; record nothing. The hint is
   * in both languages: it is spoken in the interface's, whatever the quiz's.
   */
  | { kind: "retype"; hint: Text }
  | { kind: "answered"; correct: boolean; hint?: string; stored: string };

const MAX_TYPED = 60;

const RETYPE_UNKNOWN: Text = {
  en: "That is not the name of a TCP state. Check the spelling and try again: the eleven are listed in RFC 9293 §3.3.2.",
  zh: "这不是 TCP 状态的名称。请检查拼写后再试：RFC 9293 §3.3.2 列出了全部十一个状态。",
};

/**
 * Judges a response to one question. A misspelling such as SYN_SEND is a wrong answer with a hint (spotting those
 * is part of what SynAck teaches); text that names no state, or several (FIN-WAIT), is sent back to be retyped.
 */
export function judge(q: Question, response: unknown, lang: Lang): Judgement {
  if (q.format === "choice") {
    if (typeof response !== "string" || !q.choices?.includes(response)) {
      return { kind: "invalid", message: "quiz.notAChoice" };
    }
    return { kind: "answered", correct: checkAnswer(q, response, lang).correct, stored: response };
  }
  if (q.format === "order") {
    const choices = q.choices ?? [];
    const isPermutation =
      Array.isArray(response) &&
      response.length === choices.length &&
      response.every((r) => typeof r === "string") &&
      [...response].sort().join("\n") === [...choices].sort().join("\n");
    if (!isPermutation) {
      return { kind: "invalid", message: "quiz.orderEachOnce" };
    }
    const order = response as string[];
    return { kind: "answered", correct: checkAnswer(q, order, lang).correct, stored: JSON.stringify(order) };
  }
  if (typeof response !== "string" || response.trim() === "") {
    return { kind: "invalid", message: "quiz.typeAState" };
  }
  const typed = response.trim();
  if (typed.length > MAX_TYPED) {
    return { kind: "invalid", message: { key: "quiz.stateNameTooLong", values: { max: MAX_TYPED } } };
  }
  const match = parseStateName(typed);
  if (match.kind === "unknown") return { kind: "retype", hint: RETYPE_UNKNOWN };
  if (match.kind === "ambiguous") return { kind: "retype", hint: match.note };
  const verdict = checkAnswer(q, typed, lang);
  return { kind: "answered", correct: verdict.correct, stored: typed, ...(verdict.hint ? { hint: verdict.hint } : {}) };
}

/** A stored response as the learner gave it: an order comes back as a list. */
export function storedResponse(q: Pick<Question, "format">, stored: string): string | string[] {
  if (q.format !== "order") return stored;
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.map(String) : stored;
  } catch {
    return stored;
  }
}
