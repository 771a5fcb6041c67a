// Taking a quiz, end to end: start one, load it, answer it, retry the missed ones. Route handlers and server actions
// call these after validating input; each asks lib/db for the attempt with the caller's learner id, so an attempt
// that is not theirs is indistinguishable from one that does not exist.
import {
  type AssignmentRules,
  answersShown,
  answersShownAt,
  attemptDeadline,
  closesAt,
} from "@/lib/classes/rules/assignment";
import {
  type AttemptRecord,
  assignmentOfAttempt,
  attemptAnswers,
  attemptsAt,
  createAttempt,
  type DbClient,
  type FoundAttempt,
  findAttempt,
  type QuizSpec,
  saveAttemptAnswer,
} from "@/lib/db";
import type { Msg, MsgKey } from "@/lib/i18n/translate";
import {
  type AnswerFeedback,
  type AskedQuestion,
  asked,
  basisKey,
  feedbackFor,
  judge,
  type Question,
  type QuizResults,
  questionByRef,
  questionRef,
  quizQuestions,
  type RecordedAnswer,
  summarize,
  withheldFor,
} from "@/lib/quiz";
import type { Text } from "@/lib/tcp";
import type { AnswerBody } from "./schemas";

/** Whether the learner may see the right answers of an attempt now, and if not, when they will. */
export type Reveal =
  | { shown: true }
  | { shown: false; rule: Exclude<AssignmentRules["reveal"], "question">; at: Date | null };

export type LoadedAttempt = {
  attempt: AttemptRecord;
  questions: Question[];
  answers: RecordedAnswer[];
  reveal: Reveal;
};

export async function loadAttempt(
  learnerId: string,
  attemptId: string,
  db?: DbClient,
  now: Date = new Date(),
): Promise<LoadedAttempt | null> {
  const attempt = await findAttempt(learnerId, attemptId, db);
  if (!attempt) return null;
  const [answers, reveal] = await Promise.all([attemptAnswers(attempt.id, db), revealOf(attempt, learnerId, now, db)]);
  return { attempt, questions: quizQuestions(attempt.spec), answers, reveal };
}

/** An assignment's reveal rule for this attempt now; practice always shows. */
async function revealOf(attempt: AttemptRecord, learnerId: string, now: Date, db?: DbClient): Promise<Reveal> {
  if (!attempt.assignmentId) return { shown: true };
  const assignment = await assignmentOfAttempt(attempt.assignmentId, db);
  if (!assignment || assignment.reveal === "question") return { shown: true };
  const attempts = await attemptsAt(learnerId, assignment.id, db);
  if (answersShown(assignment, attempt, attempts.length, now)) return { shown: true };
  return { shown: false, rule: assignment.reveal, at: answersShownAt(assignment) };
}

/** What the quiz page needs: the questions without their answers, and what to show of those already answered. */
export function runnerView({ attempt, questions, answers, reveal }: LoadedAttempt): {
  questions: AskedQuestion[];
  answered: AnswerFeedback[];
} {
  const byId = new Map(questions.map((q, index) => [q.id, { q, ref: questionRef(index) }]));
  return {
    questions: questions.map(asked),
    answered: answers.flatMap((a) => {
      const found = byId.get(a.questionId);
      if (!found) return [];
      const { q, ref } = found;
      return [reveal.shown ? feedbackFor(q, ref, a, attempt.spec.lang) : withheldFor(q, ref, a)];
    }),
  };
}

/** The results, or null while the assignment's rule keeps them from the learner. */
export function resultsOf({ attempt, questions, answers, reveal }: LoadedAttempt): QuizResults | null {
  return reveal.shown ? summarize(questions, answers, attempt.spec.lang) : null;
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
  // Which ones were missed is itself part of the answers an assignment may be keeping back.
  if (!loaded.reveal.shown) return { ok: false, message: "quiz.answersNotYet" };
  const missed = loaded.answers.filter((a) => !a.correct).map((a) => a.questionId);
  if (missed.length === 0) return { ok: false, message: "quiz.nothingToRetry" };
  return startAttempt(learnerId, { ...loaded.attempt.spec, only: missed }, loaded.attempt.id, db);
}

/**
 * Refusals carry message keys (the route handler says them in the request's language); a retype hint comes in both
 * languages. Feedback is in the quiz's language, like its questions.
 */
export type SubmitResult =
  | { status: 200; feedback: AnswerFeedback; duplicate: boolean; finished: boolean }
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
  const found = questionByRef(questions, body.questionId);
  if (!found) return { status: 400, error: "quiz.questionNotInQuiz" };
  const { question } = found;
  const ref = questionRef(found.index);

  // An assignment's attempt takes answers until its time limit, the due date or the teacher's closing, whichever
  // comes first, and only from a student still in the class.
  const rules = attempt.rules;
  if (rules && !rules.member) return { status: 403, error: "quiz.leftTheClass" };
  if (rules && now.getTime() >= attemptDeadline(rules, attempt).getTime()) {
    const closed = now.getTime() >= closesAt(rules).getTime();
    const error = !closed ? "quiz.attemptTimeUp" : rules.closedAt ? "quiz.closedEarly" : "quiz.pastDue";
    return { status: 403, error };
  }

  const finished = (answered: number) => answered >= questions.length;
  // Only "after each question" shows the verdict as answers arrive; the other rules show it on the results page,
  // once the attempt (or the last attempt, or the assignment) is over.
  const shownAsAnswered = !rules || rules.reveal === "question";
  const verdict = judge(question, body.response, attempt.spec.lang);
  if (verdict.kind !== "answered") {
    // An answer already recorded stands, whatever a repeat of it says.
    const answers = await attemptAnswers(attempt.id, db);
    const already = answers.find((a) => a.questionId === question.id);
    if (already) {
      const feedback = shownAsAnswered
        ? feedbackFor(question, ref, already, attempt.spec.lang)
        : withheldFor(question, ref, already);
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
    feedback: shownAsAnswered
      ? feedbackFor(question, ref, saved.answer, attempt.spec.lang)
      : withheldFor(question, ref, saved.answer),
    duplicate: saved.duplicate,
    finished: finished(saved.answered),
  };
}
