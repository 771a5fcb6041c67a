// The rules of an assignment, as pure functions of its settings, the student's attempts and `now`.
import type { KeyIn } from "@/lib/i18n/translate";

/** When students see the right answers of an assignment's questions. */
export const REVEALS = ["question", "attempt", "last-attempt", "due"] as const;
export type Reveal = (typeof REVEALS)[number];

/** How the interface names each reveal rule: a `classes` message key. */
export const REVEAL_TEXT: Record<Reveal, KeyIn<"classes">> = {
  question: "revealQuestion",
  attempt: "revealAttempt",
  "last-attempt": "revealLastAttempt",
  due: "revealDue",
};

export type AssignmentRules = {
  perStudentSeed: boolean;
  /** Every attempt gets the first attempt's questions; otherwise each gets fresh ones. */
  sameQuestions: boolean;
  reveal: Reveal;
  opensAt: Date;
  dueAt: Date;
  /** When the teacher closed it before its due date, if they did. */
  closedAt: Date | null;
  timeLimitS: number | null;
  maxAttempts: number;
};

export type AttemptTimes = { startedAt: Date; finishedAt: Date | null };

/** Where a student stands. These words are also the grades CSV's machine-readable status column. */
export type AssignmentStatus = "upcoming" | "not started" | "in progress" | "submitted" | "late";

/** How the interface names each status: a `classes` message key. */
export const STATUS_TEXT: Record<AssignmentStatus, KeyIn<"classes">> = {
  upcoming: "statusUpcoming",
  "not started": "statusNotStarted",
  "in progress": "statusInProgress",
  submitted: "statusSubmitted",
  late: "statusLate",
};

/**
 * What an attempt's secret key is derived from, beside the assignment's own key: the student, when each gets their
 * own questions, and the attempt's number, when each attempt gets fresh ones. Two attempts with the same label get
 * the same questions.
 */
export function attemptKeyLabel(
  rules: Pick<AssignmentRules, "perStudentSeed" | "sameQuestions">,
  userId: string,
  number: number,
): string {
  return `${rules.perStudentSeed ? `student:${userId}` : "class"}|${rules.sameQuestions ? "attempt:1" : `attempt:${number}`}`;
}

/** When the assignment stops taking answers: its due date, or the moment the teacher closed it. */
export function closesAt(rules: Pick<AssignmentRules, "dueAt" | "closedAt">): Date {
  return rules.closedAt && rules.closedAt.getTime() < rules.dueAt.getTime() ? rules.closedAt : rules.dueAt;
}

/** When an attempt stops taking answers: the assignment's close, or its time limit if that comes first. */
export function attemptDeadline(
  rules: Pick<AssignmentRules, "dueAt" | "closedAt" | "timeLimitS">,
  attempt: Pick<AttemptTimes, "startedAt">,
): Date {
  const close = closesAt(rules);
  if (rules.timeLimitS === null) return close;
  const limit = attempt.startedAt.getTime() + rules.timeLimitS * 1000;
  return new Date(Math.min(limit, close.getTime()));
}

/** An attempt is over once its last question is answered or its deadline has passed. */
function attemptOver(
  rules: Pick<AssignmentRules, "dueAt" | "closedAt" | "timeLimitS">,
  attempt: AttemptTimes,
  now: Date,
): boolean {
  return attempt.finishedAt !== null || now.getTime() >= attemptDeadline(rules, attempt).getTime();
}

/**
 * Whether a student may see the right answers (and their marks) of attempt `number` now, under the assignment's
 * reveal rule. `attempts` are all of the student's attempts at it, this one included.
 */
export function answersShown(
  rules: Pick<AssignmentRules, "reveal" | "dueAt" | "closedAt" | "timeLimitS" | "maxAttempts">,
  attempt: AttemptTimes,
  attempts: number,
  now: Date,
): boolean {
  const closed = now.getTime() >= closesAt(rules).getTime();
  switch (rules.reveal) {
    case "question":
      return true;
    case "attempt":
      return attemptOver(rules, attempt, now);
    case "last-attempt":
      return attemptOver(rules, attempt, now) && (attempts >= rules.maxAttempts || closed);
    case "due":
      return closed;
  }
}

/** When the answers of an attempt will be shown, if the moment is known already (after the due date, say). */
export function answersShownAt(rules: Pick<AssignmentRules, "reveal" | "dueAt" | "closedAt">): Date | null {
  return rules.reveal === "due" ? closesAt(rules) : null;
}

/** Where a student stands: not open yet, not started, in progress, submitted, or late (due and never submitted). */
export function assignmentStatus(
  rules: AssignmentRules,
  attempts: readonly AttemptTimes[],
  now: Date,
): AssignmentStatus {
  if (attempts.some((a) => a.finishedAt !== null)) return "submitted";
  const open = attempts.find((a) => now.getTime() < attemptDeadline(rules, a).getTime());
  if (open) return "in progress";
  if (now.getTime() >= closesAt(rules).getTime()) return "late";
  if (now.getTime() < rules.opensAt.getTime()) return "upcoming";
  return "not started";
}

export type StartRefusal = "not open yet" | "past due" | "closed" | "no attempts left" | "in progress";

/** Whether a student may start a new attempt now, and if not why. */
export function startRefusal(
  rules: AssignmentRules,
  attempts: readonly AttemptTimes[],
  now: Date,
): StartRefusal | null {
  if (now.getTime() < rules.opensAt.getTime()) return "not open yet";
  if (now.getTime() >= rules.dueAt.getTime()) return "past due";
  if (rules.closedAt && now.getTime() >= rules.closedAt.getTime()) return "closed";
  if (attempts.some((a) => a.finishedAt === null && now.getTime() < attemptDeadline(rules, a).getTime())) {
    return "in progress";
  }
  if (attempts.length >= rules.maxAttempts) return "no attempts left";
  return null;
}
