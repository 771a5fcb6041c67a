import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CloseAssignmentButton, DeleteAssignmentButton } from "@/components/classes/assignment-manage";
import { ClassFigureSection } from "@/components/classes/class-figure";
import { AnswerText } from "@/components/quiz/answer-text";
import { BasisName } from "@/components/ui/basis-name";
import { SECONDARY_BUTTON } from "@/components/ui/buttons";
import { PageHeader } from "@/components/ui/page-header";
import { assignmentOfTeacher } from "@/lib/auth/access";
import { teacherResults } from "@/lib/classes/assignment-results";
import { closesAt, STATUS_TEXT } from "@/lib/classes/rules/assignment";
import { formatLocal } from "@/lib/classes/rules/local-time";
import { assignmentFootprint } from "@/lib/db";
import { learnerTzOffset } from "@/lib/http/tz";
import { localeOfTextLang } from "@/lib/i18n/locales";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("classes");
  return { title: t("resultsTitle") };
}

const duration = (s: number | null) => (s === null ? "–" : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`);

/** An assignment's results, for the teacher of its class only (anyone else: 404). */
export default async function AssignmentResultsPage({ params }: { params: Promise<{ id: string; aid: string }> }) {
  const [{ id, aid }, tz, t, tc] = await Promise.all([params, learnerTzOffset(), getT("classes"), getT("common")]);
  const a = await assignmentOfTeacher(id, aid);
  if (!a) notFound();
  const now = new Date();
  const [results, footprint] = await Promise.all([teacherResults(a, now), assignmentFootprint(a.id)]);
  const closedEarly = a.closedAt !== null && a.closedAt < a.dueAt;
  const open = now < closesAt(a);
  const submitted = results.students.filter((s) => s.status === "submitted").length;
  // Prompts and answers are in the language the questions were set in, which may not be the interface's.
  const questionLang = localeOfTextLang(a.spec.lang);
  return (
    <div className="space-y-10">
      <PageHeader
        eyebrow={a.className}
        title={a.title}
        lead={t("resultsLead", {
          count: a.spec.count,
          date: formatLocal(a.dueAt, tz, t.locale),
          limited: a.timeLimitS ? "yes" : "no",
          minutes: a.timeLimitS ? a.timeLimitS / 60 : 0,
          perStudent: a.perStudentSeed ? "yes" : "no",
          submitted,
          total: results.students.length,
        })}
      />
      <section aria-labelledby="manage-heading" className="space-y-3">
        <h2 id="manage-heading" className="sr-only">
          {t("manageHeading")}
        </h2>
        {closedEarly && a.closedAt ? (
          <p className="max-w-3xl rounded-lg bg-slate-100 px-4 py-2 text-sm dark:bg-slate-900" data-testid="closed">
            {t("closedOn", { date: formatLocal(a.closedAt, tz, t.locale) })}
          </p>
        ) : null}
        <ClientMessages namespaces={["classes"]}>
          <div className="flex flex-wrap items-center gap-3">
            <Link className={SECONDARY_BUTTON} href={`/classes/${id}/assignments/${aid}/edit`}>
              {t("editAssignment")}
            </Link>
            {open || closedEarly ? <CloseAssignmentButton assignmentId={a.id} closed={closedEarly} /> : null}
            <DeleteAssignmentButton assignmentId={a.id} title={a.title} footprint={footprint} />
          </div>
        </ClientMessages>
      </section>
      <section aria-labelledby="students-heading">
        <h2 id="students-heading" className="text-lg font-semibold">
          {t("studentsHeading")}
        </h2>
        {results.students.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">{t("resultsEmpty")}</p>
        ) : (
          <table className="mt-3 w-full max-w-3xl text-left text-sm" data-testid="grades">
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-800">
                <th className="py-2 pr-4 font-semibold">{t("colStudent")}</th>
                <th className="py-2 pr-4 font-semibold">{t("colStatus")}</th>
                <th className="py-2 pr-4 font-semibold">{t("colScore")}</th>
                <th className="py-2 pr-4 font-semibold">{t("colTime")}</th>
                <th className="py-2 font-semibold">{t("colAttempts")}</th>
              </tr>
            </thead>
            <tbody>
              {results.students.map((s) => (
                <tr key={s.userId} className="border-b border-slate-100 dark:border-slate-900">
                  <td className="py-2 pr-4">
                    <Link
                      className="text-sky-800 underline underline-offset-2 dark:text-sky-300"
                      href={`/classes/${id}/assignments/${aid}/students/${encodeURIComponent(s.userId)}`}
                      aria-label={t("seeAnswersOf", { name: s.name })}
                    >
                      {s.name}
                    </Link>
                    <span className="block text-xs text-slate-600 [overflow-wrap:anywhere] dark:text-slate-400">
                      {s.email}
                    </span>
                  </td>
                  <td className="py-2 pr-4">{t(STATUS_TEXT[s.status])}</td>
                  <td className="py-2 pr-4">{s.score === null ? "–" : `${s.score} / ${a.spec.count}`}</td>
                  <td className="py-2 pr-4">{duration(s.seconds)}</td>
                  <td className="py-2">{t("attemptsOf", { n: s.attempts, max: a.maxAttempts })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="mt-4 flex flex-wrap gap-3">
          <a className={SECONDARY_BUTTON} href={`/classes/${id}/assignments/${aid}/grades.csv`} download>
            {t("gradesCsv")}
          </a>
          <a className={SECONDARY_BUTTON} href={`/classes/${id}/assignments/${aid}/quiz.gift`} download>
            {t("exportGift")}
          </a>
          <a className={SECONDARY_BUTTON} href={`/classes/${id}/assignments/${aid}/quiz.moodle.xml`} download>
            {t("exportMoodleXml")}
          </a>
          <a className={SECONDARY_BUTTON} href={`/classes/${id}/assignments/${aid}/quiz.qti.zip`} download>
            {t("exportQti")}
          </a>
          <a className={SECONDARY_BUTTON} href={`/classes/${id}/assignments/${aid}/quiz.md`} download>
            {t("exportMarkdown")}
          </a>
        </p>
        {a.perStudentSeed ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("perStudentNote")}</p>
        ) : !results.byQuestion ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("retakesNote")}</p>
        ) : null}
      </section>
      {results.byQuestion ? (
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading" className="text-lg font-semibold">
            {t("byQuestion")}
          </h2>
          <ol className="mt-3 max-w-3xl space-y-3 text-sm" data-testid="by-question">
            {results.byQuestion.map((q) => (
              <li key={q.key} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
                <p lang={questionLang}>{q.prompt}</p>
                <p className="mt-1 text-slate-600 dark:text-slate-400">
                  {t("wrongOf", { wrong: q.wrong, total: q.total })}
                  {q.commonWrong ? " · " : null}
                  {q.commonWrong
                    ? t.rich("commonWrong", {
                        answer: q.commonWrong.response,
                        count: q.commonWrong.count,
                        given: () => <AnswerText value={q.commonWrong?.response ?? ""} lang={a.spec.lang} />,
                      })
                    : null}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="transitions-heading">
        <h2 id="transitions-heading" className="text-lg font-semibold">
          {t("byTransition")}
        </h2>
        {results.byQuestion ? null : (
          <p className="mt-1 max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t("noByQuestion")}</p>
        )}
        {results.byTransition.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">{t("noAnswers")}</p>
        ) : (
          <ul className="mt-3 max-w-3xl space-y-1 text-sm" data-testid="by-transition">
            {results.byTransition.map((x) => (
              <li key={x.key} className="flex flex-wrap justify-between gap-2">
                <Link className="text-sky-800 underline underline-offset-2 dark:text-sky-300" href={x.href}>
                  <BasisName label={x.label} t={tc} />
                </Link>
                <span className="text-slate-600 dark:text-slate-400">
                  {t("wrongOf", { wrong: x.wrong, total: x.total })}
                  {x.commonWrong ? (
                    <>
                      {" · "}
                      <AnswerText value={x.commonWrong.response} lang={a.spec.lang} />
                    </>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <ClassFigureSection arcs={results.arcs} t={t} />
      <p className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <Link className="underline underline-offset-2" href={`/classes/${id}`}>
          {t("backToClass")}
        </Link>
        <Link className="underline underline-offset-2" href={`/classes/${id}/results`}>
          {t("gridLink")}
        </Link>
      </p>
    </div>
  );
}
