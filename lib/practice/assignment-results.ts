// The teacher's view of an assignment: a row per student and item analysis, computed from what was recorded.
import { type AssignmentStatus, assignmentStatus } from "@/lib/classes/assignment";
import { bestAttempt, type Item, itemAnalysis } from "@/lib/classes/results";
import { type AssignmentRecord, assignmentResults, type DbClient } from "@/lib/db";
import { basisKeyView, quizQuestions } from "@/lib/quiz";
import { SCENARIOS, type Text } from "@/lib/tcp";

export type StudentRow = {
  name: string;
  status: AssignmentStatus;
  score: number | null;
  seconds: number | null;
  attempts: number;
};

/**
 * What a mastery key (lib/quiz `basisKey`) is about, for the page to name in the interface language: a spelling
 * tools print, a scenario's step (its title in both languages), or a transition (RFC notation, the same in both).
 */
export type BasisLabel =
  | { kind: "name"; spelling: string }
  | { kind: "step"; scenario: Text; step: number }
  | { kind: "transition"; notation: string };

export function basisLabel(key: string): BasisLabel {
  if (key.startsWith("name:")) return { kind: "name", spelling: key.slice(5) };
  const step = key.match(/^(.+)#(\d+)$/);
  if (step) {
    const id = step[1] ?? "";
    const title = SCENARIOS.find((s) => s.id === id)?.title ?? { en: id, zh: id };
    return { kind: "step", scenario: title, step: Number(step[2]) };
  }
  const [from, event] = key.split("|");
  return { kind: "transition", notation: `${from} + ${event}` };
}

export type TeacherResults = {
  students: StudentRow[];
  /** Prompts are in the assignment's question language (`spec.lang`). */
  byQuestion: (Item & { prompt: string })[] | null;
  byTransition: (Item & { label: BasisLabel; href: string })[];
};

export async function teacherResults(a: AssignmentRecord, now: Date, db?: DbClient): Promise<TeacherResults> {
  const { students, answers } = await assignmentResults(a.id, a.classId, db);
  const rows = students.map((s) => {
    const best = bestAttempt(s.attempts);
    return {
      name: s.name,
      status: assignmentStatus(a, s.attempts, now),
      score: best ? best.correct : null,
      seconds: best?.finishedAt ? Math.round((best.finishedAt.getTime() - best.startedAt.getTime()) / 1000) : null,
      attempts: s.attempts.length,
    };
  });
  // With one seed everyone had the same questions, so they can be listed; per-student seeds only share transitions.
  const prompts = a.perStudentSeed
    ? null
    : new Map(quizQuestions({ ...a.spec, seed: a.seed, only: null }).map((q) => [q.id, q.prompt]));
  const byQuestion = prompts
    ? itemAnalysis(answers.map((x) => ({ key: x.questionId, response: x.response, correct: x.correct }))).map((i) => ({
        ...i,
        prompt: prompts.get(i.key) ?? i.key,
      }))
    : null;
  const byTransition = itemAnalysis(
    answers.flatMap((x) => (x.basisKey ? [{ key: x.basisKey, response: x.response, correct: x.correct }] : [])),
  ).map((i) => ({ ...i, label: basisLabel(i.key), href: basisKeyView(i.key).href }));
  return { students: rows, byQuestion, byTransition };
}
