// The types of v1.mjs, the frozen version 1 (lib/versions/index.ts).
import type { FrozenVersion } from "./index";

export declare const quizQuestions: FrozenVersion["quizQuestions"];
export declare const generateQuiz: FrozenVersion["generateQuiz"];
export declare const allCards: FrozenVersion["allCards"];
export declare const cardById: FrozenVersion["cardById"];
export declare const figureFor: FrozenVersion["figureFor"];
