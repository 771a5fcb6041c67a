// What a teacher changes about an assignment once it is set: its settings (all of them before anyone has started it,
// only its dates and time limit after), closing it early, and deleting it. Every write is scoped to the teacher of its
// class: an assignment that is not theirs reads as one that does not exist.
import type { AssignmentInput } from "./assignments";
import { type DbClient, database } from "./client";

/** What can change before any student has started: everything the form sets (the key and generator stay). */
export type AssignmentSettings = Omit<AssignmentInput, "seedKey" | "spec"> & {
  spec: Omit<AssignmentInput["spec"], "generator">;
};

/** What can still change once a student has started: the dates and the time limit. */
export type AssignmentTimes = Pick<AssignmentInput, "opensAt" | "dueAt" | "timeLimitS">;

/** What deleting an assignment deletes with it. */
export type AssignmentFootprint = { attempts: number; students: number; answers: number };

const owned = (teacherId: string, id: string) => ({ id, class: { teacherId } });

/** How many attempts, students who made them and answers the assignment has: what a delete would take with it. */
export async function assignmentFootprint(id: string, client?: DbClient): Promise<AssignmentFootprint> {
  const db = client ?? (await database());
  const [attempts, students, answers] = await Promise.all([
    db.attempt.count({ where: { assignmentId: id } }),
    db.attempt.groupBy({ by: ["learnerId"], where: { assignmentId: id } }),
    db.answer.count({ where: { attempt: { assignmentId: id } } }),
  ]);
  return { attempts, students: students.length, answers };
}

export type SettingsChange = "changed" | "started" | "not-yours";

/**
 * Replaces every setting of an assignment nobody has started. The check and the write are one statement, so a
 * student who starts it at the same moment leaves it unchanged ("started"), never half changed.
 */
export async function changeAssignment(
  teacherId: string,
  id: string,
  settings: AssignmentSettings,
  client?: DbClient,
): Promise<SettingsChange> {
  const db = client ?? (await database());
  const { count } = await db.assignment.updateMany({
    where: { ...owned(teacherId, id), attempts: { none: {} } },
    data: {
      title: settings.title,
      focus: settings.spec.focus,
      level: settings.spec.level,
      count: settings.spec.count,
      lang: settings.spec.lang,
      perStudentSeed: settings.perStudentSeed,
      sameQuestions: settings.sameQuestions,
      reveal: settings.reveal,
      opensAt: settings.opensAt,
      dueAt: settings.dueAt,
      timeLimitS: settings.timeLimitS,
      maxAttempts: settings.maxAttempts,
    },
  });
  if (count > 0) return "changed";
  const exists = await db.assignment.count({ where: owned(teacherId, id) });
  return exists > 0 ? "started" : "not-yours";
}

/** Moves an assignment's dates and time limit, started or not; false if it is not the teacher's. */
export async function changeAssignmentTimes(
  teacherId: string,
  id: string,
  times: AssignmentTimes,
  client?: DbClient,
): Promise<boolean> {
  const db = client ?? (await database());
  const { count } = await db.assignment.updateMany({ where: owned(teacherId, id), data: times });
  return count > 0;
}

/**
 * Closes an assignment now (`at`), before its due date: it takes no more attempts or answers. Closing it again keeps
 * the first close; `null` reopens it. False if it is not the teacher's.
 */
export async function setAssignmentClosed(
  teacherId: string,
  id: string,
  at: Date | null,
  client?: DbClient,
): Promise<boolean> {
  const db = client ?? (await database());
  const where = at ? { ...owned(teacherId, id), closedAt: null } : owned(teacherId, id);
  const { count } = await db.assignment.updateMany({ where, data: { closedAt: at } });
  return count > 0 || (await db.assignment.count({ where: owned(teacherId, id) })) > 0;
}

/** Deletes an assignment with every attempt at it and every answer given in them; false if it is not the teacher's. */
export async function deleteAssignment(teacherId: string, id: string, client?: DbClient): Promise<boolean> {
  const db = client ?? (await database());
  // Attempt and Answer rows go with it (onDelete: Cascade in the schema).
  const { count } = await db.assignment.deleteMany({ where: owned(teacherId, id) });
  return count > 0;
}
