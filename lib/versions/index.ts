// Every version of the question generator and the flashcard deck that a stored quiz, assignment or card can have
// been made with. The live version is lib/quiz and lib/srs as they are; each older one is frozen in v<N>.mjs, built
// from the commit that released it (scripts/freeze-generator.ts), so regenerating an old quiz gives, byte for byte,
// the questions its learner answered, however the model has grown since.
import type { QuizSpec } from "@/lib/quiz/attempt";
import type { Figure } from "@/lib/quiz/figure";
import type { Lang, Question, QuizOptions } from "@/lib/quiz/types";
import type { Flashcard } from "@/lib/srs/deck";
import * as v1 from "./v1.mjs";

/**
 * The version lib/quiz and lib/srs make now, which new quizzes, assignments and cards record. Once a version has
 * been released, its questions are pinned (tests/quiz-fingerprint.test.ts): a change that moves them freezes this
 * version (`npm run freeze-generator -- <N>`), adds it to FROZEN and makes the live version N + 1.
 */
export const LIVE_VERSION = 2;

/** The first version whose quizzes can be drawn from a secret key (QuizSpec.seedKey) instead of a public seed. */
export const FIRST_KEYED_VERSION = 2;

/** What a frozen version offers: the functions of lib/quiz and lib/srs that stored things are regenerated with. */
export type FrozenVersion = {
  /** Version 1 predates secret keys: its specs have a public seed only. */
  quizQuestions: (spec: Omit<QuizSpec, "generator" | "seedKey">) => Question[];
  generateQuiz: (options: Omit<QuizOptions, "key">) => Question[];
  allCards: () => Flashcard[];
  cardById: (id: string) => Flashcard | null;
  /** The picture beside an answer, drawn from that version's model. */
  figureFor: (q: Question, lang: Lang) => Figure | null;
};

const FROZEN: ReadonlyMap<number, FrozenVersion> = new Map([[1, v1]]);

/** Every version a stored row may name, oldest first. */
export const VERSIONS: readonly number[] = [...FROZEN.keys(), LIVE_VERSION];

/** The frozen version `version`, or null for the live one or a version that never existed. */
export function frozenVersion(version: number): FrozenVersion | null {
  return FROZEN.get(version) ?? null;
}

export function isVersion(version: number): boolean {
  return VERSIONS.includes(version);
}
