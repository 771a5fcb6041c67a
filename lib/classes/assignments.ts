// Taking an assignment: a member starts an attempt if its rules allow, with questions drawn from a key only the
// server knows.
import { createHmac, randomBytes } from "node:crypto";
import { attemptKeyLabel, type StartRefusal, startRefusal } from "@/lib/classes/rules/assignment";
import {
  type AssignmentRecord,
  assignmentForMember,
  attemptsAt,
  createAssignmentAttempt,
  type DbClient,
  type QuizSpec,
} from "@/lib/db";
import type { MsgKey } from "@/lib/i18n/translate";
import { FIRST_KEYED_VERSION } from "@/lib/versions";

/** A new assignment's secret: 16 random bytes as 32 hex digits, the form keyedRng takes. */
export function newAssignmentKey(): string {
  return randomBytes(16).toString("hex");
}

/**
 * The quiz of attempt `number` by this student: its key is an HMAC of the assignment's secret key, so it can be
 * worked out again on any server but by no one without that key, and no public seed gives the same questions.
 * Assignments set before secret keys (generator version 1) make their new attempts with the first version that has
 * them.
 */
export function attemptSpec(
  a: Pick<AssignmentRecord, "spec" | "seedKey" | "perStudentSeed" | "sameQuestions">,
  userId: string,
  number: number,
): QuizSpec {
  const seedKey = createHmac("sha256", a.seedKey)
    .update(attemptKeyLabel(a, userId, number))
    .digest("hex");
  return {
    ...a.spec,
    generator: Math.max(a.spec.generator, FIRST_KEYED_VERSION),
    seed: 0,
    seedKey: seedKey.slice(0, 32),
    only: null,
  };
}

/**
 * The quiz the teacher sees for the assignment (exports, the per-question table): what every student gets for
 * their first attempt when the assignment has one quiz for everyone; a sample of the same kind otherwise.
 */
export function teacherSpec(a: Pick<AssignmentRecord, "spec" | "seedKey" | "perStudentSeed" | "sameQuestions">) {
  return attemptSpec({ ...a, perStudentSeed: false }, "", 1);
}

export type StartAssignmentResult = { ok: true; attemptId: string } | { ok: false; status: 404 | 409; error: MsgKey };

export const START_REFUSAL: Record<StartRefusal, MsgKey> = {
  "not open yet": "classes.notOpenYet",
  "past due": "classes.pastDue",
  closed: "classes.closedEarly",
  "no attempts left": "classes.noAttemptsLeft",
  "in progress": "classes.attemptRunning",
};

export async function startAssignment(
  user: { id: string },
  learnerId: string,
  assignmentId: string,
  now: Date,
  db?: DbClient,
): Promise<StartAssignmentResult> {
  const assignment = await assignmentForMember(user.id, assignmentId, db);
  if (!assignment) return { ok: false, status: 404, error: "classes.noSuchAssignment" };
  // The database is what keeps two starts from both passing the attempt limit: each claims the next attempt number,
  // and the unique index on (assignment, learner, number) lets one claim each number, whichever app server the
  // starts came through. Queueing this server's own starts as well spares a press the losing write.
  return oneAtATime(`${learnerId}|${assignment.id}`, async (): Promise<StartAssignmentResult> => {
    // Numbers run 1, 2, ... without gaps, so a lost claim means another start wrote an attempt after this one read
    // them: read again, and answer as the later of two presses is answered ("in progress", or "no attempts left").
    // Every lost claim is one more attempt, so the limit ends this within maxAttempts rounds.
    for (;;) {
      const attempts = await attemptsAt(learnerId, assignment.id, db);
      const refusal = startRefusal(assignment, attempts, now);
      if (refusal) return { ok: false, status: 409, error: START_REFUSAL[refusal] };
      const number = attempts.length + 1;
      const spec = attemptSpec(assignment, user.id, number);
      const attempt = await createAssignmentAttempt(learnerId, spec, assignment.id, number, db);
      if (attempt) return { ok: true, attemptId: attempt.id };
    }
  });
}

const running = new Map<string, Promise<unknown>>();

/** Runs `work` after any earlier work with the same key has finished (a per-key queue in this process). */
async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = running.get(key) ?? Promise.resolve();
  const mine = before.then(work, work);
  const settled = mine.catch(() => undefined);
  running.set(key, settled);
  try {
    return await mine;
  } finally {
    if (running.get(key) === settled) running.delete(key);
  }
}
