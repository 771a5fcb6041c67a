import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerText } from "@/components/quiz/answer-text";
import { PageHeader } from "@/components/ui/page-header";
import { assignmentOfTeacher } from "@/lib/auth/access";
import { STATUS_TEXT } from "@/lib/classes/rules/assignment";
import { formatLocal } from "@/lib/classes/rules/local-time";
import { type QuestionRow, studentResults } from "@/lib/classes/student-results";
import { learnerTzOffset } from "@/lib/http/tz";
import { localeOfTextLang } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import type { Lang } from "@/lib/quiz";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("classes");
  return { title: t("resultsTitle") };
}

/** An answer (or the right one) as the quiz showed it: an order as a numbered list, anything else on one line. */
function Given({ value, lang }: { value: string | string[]; lang: Lang }) {
  if (!Array.isArray(value)) return <AnswerText value={value} lang={lang} className="font-mono" />;
  return (
    <ol className="mt-1 list-decimal pl-6 font-mono" lang={localeOfTextLang(lang)}>
      {value.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ol>
  );
}

const VERDICT = {
  right: { label: "answeredRight", mark: "✓", className: "text-emerald-700 dark:text-emerald-400" },
  wrong: { label: "answeredWrong", mark: "✗", className: "text-rose-700 dark:text-rose-400" },
  none: { label: "notAnswered", mark: "–", className: "text-slate-600 dark:text-slate-400" },
} as const;

/**
 * Every answer one student gave to an assignment, attempt by attempt, with the right answers and explanations: for
 * the teacher of the class only (anyone else, or a student not in the class: 404).
 */
export default async function StudentAnswersPage({
  params,
}: {
  params: Promise<{ id: string; aid: string; uid: string }>;
}) {
  const [{ id, aid, uid }, tz, t] = await Promise.all([params, learnerTzOffset(), getT("classes")]);
  const a = await assignmentOfTeacher(id, aid);
  if (!a || uid.length > 64) notFound();
  const results = await studentResults(a, uid, new Date());
  if (!results) notFound();
  const { student, status, attempts } = results;
  const lang = a.spec.lang;
  const when = (d: Date) => formatLocal(d, tz, t.locale);
  const row = (q: QuestionRow) => {
    const verdict = VERDICT[q.correct === null ? "none" : q.correct ? "right" : "wrong"];
    return (
      <li
        key={q.number}
        className="rounded-lg border border-slate-200 p-3 dark:border-slate-800"
        data-verdict={verdict.label}
      >
        <p className="flex gap-2">
          <span className={`font-semibold ${verdict.className}`}>
            <span aria-hidden="true">{verdict.mark}</span> {t(verdict.label)}
          </span>
        </p>
        <p className="mt-1 font-medium" lang={localeOfTextLang(lang)}>
          {q.number}. {q.prompt}
        </p>
        {q.response !== null ? (
          <div className="mt-2 text-sm">
            {t("theirAnswer")} <Given value={q.response} lang={lang} />
          </div>
        ) : null}
        {q.correct !== true ? (
          <div className="mt-1 text-sm">
            {t("rightAnswer")} <Given value={q.answer} lang={lang} />
          </div>
        ) : null}
        {q.hint ? (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" lang={localeOfTextLang(lang)}>
            {q.hint}
          </p>
        ) : null}
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" lang={localeOfTextLang(lang)}>
          {q.explanation}
        </p>
      </li>
    );
  };
  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow={a.className}
        title={t("studentTitle", { name: student.name, title: a.title })}
        lead={t("studentLead", { status: t(STATUS_TEXT[status]), n: attempts.length, max: a.maxAttempts })}
      />
      <p className="-mt-4 text-sm text-slate-600 [overflow-wrap:anywhere] dark:text-slate-400">{student.email}</p>
      {attempts.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{t("noAttemptsYet")}</p>
      ) : (
        attempts.map((attempt) => (
          <section key={attempt.id} aria-labelledby={`attempt-${attempt.number}`} className="max-w-3xl space-y-3">
            <h2 id={`attempt-${attempt.number}`} className="text-lg font-semibold">
              {t("attemptHeading", { n: attempt.number })}
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {t("attemptMeta", {
                start: when(attempt.startedAt),
                finished: attempt.finishedAt ? "yes" : "no",
                end: attempt.finishedAt ? when(attempt.finishedAt) : "",
                correct: attempt.correct,
                count: attempt.questions.length,
              })}
            </p>
            <ol className="space-y-3" data-testid={`attempt-${attempt.number}`}>
              {attempt.questions.map(row)}
            </ol>
          </section>
        ))
      )}
      <p className="text-sm">
        <Link className="underline underline-offset-2" href={`/classes/${id}/assignments/${aid}`}>
          {t("backToResults")}
        </Link>
      </p>
    </div>
  );
}
