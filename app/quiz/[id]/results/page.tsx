import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerText } from "@/components/quiz/answer-text";
import { FeedbackPanel } from "@/components/quiz/feedback-panel";
import { RetryMissedButton } from "@/components/quiz/retry-missed-button";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { PageHeader } from "@/components/ui/page-header";
import { type LoadedAttempt, loadAttempt, resultsOf } from "@/lib/attempts/attempts";
import { currentCaller } from "@/lib/auth/current-learner";
import { formatLocal } from "@/lib/classes/rules/local-time";
import { assignmentForMember } from "@/lib/db";
import { learnerTzOffset } from "@/lib/http/tz";
import { localeOfTextLang } from "@/lib/i18n/locales";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/translate";
import { FOCUS_TEXT, TOPIC_TITLE } from "@/lib/quiz";

export async function generateMetadata() {
  const t = await getT("quiz");
  return { title: t("metaResults") };
}

function duration(ms: number, t: Translator<"quiz">): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? t("seconds", { s }) : t("minutesSeconds", { m: Math.floor(s / 60), s: s % 60 });
}

/** The score, the time, a per-topic breakdown and every missed question; the questions are in the quiz's language. */
export default async function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, caller, t, tc, tClasses] = await Promise.all([
    params,
    currentCaller(),
    getT("quiz"),
    getT("common"),
    getT("classes"),
  ]);
  const loaded = caller ? await loadAttempt(caller.learner.id, id) : null;
  if (!loaded) notFound();
  const { attempt } = loaded;
  // An assignment's attempt is named by its class and title, with the way back to the class.
  const assignment =
    attempt.assignmentId && caller?.user ? await assignmentForMember(caller.user.id, attempt.assignmentId) : null;
  const results = resultsOf(loaded);
  if (!results) return <WithheldResults loaded={loaded} assignment={assignment} />;
  const unfinished = results.answered < results.total;
  const percent = results.total === 0 ? 0 : Math.round((results.correct / results.total) * 100);
  const elapsed = attempt.finishedAt ? attempt.finishedAt.getTime() - attempt.startedAt.getTime() : null;
  const questionLocale = localeOfTextLang(attempt.spec.lang);

  return (
    <div>
      <PageHeader
        eyebrow={
          assignment
            ? `${assignment.className} · ${assignment.title}`
            : [
                attempt.spec.only ? t("retryOfMissed") : tc(FOCUS_TEXT[attempt.spec.focus].title),
                // A quiz drawn from a secret key has no seed anyone could use again.
                attempt.spec.seedKey === null ? t("seedShort", { seed: String(attempt.spec.seed) }) : null,
              ]
                .filter(Boolean)
                .join(" · ")
        }
        title={unfinished ? t("inProgress") : t("yourResults")}
        lead={
          unfinished
            ? t("answeredSoFar", { answered: results.answered, total: results.total })
            : t("scoreLead", { correct: results.correct, total: results.total, percent })
        }
      />
      {unfinished ? (
        <Link href={`/quiz/${id}`} className={`mb-8 ${PRIMARY_BUTTON}`}>
          {t("continueQuiz")}
        </Link>
      ) : null}

      <dl className="grid max-w-3xl gap-4 sm:grid-cols-3">
        <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">{t("score")}</dt>
          <dd className="mt-1 text-2xl font-semibold" data-testid="score">
            {results.correct} / {results.total}
          </dd>
        </div>
        <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">{t("timeAnswering")}</dt>
          <dd className="mt-1 text-2xl font-semibold">{duration(results.answeringMs, t)}</dd>
          {elapsed !== null ? (
            <dd className="text-sm text-slate-600 dark:text-slate-400">
              {t("startToFinish", { time: duration(elapsed, t) })}
            </dd>
          ) : null}
        </div>
        <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">{t("missed")}</dt>
          <dd className="mt-1 text-2xl font-semibold">{results.missed.length}</dd>
        </div>
      </dl>

      <section aria-labelledby="by-topic" className="mt-10 max-w-3xl">
        <h2 id="by-topic" className="text-xl font-semibold">
          {t("byTopic")}
        </h2>
        <ul className="mt-3 space-y-3" data-testid="by-topic">
          {results.byTopic.map((topic) => (
            <li key={topic.topic}>
              <div className="flex justify-between text-sm">
                <span className="font-medium">{tc(TOPIC_TITLE[topic.topic])}</span>
                <span>{t("topicScore", { correct: topic.correct, total: topic.total })}</span>
              </div>
              <div aria-hidden="true" className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
                <div className="h-full bg-emerald-600" style={{ width: `${(topic.correct / topic.total) * 100}%` }} />
              </div>
            </li>
          ))}
        </ul>
      </section>

      <ClientMessages namespaces={["quiz"]}>
        <section aria-labelledby="missed" className="mt-10 max-w-3xl">
          <h2 id="missed" className="text-xl font-semibold">
            {results.missed.length === 0 ? t("nothingMissed") : t("whatYouMissed")}
          </h2>
          {results.missed.length === 0 ? (
            <p className="mt-2 text-slate-700 dark:text-slate-300">{unfinished ? t("nothingSoFar") : t("allRight")}</p>
          ) : (
            <ol className="mt-4 space-y-6">
              {results.missed.map((m) => (
                <li key={m.questionId}>
                  <p lang={questionLocale} className="mb-2 font-medium">
                    {m.prompt}
                  </p>
                  {Array.isArray(m.response) ? (
                    // An order: numbered, one line each (its items hold arrows of their own, "client → server").
                    <div className="mb-2 text-sm text-slate-600 dark:text-slate-400">
                      {t("youAnswered")}
                      <ol className="mt-1 list-decimal pl-6 font-mono" lang={questionLocale}>
                        {m.response.map((item) => (
                          <li key={item}>{item}</li>
                        ))}
                      </ol>
                    </div>
                  ) : (
                    <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
                      {t("youAnswered")}{" "}
                      <AnswerText value={m.response} lang={attempt.spec.lang} className="font-mono" />
                    </p>
                  )}
                  <FeedbackPanel feedback={m} lang={attempt.spec.lang} />
                </li>
              ))}
            </ol>
          )}
        </section>

        <div className="mt-10 flex flex-wrap gap-3">
          {results.missed.length > 0 && !unfinished ? (
            <RetryMissedButton attemptId={id} missed={results.missed.length} />
          ) : null}
          {assignment ? (
            <Link href={`/classes/${assignment.classId}`} className={SECONDARY_BUTTON}>
              {tClasses("backToClass")}
            </Link>
          ) : null}
          <Link href="/quiz" className={SECONDARY_BUTTON}>
            {t("newQuiz")}
          </Link>
        </div>
      </ClientMessages>
    </div>
  );
}

/**
 * An assignment's attempt whose teacher shows the right answers later: how far it got, and when the score and the
 * answers come, but nothing that tells a right answer from a wrong one.
 */
async function WithheldResults({
  loaded,
  assignment,
}: {
  loaded: LoadedAttempt;
  assignment: Awaited<ReturnType<typeof assignmentForMember>>;
}) {
  const [t, tClasses, tz] = await Promise.all([getT("quiz"), getT("classes"), learnerTzOffset()]);
  const { attempt, questions, answers, reveal } = loaded;
  const unfinished = answers.length < questions.length && !attempt.finishedAt;
  const when =
    reveal.shown === false && reveal.at
      ? t("revealOn", { date: formatLocal(reveal.at, tz, t.locale) })
      : reveal.shown === false && reveal.rule === "last-attempt"
        ? t("revealAfterLastAttempt")
        : t("revealAfterAttempt");
  return (
    <div>
      <PageHeader
        eyebrow={assignment ? `${assignment.className} · ${assignment.title}` : undefined}
        title={unfinished ? t("inProgress") : t("submitted")}
        lead={t("answeredSoFar", { answered: answers.length, total: questions.length })}
      />
      <p className="max-w-3xl rounded-xl border border-slate-200 p-4 dark:border-slate-800" data-testid="withheld">
        {t("resultsWithheld", { when })}
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        {unfinished ? (
          <Link href={`/quiz/${attempt.id}`} className={PRIMARY_BUTTON}>
            {t("continueQuiz")}
          </Link>
        ) : null}
        {assignment ? (
          <Link href={`/classes/${assignment.classId}`} className={SECONDARY_BUTTON}>
            {tClasses("backToClass")}
          </Link>
        ) : null}
      </div>
    </div>
  );
}
