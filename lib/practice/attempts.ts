// Taking a quiz, end to end: start one, load it, answer it, retry the missed ones. Route handlers and server actions
// call these after validating input; each asks lib/db for the attempt with the caller's learner id, so an attempt
// that is not theirs is indistinguishable from one that does not exist.
import { attemptDeadline } from "@/lib/classes/assignment";
import {
  type AttemptRecord,
  attemptAnswers,
  createAttempt,
  type DbClient,
  type FoundAttempt,
  findAttempt,
  type QuizSpec,
  saveAttemptAnswer,
} from "@/lib/db";
import type { Msg, MsgKey } from "@/lib/i18n/translate";
import {
  type AskedQuestion,
  asked,
  basisKey,
  type Feedback,
  feedbackFor,
  judge,
  type Question,
  type QuizResults,
  quizQuestions,
  type RecordedAnswer,
  summarize,
} from "@/lib/quiz";
import type { Text } from "@/lib/tcp";
import type { AnswerBody } from "./schemas";

export type LoadedAttempt = {
  attempt: AttemptRecord;
  questions: Question[];
  answers: RecordedAnswer[];
};

export async function loadAttempt(learnerId: string, attemptId: string, db?: DbClient): Promise<LoadedAttempt | null> {
  const attempt = await findAttempt(learnerId, attemptId, db);
  if (!attempt) return null;
  return { attempt, questions: quizQuestions(attempt.spec), answers: await attemptAnswers(attempt.id, db) };
}

/** What the quiz page needs: the questions without their answers, and feedback for those already answered. */
export function runnerView({ attempt, questions, answers }: LoadedAttempt): {
  questions: AskedQuestion[];
  answered: Feedback[];
} {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return {
    questions: questions.map(asked),
    answered: answers.flatMap((a) => {
      const q = byId.get(a.questionId);
      return q ? [feedbackFor(q, a, attempt.spec.lang)] : [];
    }),
  };
}

export function resultsOf({ attempt, questions, answers }: LoadedAttempt): QuizResults {
  return summarize(questions, answers, attempt.spec.lang);
}

/** A refusal's `message` is a message key: the action says it in the learner's language. */
export type StartResult = { ok: true; attempt: AttemptRecord; questionCount: number } | { ok: false; message: Msg };

/** Creates an attempt for this spec, unless the spec has no questions at all (edge cases at the basics level). */
export async function startAttempt(
  learnerId: string,
  spec: QuizSpec,
  retryOfId: string | null = null,
  db?: DbClient,
): Promise<StartResult> {
  const questions = quizQuestions(spec);
  if (questions.length === 0) {
    return { ok: false, message: spec.focus === "edge-cases" ? "quiz.edgeCasesAdvanced" : "quiz.noQuestions" };
  }
  return { ok: true, attempt: await createAttempt(learnerId, spec, retryOfId, db), questionCount: questions.length };
}

/** A new attempt with only the questions this one got wrong, or a message when there are none. */
export async function retryMissed(learnerId: string, attemptId: string, db?: DbClient): Promise<StartResult> {
  const loaded = await loadAttempt(learnerId, attemptId, db);
  if (!loaded) return { ok: false, message: "quiz.notInHistory" };
  const missed = loaded.answers.filter((a) => !a.correct).map((a) => a.questionId);
  if (missed.length === 0) return { ok: false, message: "quiz.nothingToRetry" };
  return startAttempt(learnerId, { ...loaded.attempt.spec, only: missed }, loaded.attempt.id, db);
}

/**
 * Refusals carry message keys (the route handler says them in the request's language); a retype hint comes in both
 * languages. Feedback is in the quiz's language, like its questions.
 */
export type SubmitResult =
  | { status: 200; feedback: Feedback; duplicate: boolean; finished: boolean }
  | { status: 404 | 400 | 403; error: Msg }
  | { status: 422; error: MsgKey; hint: Text };

/**
 * Judges and records one answer. Refusals (another learner's attempt, a question not in this quiz, an answer that is
 * not one of the choices) record nothing; a name that is no state comes back as 422 with a hint, to be retyped.
 */
export async function submitAnswer(
  learnerId: string,
  attemptId: string,
  body: AnswerBody,
  db?: DbClient,
  now: Date = new Date(),
): Promise<SubmitResult> {
  const attempt = await findAttempt(learnerId, attemptId, db);
  if (!attempt) return { status: 404, error: "quiz.noSuchAttempt" };
  return answerAttempt(attempt, body, db, now);
}

/**
 * Judges and records one answer to an attempt already found for its learner (findAttempt, findGuestAttempt), as
 * submitAnswer does.
 */
export async function answerAttempt(
  attempt: FoundAttempt,
  body: AnswerBody,
  db?: DbClient,
  now: Date = new Date(),
): Promise<SubmitResult> {
  // The hot path of a class answering at once: the attempt in one read, its questions from memory, then one insert
  // (the unique index says whether the question was already answered) and one count.
  const questions = quizQuestions(attempt.spec);
  const question = questions.find((q) => q.id === body.questionId);
  if (!question) return { status: 400, error: "quiz.questionNotInQuiz" };

  // An assignment's attempt takes answers until its time limit or the due date, whichever comes first.
  const rules = attempt.deadlines;
  if (rules && now.getTime() >= attemptDeadline(rules, attempt).getTime()) {
    return { status: 403, error: now.getTime() >= rules.dueAt.getTime() ? "quiz.pastDue" : "quiz.attemptTimeUp" };
  }

  const finished = (answered: number) => answered >= questions.length;
  const verdict = judge(question, body.response, attempt.spec.lang);
  if (verdict.kind !== "answered") {
    // An answer already recorded stands, whatever a repeat of it says.
    const answers = await attemptAnswers(attempt.id, db);
    const already = answers.find((a) => a.questionId === question.id);
    if (already) {
      const feedback = feedbackFor(question, already, attempt.spec.lang);
      return { status: 200, feedback, duplicate: true, finished: finished(answers.length) };
    }
    if (verdict.kind === "invalid") return { status: 400, error: verdict.message };
    return { status: 422, error: "quiz.notAStateName", hint: verdict.hint };
  }

  const saved = await saveAttemptAnswer(
    {
      learnerId: attempt.learnerId,
      attemptId: attempt.id,
      questionId: question.id,
      questionType: question.type,
      basisKey: basisKey(question),
      response: verdict.stored,
      correct: verdict.correct,
      ...(body.durationMs !== undefined ? { durationMs: body.durationMs } : {}),
    },
    questions.length,
    db,
    now,
  );
  return {
    status: 200,
    feedback: feedbackFor(question, saved.answer, attempt.spec.lang),
    duplicate: saved.duplicate,
    finished: finished(saved.answered),
  };
}
