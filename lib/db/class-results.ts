// What a teacher reads about a whole class: every student against every assignment, and one student's attempts. The
// callers check first that the class is the teacher's (lib/auth/access.ts, classForTeacher).
import { type AssignmentAttempt, type AssignmentRecord, assignmentsOfClass } from "./assignments";
import { type DbClient, database } from "./client";

export type ClassStudent = { userId: string; name: string; email: string; learnerId: string | null };

export type ClassGridRows = {
  assignments: AssignmentRecord[];
  students: ClassStudent[];
  /** Every attempt at the class's assignments, by learner id, then assignment id; oldest first. */
  attempts: Map<string, Map<string, AssignmentAttempt[]>>;
};

const studentOf = (m: { userId: string; user: { name: string; email: string; learner: { id: string } | null } }) => ({
  userId: m.userId,
  name: m.user.name,
  email: m.user.email,
  learnerId: m.user.learner?.id ?? null,
});

const memberInclude = { user: { select: { name: true, email: true, learner: { select: { id: true } } } } } as const;

/** The class's members, in the order they joined. */
export async function classStudents(classId: string, client?: DbClient): Promise<ClassStudent[]> {
  const db = client ?? (await database());
  const members = await db.membership.findMany({
    where: { classId },
    include: memberInclude,
    orderBy: { joinedAt: "asc" },
  });
  return members.map(studentOf);
}

/** One member of the class; null for anyone who is not (or no longer) in it. */
export async function classStudent(classId: string, userId: string, client?: DbClient): Promise<ClassStudent | null> {
  const db = client ?? (await database());
  const member = await db.membership.findUnique({
    where: { classId_userId: { classId, userId } },
    include: memberInclude,
  });
  return member ? studentOf(member) : null;
}

/** Everything the class-at-a-glance grid needs, in three reads whatever the class's size. */
export async function classGridRows(classId: string, client?: DbClient): Promise<ClassGridRows> {
  const db = client ?? (await database());
  const [assignments, students, rows] = await Promise.all([
    assignmentsOfClass(classId, db),
    classStudents(classId, db),
    db.attempt.findMany({
      where: { assignment: { classId } },
      orderBy: { startedAt: "asc" },
      select: {
        id: true,
        learnerId: true,
        assignmentId: true,
        startedAt: true,
        finishedAt: true,
        answers: { select: { correct: true } },
      },
    }),
  ]);
  const attempts = new Map<string, Map<string, AssignmentAttempt[]>>();
  for (const row of rows) {
    if (!row.assignmentId) continue;
    const byAssignment = attempts.get(row.learnerId) ?? new Map<string, AssignmentAttempt[]>();
    attempts.set(row.learnerId, byAssignment);
    const list = byAssignment.get(row.assignmentId) ?? [];
    byAssignment.set(row.assignmentId, list);
    list.push({
      id: row.id,
      startedAt: row.startedAt,
      finishedAt: row.finishedAt,
      answered: row.answers.length,
      correct: row.answers.filter((a) => a.correct).length,
    });
  }
  return { assignments, students, attempts };
}
