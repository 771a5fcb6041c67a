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
