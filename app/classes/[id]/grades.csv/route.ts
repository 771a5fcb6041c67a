import { currentCaller } from "@/lib/auth/current-learner";
import { notYours } from "@/lib/classes/assignment-export";
import { classGrid } from "@/lib/classes/class-grid";
import { classForTeacher } from "@/lib/db";
import { csvTable } from "@/lib/http/csv";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { localeOfRequest } from "@/lib/i18n/server";

/**
 * GET /classes/<id>/grades.csv: the class at a glance as a spreadsheet, one row per student and two columns per
 * assignment (best score and status), for the teacher of the class only. Machine-readable English, like grades.csv.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const caller = await currentCaller();
  const taught = caller?.user && id.length <= 40 ? await classForTeacher(caller.user.id, id) : null;
  if (!taught) return notYours(globalTranslatorFor(localeOfRequest(request))("classes.notYourClass"));
  const grid = await classGrid(taught.id, new Date());
  const header = [
    "student",
    "email",
    ...grid.assignments.flatMap((a) => [`${a.title} (score of ${a.spec.count})`, `${a.title} (status)`]),
  ];
  const rows = grid.students.map((s) => [s.name, s.email, ...s.cells.flatMap((c) => [c.best, c.status])]);
  return new Response(csvTable(header, rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="class-${taught.id}.csv"`,
      "cache-control": "no-store",
    },
  });
}
