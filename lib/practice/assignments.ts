// Taking an assignment: a member starts an attempt if its rules allow, with the seed the rules give them.
import { type StartRefusal, seedFor, startRefusal } from "@/lib/classes/assignment";
import { assignmentForMember, attemptsAt, createAssignmentAttempt, type DbClient } from "@/lib/db";
import type { MsgKey } from "@/lib/i18n/translate";

export type StartAssignmentResult = { ok: true; attemptId: string } | { ok: false; status: 404 | 409; error: MsgKey };

export const START_REFUSAL: Record<StartRefusal, MsgKey> = {
  "not open yet": "classes.notOpenYet",
  "past due": "classes.pastDue",
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
  const spec = { ...assignment.spec, seed: seedFor(assignment, user.id), only: null };
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
      const attempt = await createAssignmentAttempt(learnerId, spec, assignment.id, attempts.length + 1, db);
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
