import { assignmentOfTeacher } from "@/lib/auth/access";
import { notYours } from "@/lib/classes/assignment-export";
import { teacherResults } from "@/lib/classes/assignment-results";
import { csvTable } from "@/lib/http/csv";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { localeOfRequest } from "@/lib/i18n/server";

/**
 * GET …/grades.csv: one row per student, for the teacher of the class only. Headers and statuses stay English in
 * every interface language: they are for spreadsheets and scripts to read.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string; aid: string }> }) {
  const { id, aid } = await params;
  const a = await assignmentOfTeacher(id, aid);
  if (!a) return notYours(globalTranslatorFor(localeOfRequest(request))("classes.notYourAssignment"));
  const { students } = await teacherResults(a, new Date());
  const csv = csvTable(
    ["student", "email", "status", "score", "out_of", "seconds", "attempts"],
    students.map((s) => [s.name, s.email, s.status, s.score, a.spec.count, s.seconds, s.attempts]),
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="grades-${a.id}.csv"`,
      "cache-control": "no-store",
    },
  });
}
