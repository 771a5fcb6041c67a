// Taking an assignment: a member starts an attempt if its rules allow, with the seed the rules give them.
import { type StartRefusal, seedFor, startRefusal } from "@/lib/classes/assignment";
import { assignmentForMember, attemptsAt, createAttempt, type DbClient } from "@/lib/db";
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
  // Checking the attempts so far and creating the next one happen one start at a time per student and assignment,
  // so two "Start" presses at once cannot both pass the check (this server's starts; see README for several).
  return oneAtATime(`${learnerId}|${assignment.id}`, async (): Promise<StartAssignmentResult> => {
    const refusal = startRefusal(assignment, await attemptsAt(learnerId, assignment.id, db), now);
    if (refusal) return { ok: false, status: 409, error: START_REFUSAL[refusal] };
    const spec = { ...assignment.spec, seed: seedFor(assignment, user.id), only: null };
    const attempt = await createAttempt(learnerId, spec, null, db, assignment.id);
    return { ok: true, attemptId: attempt.id };
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
