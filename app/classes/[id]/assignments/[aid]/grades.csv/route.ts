import { currentCaller } from "@/lib/auth/current-learner";
import { assignmentForTeacher } from "@/lib/db";
import { csvTable } from "@/lib/http/csv";
import { teacherResults } from "@/lib/practice/assignment-results";

const notFound = () =>
  new Response("No such assignment among the classes you teach.\n", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });

/** GET …/grades.csv: one row per student, for the teacher of the class only. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; aid: string }> }) {
  const [{ id, aid }, caller] = await Promise.all([params, currentCaller()]);
  if (!caller?.user || aid.length > 40) return notFound();
  const a = await assignmentForTeacher(caller.user.id, aid);
  if (!a || a.classId !== id) return notFound();
  const { students } = await teacherResults(a, new Date());
  const csv = csvTable(
    ["student", "status", "score", "out_of", "seconds", "attempts"],
    students.map((s) => [s.name, s.status, s.score, a.spec.count, s.seconds, s.attempts]),
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="grades-${a.id}.csv"`,
      "cache-control": "no-store",
    },
  });
}
