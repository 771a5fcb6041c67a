// A class at a glance, for its teacher: every student against every assignment, with the best score and where each
// stands, and how the class has done on each arc of Figure 5 across all its assignments.
import { type AssignmentStatus, assignmentStatus } from "@/lib/classes/rules/assignment";
import { bestAttempt, type ClassArc, classArcs } from "@/lib/classes/rules/results";
import { type AssignmentRecord, classGridRows, classTallies, type DbClient } from "@/lib/db";

export type GridCell = {
  assignmentId: string;
  status: AssignmentStatus;
  /** Right answers in the best finished attempt, out of the assignment's `spec.count`; null before one is finished. */
  best: number | null;
  attempts: number;
};

export type ClassGrid = {
  assignments: AssignmentRecord[];
  students: { userId: string; name: string; email: string; cells: GridCell[] }[];
  arcs: ClassArc[];
};

export async function classGrid(classId: string, now: Date, db?: DbClient): Promise<ClassGrid> {
  const [{ assignments, students, attempts }, tallies] = await Promise.all([
    classGridRows(classId, db),
    classTallies(classId, db),
  ]);
  return {
    assignments,
    students: students.map((s) => ({
      userId: s.userId,
      name: s.name,
      email: s.email,
      cells: assignments.map((a) => {
        const mine = (s.learnerId && attempts.get(s.learnerId)?.get(a.id)) || [];
        return {
          assignmentId: a.id,
          status: assignmentStatus(a, mine, now),
          best: bestAttempt(mine)?.correct ?? null,
          attempts: mine.length,
        };
      }),
    })),
    arcs: classArcs(tallies),
  };
}
