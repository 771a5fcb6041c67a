// The teacher's view of an assignment: a row per student and item analysis, computed from what was recorded.
import { type AssignmentStatus, assignmentStatus } from "@/lib/classes/rules/assignment";
import { bestAttempt, type ClassArc, classArcs, type Item, itemAnalysis } from "@/lib/classes/rules/results";
import { type AssignmentRecord, assignmentResults, type DbClient } from "@/lib/db";
import { type BasisLabel, basisKeyView, quizQuestions } from "@/lib/quiz";
import { teacherSpec } from "./assignments";

export type StudentRow = {
  userId: string;
  name: string;
  email: string;
  status: AssignmentStatus;
  score: number | null;
  seconds: number | null;
  attempts: number;
};

export type TeacherResults = {
  students: StudentRow[];
  /** Prompts are in the assignment's question language (`spec.lang`). */
  byQuestion: (Item & { prompt: string })[] | null;
  byTransition: (Item & { label: BasisLabel; href: string })[];
  /** Figure 5's arcs with how the class answered the questions about each. */
  arcs: ClassArc[];
};

/**
 * Whether every attempt at the assignment has the same questions: one quiz for the class, and either the same
 * questions each attempt or a single attempt each (attempt 1 is the same for everyone).
 */
export function everyoneSameQuiz(a: Pick<AssignmentRecord, "perStudentSeed" | "sameQuestions" | "maxAttempts">) {
  return !a.perStudentSeed && (a.sameQuestions || a.maxAttempts === 1);
}

export async function teacherResults(a: AssignmentRecord, now: Date, db?: DbClient): Promise<TeacherResults> {
  const { students, answers } = await assignmentResults(a.id, a.classId, db);
  const rows = students.map((s) => {
    const best = bestAttempt(s.attempts);
    return {
      userId: s.userId,
      name: s.name,
      email: s.email,
      status: assignmentStatus(a, s.attempts, now),
      score: best ? best.correct : null,
      seconds: best?.finishedAt ? Math.round((best.finishedAt.getTime() - best.startedAt.getTime()) / 1000) : null,
      attempts: s.attempts.length,
    };
  });
  // With one quiz for everyone, every attempt, the questions can be listed; otherwise students and attempts share
  // only transitions and steps.
  const prompts = everyoneSameQuiz(a) ? new Map(quizQuestions(teacherSpec(a)).map((q) => [q.id, q.prompt])) : null;
  const byQuestion = prompts
    ? itemAnalysis(answers.map((x) => ({ key: x.questionId, response: x.response, correct: x.correct }))).map((i) => ({
        ...i,
        prompt: prompts.get(i.key) ?? i.key,
      }))
    : null;
  const items = itemAnalysis(
    answers.flatMap((x) => (x.basisKey ? [{ key: x.basisKey, response: x.response, correct: x.correct }] : [])),
  );
  return {
    students: rows,
    byQuestion,
    byTransition: items.map((i) => ({ ...i, ...basisKeyView(i.key) })),
    arcs: classArcs(items.map((i) => ({ basisKey: i.key, total: i.total, wrong: i.wrong }))),
  };
}
