import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ClassFigureSection } from "@/components/classes/class-figure";
import { SECONDARY_BUTTON } from "@/components/ui/buttons";
import { PageHeader } from "@/components/ui/page-header";
import { currentCaller } from "@/lib/auth/current-learner";
import { classGrid } from "@/lib/classes/class-grid";
import { STATUS_TEXT } from "@/lib/classes/rules/assignment";
import { formatLocalDay } from "@/lib/classes/rules/local-time";
import { classForTeacher } from "@/lib/db";
import { learnerTzOffset } from "@/lib/http/tz";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("classes");
  return { title: t("gridTitle") };
}

/** A class at a glance, for its teacher only: students × assignments with the best scores, and Figure 5. */
export default async function ClassResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, caller, tz, t] = await Promise.all([params, currentCaller(), learnerTzOffset(), getT("classes")]);
  if (!caller?.user || id.length > 40) notFound();
  const taught = await classForTeacher(caller.user.id, id);
  if (!taught) notFound();
  const grid = await classGrid(taught.id, new Date());
  const empty =
    grid.students.length === 0
      ? t("gridEmptyStudents")
      : grid.assignments.length === 0
        ? t("gridEmptyAssignments")
        : null;
  return (
    <div className="space-y-10">
      <PageHeader eyebrow={taught.name} title={t("gridTitle")} lead={t("gridLead")} />
      <section aria-labelledby="grid-heading" className="space-y-4">
        <h2 id="grid-heading" className="sr-only">
          {t("gridCaption")}
        </h2>
        {empty ? (
          <p className="text-slate-600 dark:text-slate-400">{empty}</p>
        ) : (
          // The grid scrolls sideways inside its box on a phone; the page itself never does.
          <div className="max-w-full overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
            <table className="w-full min-w-max text-left text-sm" data-testid="class-grid">
              <caption className="sr-only">{t("gridCaption")}</caption>
              <thead>
                <tr className="border-b border-slate-200 dark:border-slate-800">
                  <th scope="col" className="sticky left-0 bg-white px-3 py-2 font-semibold dark:bg-slate-950">
                    {t("colStudent")}
                  </th>
                  {grid.assignments.map((a) => (
                    <th key={a.id} scope="col" className="max-w-48 px-3 py-2 align-bottom font-semibold">
                      <Link
                        className="text-sky-800 underline underline-offset-2 [overflow-wrap:anywhere] dark:text-sky-300"
                        href={`/classes/${taught.id}/assignments/${a.id}`}
                      >
                        {a.title}
                      </Link>
                      <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">
                        {t("dueOn", { date: formatLocalDay(a.dueAt, tz, t.locale) })}
                      </span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.students.map((s) => (
                  <tr key={s.userId} className="border-b border-slate-100 dark:border-slate-900">
                    <th scope="row" className="sticky left-0 bg-white px-3 py-2 font-normal dark:bg-slate-950">
                      {s.name}
                      <span className="block max-w-48 text-xs text-slate-600 [overflow-wrap:anywhere] dark:text-slate-400">
                        {s.email}
                      </span>
                    </th>
                    {s.cells.map((cell, i) => {
                      const a = grid.assignments[i];
                      if (!a) return null;
                      const status = t(STATUS_TEXT[cell.status]);
                      const shown = cell.best === null ? status : `${cell.best} / ${a.spec.count}`;
                      return (
                        <td key={cell.assignmentId} className="px-3 py-2" data-status={cell.status}>
                          {cell.attempts > 0 ? (
                            <Link
                              className="underline underline-offset-2"
                              href={`/classes/${taught.id}/assignments/${a.id}/students/${encodeURIComponent(s.userId)}`}
                              aria-label={t("gridCell", { name: s.name, title: a.title, status: shown })}
                            >
                              {shown}
                            </Link>
                          ) : (
                            <span className="text-slate-600 dark:text-slate-400">{shown}</span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {empty ? null : (
          <p>
            <a className={SECONDARY_BUTTON} href={`/classes/${taught.id}/grades.csv`} download>
              {t("gridCsv")}
            </a>
          </p>
        )}
      </section>
      <ClassFigureSection arcs={grid.arcs} t={t} />
      <p className="text-sm">
        <Link className="underline underline-offset-2" href={`/classes/${taught.id}`}>
          {t("backToClass")}
        </Link>
      </p>
    </div>
  );
}
