import type { Alternative, Case, Event, Level, Role, Send, State, Subject } from "@/lib/tcp";

/** What a question is about: a subject, save seq/ack, whose questions count under their scenario's topic. */
export type QuestionTopic = Exclude<Subject, "seq-ack">;

export type Lang = "en" | "zh";

export const QUESTION_TYPES = [
  "next-state",
  "segment-sent",
  "which-event",
  "seq-ack",
  "which-side",
  "order-steps",
  "missing-state",
  "name-translation",
  "spot-misspelling",
  "spot-the-error",
  "tcb-variable",
  "check-order",
  "which-check",
  "spot-copied-error",
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** What the question was made from, so a checker (or a teacher) can confirm it against the model. */
export type Basis =
  | {
      kind: "transition";
      from: State;
      event: Event;
      to: State;
      send: Send;
      when?: Case;
      opened?: "passive" | "active";
      alternative?: Alternative;
    }
  | { kind: "scenario"; scenario: string; step: number; isn?: Record<Role, number> }
  | { kind: "name"; spelling: string; state: State | null };

export type Question = {
  /** Stable for the same basis and wording, across seeds: answers and flashcards refer to it. */
  id: string;
  type: QuestionType;
  level: Level;
  topic: QuestionTopic;
  /** How it is answered: pick one choice, type a state name, or put the choices in order. */
  format: "choice" | "state-name" | "order";
  prompt: string;
  choices?: string[];
  /** The correct choice, the canonical RFC state name, or the choices in the right order. */
  answer: string | string[];
  /**
   * For an order whose items are not all ordered by cause (two segments sent at once, each before the other's
   * arrival): the pairs [i, j] of `answer` indexes where item i must come before item j. Any order that keeps every
   * pair is right; without this list only `answer` is.
   */
  precedes?: [number, number][];
  explanation: string;
  basis: Basis;
  rfc: string;
  /** The animation step that shows it. */
  link: string;
};

export type QuizOptions = {
  seed: number;
  /** A secret 128-bit key (32 hex digits) to draw from instead of `seed` (lib/quiz/rng.ts, keyedRng). */
  key?: string;
  count: number;
  level?: Level;
  lang: Lang;
  types?: QuestionType[];
  topics?: QuestionTopic[];
};
