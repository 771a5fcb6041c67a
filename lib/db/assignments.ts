// Assignments: set by the teacher of a class, seen and taken by its members. Every read is scoped to the caller.
import { type AssignmentRules, type AttemptTimes, REVEALS } from "@/lib/classes/rules/assignment";
import type { Assignment as AssignmentRow } from "@/lib/generated/prisma/client";
import type { QuizSpec } from "@/lib/quiz/attempt";
import { isLevel } from "@/lib/tcp/curriculum";
import { toAttempt } from "./attempts";
import { type DbClient, database } from "./client";
import type { AttemptRecord } from "./types";

export type AssignmentRecord = AssignmentRules & {
  id: string;
  classId: string;
  className: string;
  title: string;
  /** What every attempt's quiz shares; each attempt's seed key is derived from `seedKey` (lib/classes/assignments.ts). */
  spec: Omit<QuizSpec, "seed" | "seedKey" | "only">;
  /** The assignment's secret: never leaves the server. */
  seedKey: string;
};

export type AssignmentInput = Omit<AssignmentRecord, "id" | "classId" | "className" | "closedAt">;

function toRecord(row: AssignmentRow & { class: { name: string } }): AssignmentRecord {
  return {
    id: row.id,
    classId: row.classId,
    className: row.class.name,
    title: row.title,
    spec: {
      generator: row.generator,
      count: row.count,
      level: isLevel(row.level) ? row.level : null,
      focus: row.focus as QuizSpec["focus"],
      lang: row.lang === "zh" ? "zh" : "en",
    },
    seedKey: row.seedKey,
    perStudentSeed: row.perStudentSeed,
    sameQuestions: row.sameQuestions,
    reveal: REVEALS.find((r) => r === row.reveal) ?? "question",
    opensAt: row.opensAt,
    dueAt: row.dueAt,
    closedAt: row.closedAt,
    timeLimitS: row.timeLimitS,
    maxAttempts: row.maxAttempts,
  };
}

/** Sets an assignment for a class the teacher teaches; null (nothing written) if the class is not theirs. */
export async function createAssignment(
  teacherId: string,
  classId: string,
  input: AssignmentInput,
  client?: DbClient,
): Promise<{ id: string } | null> {
  const db = client ?? (await database());
  const owned = await db.class.findFirst({ where: { id: classId, teacherId }, select: { id: true } });
  if (!owned) return null;
  return db.assignment.create({
    data: {
      classId,
      title: input.title,
      focus: input.spec.focus,
      level: input.spec.level,
      count: input.spec.count,
      lang: input.spec.lang,
      generator: input.spec.generator,
      seedKey: input.seedKey,
      perStudentSeed: input.perStudentSeed,
      sameQuestions: input.sameQuestions,
      reveal: input.reveal,
      opensAt: input.opensAt,
      dueAt: input.dueAt,
      timeLimitS: input.timeLimitS,
      maxAttempts: input.maxAttempts,
    },
    select: { id: true },
  });
}

/** The class's assignments, soonest due first. Callers check first that the class is the caller's. */
export async function assignmentsOfClass(classId: string, client?: DbClient): Promise<AssignmentRecord[]> {
  const db = client ?? (await database());
  const rows = await db.assignment.findMany({
    where: { classId },
    orderBy: { dueAt: "asc" },
    include: { class: true },
  });
  return rows.map(toRecord);
}

/** The assignment if the user is a member of its class; null otherwise. */
export async function assignmentForMember(userId: string, id: string, client?: DbClient) {
  const db = client ?? (await database());
  const row = await db.assignment.findFirst({
    where: { id, class: { members: { some: { userId } } } },
    include: { class: true },
  });
  return row ? toRecord(row) : null;
}

/**
 * The assignment an attempt was taken for, whoever asks: for the attempt's own learner, who may have left the class
 * since (the rules of what they took still apply to it). Callers check first that the attempt is the caller's.
 */
export async function assignmentOfAttempt(assignmentId: string, client?: DbClient) {
  const db = client ?? (await database());
  const row = await db.assignment.findUnique({ where: { id: assignmentId }, include: { class: true } });
  return row ? toRecord(row) : null;
}

/** The assignment if the user teaches its class; null otherwise. */
export async function assignmentForTeacher(teacherId: string, id: string, client?: DbClient) {
  const db = client ?? (await database());
  const row = await db.assignment.findFirst({ where: { id, class: { teacherId } }, include: { class: true } });
  return row ? toRecord(row) : null;
}

/**
 * The learner's attempts at assignments that may keep the right answers back (any rule but "after each question"),
 * each with its assignment and how many attempts the learner has made at it: what says whether they are shown yet.
 */
export async function attemptsUnderRevealRules(
  learnerId: string,
  client?: DbClient,
): Promise<{ attempt: AttemptRecord; assignment: AssignmentRecord; attempts: number }[]> {
  const db = client ?? (await database());
  const rows = await db.attempt.findMany({
    where: { learnerId, assignment: { reveal: { not: "question" } } },
    include: { assignment: { include: { class: true, _count: { select: { attempts: { where: { learnerId } } } } } } },
  });
  return rows.flatMap((row) =>
    row.assignment
      ? [{ attempt: toAttempt(row), assignment: toRecord(row.assignment), attempts: row.assignment._count.attempts }]
      : [],
  );
}

export type AssignmentAttempt = AttemptTimes & { id: string; answered: number; correct: number };

/** One learner's attempts at an assignment, oldest first. */
export async function attemptsAt(
  learnerId: string,
  assignmentId: string,
  client?: DbClient,
): Promise<AssignmentAttempt[]> {
  const db = client ?? (await database());
  const rows = await db.attempt.findMany({
    where: { learnerId, assignmentId },
    orderBy: { startedAt: "asc" },
    include: { answers: { select: { correct: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    startedAt: r.startedAt,
    finishedAt: r.finishedAt,
    answered: r.answers.length,
    correct: r.answers.filter((a) => a.correct).length,
  }));
}

export type ClassResults = {
  /** Names need not be unique (four students may be called 小明); the email is. */
  students: { userId: string; name: string; email: string; attempts: AssignmentAttempt[] }[];
  answers: { questionId: string; basisKey: string | null; response: string; correct: boolean }[];
};

/** Everything the teacher's results page needs: each member's attempts, and every answer given. */
export async function assignmentResults(
  assignmentId: string,
  classId: string,
  client?: DbClient,
): Promise<ClassResults> {
  const db = client ?? (await database());
  const members = await db.membership.findMany({
    where: { classId },
    include: { user: { select: { name: true, email: true, learner: { select: { id: true } } } } },
    orderBy: { joinedAt: "asc" },
  });
  const students = await Promise.all(
    members.map(async (m) => ({
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      attempts: m.user.learner ? await attemptsAt(m.user.learner.id, assignmentId, db) : [],
    })),
  );
  const answers = await db.answer.findMany({
    where: { attempt: { assignmentId } },
    select: { questionId: true, basisKey: true, response: true, correct: true },
  });
  return { students, answers };
}
