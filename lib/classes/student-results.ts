// One student's work on an assignment, for their teacher: every attempt, and in each every question with the answer
// given, the right answer and the explanation. A teacher always sees the answers, whatever the assignment's reveal
// rule tells the student.

import { loadAttempt } from "@/lib/attempts/attempts";
import { type AssignmentStatus, assignmentStatus } from "@/lib/classes/rules/assignment";
import { type AssignmentRecord, attemptsAt, type ClassStudent, classStudent, type DbClient } from "@/lib/db";
import { type Feedback, feedbackFor, type Question, questionRef } from "@/lib/quiz";

export type QuestionRow = Pick<Question, "prompt" | "format" | "answer" | "explanation" | "rfc" | "link"> & {
  /** The question's number in its attempt (1, 2, ...). */
  number: number;
  /** What was answered (an order as a list), or null for a question left unanswered. */
  response: Feedback["response"] | null;
  correct: boolean | null;
  /** Why a typed name was wrong ("SYN_SEND is a common misspelling of SYN-SENT"). */
  hint: string | null;
  durationMs: number | null;
};

export type AttemptDetail = {
  id: string;
  number: number;
  startedAt: Date;
  finishedAt: Date | null;
  answered: number;
  correct: number;
  questions: QuestionRow[];
};

export type StudentResults = { student: ClassStudent; status: AssignmentStatus; attempts: AttemptDetail[] };

/** Null when the user is not in the assignment's class (or never was): the page answers 404. */
export async function studentResults(
  a: AssignmentRecord,
  userId: string,
  now: Date,
  db?: DbClient,
): Promise<StudentResults | null> {
  const student = await classStudent(a.classId, userId, db);
  if (!student) return null;
  const learnerId = student.learnerId;
  const attempts = learnerId ? await attemptsAt(learnerId, a.id, db) : [];
  const details = await Promise.all(
    attempts.map(async (attempt, index): Promise<AttemptDetail | null> => {
      const loaded = learnerId ? await loadAttempt(learnerId, attempt.id, db, now) : null;
      if (!loaded) return null;
      const byId = new Map(loaded.answers.map((x) => [x.questionId, x]));
      return {
        id: attempt.id,
        number: index + 1,
        startedAt: attempt.startedAt,
        finishedAt: attempt.finishedAt,
        answered: attempt.answered,
        correct: attempt.correct,
        questions: loaded.questions.map((q, i) => {
          const recorded = byId.get(q.id);
          const feedback = recorded ? feedbackFor(q, questionRef(i), recorded, loaded.attempt.spec.lang) : null;
          const { prompt, format, answer, explanation, rfc, link } = q;
          return {
            number: i + 1,
            ...{ prompt, format, answer, explanation, rfc, link },
            response: feedback?.response ?? null,
            correct: feedback?.correct ?? null,
            hint: feedback?.hint ?? null,
            durationMs: recorded?.durationMs ?? null,
          };
        }),
      };
    }),
  );
  return {
    student,
    status: assignmentStatus(a, attempts, now),
    attempts: details.filter((d): d is AttemptDetail => d !== null),
  };
}
