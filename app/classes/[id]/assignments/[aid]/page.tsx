import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SECONDARY_BUTTON } from "@/components/ui/buttons";
import { PageHeader } from "@/components/ui/page-header";
import { assignmentOfTeacher } from "@/lib/auth/access";
import { formatLocal } from "@/lib/classes/local-time";
import { learnerTzOffset } from "@/lib/http/tz";
import { teacherResults } from "@/lib/practice/assignment-results";

export const metadata: Metadata = { title: "Assignment results" };

const duration = (s: number | null) => (s === null ? "–" : `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`);

/** An assignment's results, for the teacher of its class only (anyone else: 404). */
export default async function AssignmentResultsPage({ params }: { params: Promise<{ id: string; aid: string }> }) {
  const [{ id, aid }, tz] = await Promise.all([params, learnerTzOffset()]);
  const a = await assignmentOfTeacher(id, aid);
  if (!a) notFound();
  const results = await teacherResults(a, new Date());
  const submitted = results.students.filter((s) => s.status === "submitted").length;
  return (
    <div className="space-y-10">
      <PageHeader
        eyebrow={a.className}
        title={a.title}
        lead={`${a.spec.count} questions, due ${formatLocal(a.dueAt, tz)}${a.timeLimitS ? `, ${a.timeLimitS / 60} min per attempt` : ""}${a.perStudentSeed ? ", a different quiz for each student" : ""}. ${submitted} of ${results.students.length} submitted.`}
      />
      <section aria-labelledby="students-heading">
        <h2 id="students-heading" className="text-lg font-semibold">
          Students
        </h2>
        {results.students.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">Nobody is in the class yet.</p>
        ) : (
          <table className="mt-3 w-full max-w-3xl text-left text-sm" data-testid="grades">
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-800">
                <th className="py-2 pr-4 font-semibold">Student</th>
                <th className="py-2 pr-4 font-semibold">Status</th>
                <th className="py-2 pr-4 font-semibold">Score</th>
                <th className="py-2 pr-4 font-semibold">Time</th>
                <th className="py-2 font-semibold">Attempts</th>
              </tr>
            </thead>
            <tbody>
              {results.students.map((s) => (
                <tr key={s.name + s.attempts} className="border-b border-slate-100 dark:border-slate-900">
                  <td className="py-2 pr-4">{s.name}</td>
                  <td className="py-2 pr-4">{s.status}</td>
                  <td className="py-2 pr-4">{s.score === null ? "–" : `${s.score} / ${a.spec.count}`}</td>
                  <td className="py-2 pr-4">{duration(s.seconds)}</td>
                  <td className="py-2">
                    {s.attempts} of {a.maxAttempts}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="mt-4 flex flex-wrap gap-3">
          <a className={SECONDARY_BUTTON} href={`/classes/${id}/assignments/${aid}/grades.csv`} download>
            Grades (.csv)
          </a>
          <a className={SECONDARY_BUTTON} href={`/classes/${id}/assignments/${aid}/quiz.gift`} download>
            Questions for Moodle (GIFT)
          </a>
          <a className={SECONDARY_BUTTON} href={`/classes/${id}/assignments/${aid}/quiz.md`} download>
            Questions to print (Markdown)
          </a>
        </p>
        {a.perStudentSeed ? (
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Each student had their own quiz; the exported questions are the class's base quiz.
          </p>
        ) : null}
      </section>
      {results.byQuestion ? (
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading" className="text-lg font-semibold">
            By question
          </h2>
          <ol className="mt-3 max-w-3xl space-y-3 text-sm" data-testid="by-question">
            {results.byQuestion.map((q) => (
              <li key={q.key} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
                <p>{q.prompt}</p>
                <p className="mt-1 text-slate-600 dark:text-slate-400">
                  {q.wrong} of {q.total} wrong
                  {q.commonWrong
                    ? ` · most common wrong answer: ${q.commonWrong.response} (${q.commonWrong.count})`
                    : ""}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-labelledby="transitions-heading">
        <h2 id="transitions-heading" className="text-lg font-semibold">
          By transition or step
        </h2>
        {results.byTransition.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">No answers yet.</p>
        ) : (
          <ul className="mt-3 max-w-3xl space-y-1 text-sm" data-testid="by-transition">
            {results.byTransition.map((t) => (
              <li key={t.key} className="flex flex-wrap justify-between gap-2">
                <Link className="font-mono text-sky-800 underline underline-offset-2 dark:text-sky-300" href={t.href}>
                  {t.label}
                </Link>
                <span className="text-slate-600 dark:text-slate-400">
                  {t.wrong} of {t.total} wrong{t.commonWrong ? ` · ${t.commonWrong.response}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <p className="text-sm">
        <Link className="underline underline-offset-2" href={`/classes/${id}`}>
          Back to the class
        </Link>
      </p>
    </div>
  );
}
