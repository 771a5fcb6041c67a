// The rules of an assignment, as pure functions of its settings, the student's attempts and `now`.
import type { KeyIn } from "@/lib/i18n/translate";

export type AssignmentRules = {
  seed: number;
  perStudentSeed: boolean;
  opensAt: Date;
  dueAt: Date;
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

const MAX_SEED = 2 ** 31 - 1;

/** The seed a student's quiz is generated from: the assignment's, or one derived from it for this student (FNV-1a). */
export function seedFor(rules: Pick<AssignmentRules, "seed" | "perStudentSeed">, userId: string): number {
  if (!rules.perStudentSeed) return rules.seed;
  let hash = 0x811c9dc5 ^ rules.seed;
  for (const ch of userId) {
    hash ^= ch.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % MAX_SEED;
}

/** When an attempt stops taking answers: the due date, or its time limit if that comes first. */
export function attemptDeadline(rules: Pick<AssignmentRules, "dueAt" | "timeLimitS">, attempt: AttemptTimes): Date {
  if (rules.timeLimitS === null) return rules.dueAt;
  const limit = attempt.startedAt.getTime() + rules.timeLimitS * 1000;
  return new Date(Math.min(limit, rules.dueAt.getTime()));
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
  if (now.getTime() >= rules.dueAt.getTime()) return "late";
  if (now.getTime() < rules.opensAt.getTime()) return "upcoming";
  return "not started";
}

export type StartRefusal = "not open yet" | "past due" | "no attempts left" | "in progress";

/** Whether a student may start a new attempt now, and if not why. */
export function startRefusal(
  rules: AssignmentRules,
  attempts: readonly AttemptTimes[],
  now: Date,
): StartRefusal | null {
  if (now.getTime() < rules.opensAt.getTime()) return "not open yet";
  if (now.getTime() >= rules.dueAt.getTime()) return "past due";
  if (attempts.some((a) => a.finishedAt === null && now.getTime() < attemptDeadline(rules, a).getTime())) {
    return "in progress";
  }
  if (attempts.length >= rules.maxAttempts) return "no attempts left";
  return null;
}
