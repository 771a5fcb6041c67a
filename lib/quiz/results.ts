// What a learner is shown after answering: the verdict with its explanation, and a quiz's results.

import type { KeyIn } from "@/lib/i18n/translate";
import { questionRef, storedResponse } from "./attempt";
import { checkAnswer } from "./check";
import { type Figure, figureFor } from "./figure";
import { frozenMaker } from "./provenance";
import type { Lang, Question } from "./types";

/** One recorded answer, as lib/db returns it. */
export type RecordedAnswer = { questionId: string; response: string; correct: boolean; durationMs: number | null };

export type Feedback = {
  /** The question's number in the quiz, as the page knows it ("q3"). */
  questionId: string;
  correct: boolean;
  response: string | string[];
  answer: string | string[];
  explanation: string;
  /** Why a typed name was wrong: "SYN_SEND is a common misspelling of SYN-SENT". */
  hint?: string;
  rfc: string;
  link: string;
  figure: Figure | null;
};

/**
 * An answer that is recorded, but whose verdict the learner may not see yet: an assignment whose teacher shows the
 * right answers later (after the attempt, the last attempt or the due date). Nothing in it tells right from wrong.
 */
export type Withheld = { questionId: string; withheld: true; response: string | string[] };

/** What the learner is told about a recorded answer. */
export type AnswerFeedback = Feedback | Withheld;

export function isWithheld(feedback: AnswerFeedback): feedback is Withheld {
  return "withheld" in feedback && feedback.withheld === true;
}

/** `ref` is the question's number in the quiz as the page knows it (questionRef), never its own id. */
export function withheldFor(q: Question, ref: string, recorded: Pick<RecordedAnswer, "response">): Withheld {
  return { questionId: ref, withheld: true, response: storedResponse(q, recorded.response) };
}

/**
 * Each question's figure per language, drawn once: a scenario's figure replays it, and a class answering the same
 * quiz asks for the same figures over and over. Keyed on the question object (quizzes' questions are cached and
 * frozen), so it goes when they do.
 */
const figures = new WeakMap<Question, Partial<Record<Lang, Figure | null>>>();

function figureOnce(q: Question, lang: Lang): Figure | null {
  let byLang = figures.get(q);
  if (!byLang) {
    byLang = {};
    figures.set(q, byLang);
  }
  if (!(lang in byLang)) {
    const figure = (frozenMaker(q)?.figureFor ?? figureFor)(q, lang);
    byLang[lang] = figure && Object.freeze(figure);
  }
  return byLang[lang] ?? null;
}

/** `ref` is the question's number in the quiz as the page knows it (questionRef). */
export function feedbackFor(q: Question, ref: string, recorded: RecordedAnswer, lang: Lang): Feedback {
  const response = storedResponse(q, recorded.response);
  const hint = recorded.correct ? undefined : checkAnswer(q, response, lang).hint;
  return {
    questionId: ref,
    correct: recorded.correct,
    response,
    // An order that differs from the listed one but keeps every cause before its effect is right: shown as given.
    answer: recorded.correct && q.format === "order" && Array.isArray(response) ? response : q.answer,
    explanation: q.explanation,
    ...(hint ? { hint } : {}),
    rfc: q.rfc,
    link: q.link,
    figure: figureOnce(q, lang),
  };
}

/** Each topic's name in the results: the `common` message key of the focus of the same name. */
export const TOPIC_TITLE: Record<Question["topic"], KeyIn<"common">> = {
  handshake: "focusHandshake",
  teardown: "focusTeardown",
  "edge-cases": "focusEdgeCases",
  naming: "focusNaming",
};

export type QuizResults = {
  total: number;
  answered: number;
  correct: number;
  /** Time spent answering, summed over the answers that carry one. */
  answeringMs: number;
  byTopic: { topic: Question["topic"]; total: number; correct: number }[];
  missed: (Feedback & { prompt: string })[];
};

export function summarize(questions: Question[], answers: RecordedAnswer[], lang: Lang): QuizResults {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  const topics = new Map<Question["topic"], { total: number; correct: number }>();
  const missed: QuizResults["missed"] = [];
  let correct = 0;
  for (const [index, q] of questions.entries()) {
    const a = byId.get(q.id);
    const tally = topics.get(q.topic) ?? { total: 0, correct: 0 };
    tally.total++;
    if (a?.correct) {
      tally.correct++;
      correct++;
    } else if (a) {
      missed.push({ ...feedbackFor(q, questionRef(index), a, lang), prompt: q.prompt });
    }
    topics.set(q.topic, tally);
  }
  return {
    total: questions.length,
    answered: questions.filter((q) => byId.has(q.id)).length,
    correct,
    answeringMs: answers.reduce((sum, a) => sum + (a.durationMs ?? 0), 0),
    byTopic: [...topics].map(([topic, t]) => ({ topic, ...t })),
    missed,
  };
}
