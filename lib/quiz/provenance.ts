// Which frozen version of the generator made a question, for what is drawn from its model later (the picture
// beside its answer): a question of an old quiz is explained by the model that made it, not by today's.
import type { FrozenVersion } from "@/lib/versions";
import type { Question } from "./types";

const madeBy = new WeakMap<Question, FrozenVersion>();

/** Records that `version` made these questions (the live generator's are not recorded). */
export function markFrozen(questions: readonly Question[], version: FrozenVersion): void {
  for (const q of questions) madeBy.set(q, version);
}

/** The frozen version that made `q`, or null for the live generator's questions. */
export function frozenMaker(q: Question): FrozenVersion | null {
  return madeBy.get(q) ?? null;
}
