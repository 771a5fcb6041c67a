// lib/quiz: questions generated from lib/tcp, seeded and deterministic, and the checking of answers.

export {
  type AskedQuestion,
  asked,
  basisKey,
  FOCUS_TEXT,
  FOCUSES,
  type Focus,
  type Judgement,
  judge,
  LEVEL_CHOICES,
  LEVEL_TEXT,
  type LevelChoice,
  MAX_LENGTH,
  MIN_LENGTH,
  practiceSpec,
  type QuizSpec,
  questionByRef,
  questionRef,
  quizQuestions,
} from "./attempt";
export { checkAnswer, type Verdict } from "./check";
export { giftEscape, giftText, markdownEscape, markdownText, oneLine } from "./export";
export { moodleXml, qtiPackage } from "./export-xml";
export { type Figure, figureFor } from "./figure";
export { generateQuiz, MAX_COUNT } from "./generate";
export { questionJson } from "./json";
export { type BasisLabel, basisKeyView } from "./links";
export { questionsQuery } from "./query";
export {
  type AnswerFeedback,
  type Feedback,
  feedbackFor,
  isWithheld,
  type QuizResults,
  type RecordedAnswer,
  summarize,
  TOPIC_TITLE,
  type Withheld,
  withheldFor,
} from "./results";
export { type Rng, seededRng } from "./rng";
export { type Basis, type Lang, QUESTION_TYPES, type Question, type QuestionType, type QuizOptions } from "./types";
