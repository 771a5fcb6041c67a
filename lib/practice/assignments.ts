// Taking an assignment: a member starts an attempt if its rules allow, with the seed the rules give them.
import { seedFor, startRefusal } from "@/lib/classes/assignment";
import { assignmentForMember, attemptsAt, createAttempt, type DbClient } from "@/lib/db";

export type StartAssignmentResult = { ok: true; attemptId: string } | { ok: false; status: 404 | 409; error: string };

const REFUSAL = {
  "not open yet": "This assignment is not open yet.",
  "past due": "This assignment is past its due date.",
  "no attempts left": "You have used every attempt this assignment allows.",
  "in progress": "You already have an attempt running: go on with it.",
} as const;

export async function startAssignment(
  user: { id: string },
  learnerId: string,
  assignmentId: string,
  now: Date,
  db?: DbClient,
): Promise<StartAssignmentResult> {
  const assignment = await assignmentForMember(user.id, assignmentId, db);
  if (!assignment) return { ok: false, status: 404, error: "There is no such assignment in your classes." };
  const refusal = startRefusal(assignment, await attemptsAt(learnerId, assignment.id, db), now);
  if (refusal) return { ok: false, status: 409, error: REFUSAL[refusal] };
  const spec = { ...assignment.spec, seed: seedFor(assignment, user.id), only: null };
  const attempt = await createAttempt(learnerId, spec, null, db, assignment.id);
  return { ok: true, attemptId: attempt.id };
}
