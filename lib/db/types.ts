import type { QuizSpec } from "@/lib/quiz/attempt";

export type { QuizSpec };
/** A learner as the app sees it: a guest bound to this browser, or (later) an account. */
export type Learner = {
  id: string;
  kind: "guest" | "account";
  createdAt: Date;
  /** Short, stable label shown in the header, e.g. "Guest 7K2QXA". */
  label: string;
};

/** What a learner answered to one question; appended to the answer log. */
export type AnswerInput = {
  learnerId: string;
  questionId: string;
  questionType: string;
  source: "quiz" | "flashcard" | "assignment" | "interview";
  response: string;
  correct: boolean;
  durationMs?: number;
};

/** One answer inside a quiz attempt. */
export type AttemptAnswerInput = Omit<AnswerInput, "source"> & {
  attemptId: string;
  basisKey: string;
  source?: AnswerInput["source"];
};

/** A quiz attempt: who took it, and the spec that regenerates its questions. */
export type AttemptRecord = {
  id: string;
  learnerId: string;
  source: string;
  spec: QuizSpec;
  retryOfId: string | null;
  /** Set for an attempt at a teacher's assignment, whose deadlines bind it. */
  assignmentId: string | null;
  startedAt: Date;
  finishedAt: Date | null;
};

export type AttemptSummary = AttemptRecord & { answered: number; correct: number };
