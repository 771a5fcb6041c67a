// lib/quiz: questions generated from lib/tcp, seeded and deterministic, and the checking of answers.
export { checkAnswer, type Verdict } from "./check";
export { generateQuiz, MAX_COUNT } from "./generate";
export { questionJson } from "./json";
export { questionsQuery } from "./query";
export { type Rng, seededRng } from "./rng";
export { type Basis, type Lang, QUESTION_TYPES, type Question, type QuestionType, type QuizOptions } from "./types";
