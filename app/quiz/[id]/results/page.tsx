import Link from "next/link";
import { notFound } from "next/navigation";
import { AnswerText } from "@/components/quiz/answer-text";
import { FeedbackPanel } from "@/components/quiz/feedback-panel";
import { RetryMissedButton } from "@/components/quiz/retry-missed-button";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { PageHeader } from "@/components/ui/page-header";
import { type LoadedAttempt, loadAttempt, resultsOf } from "@/lib/attempts/attempts";
import { sharePath } from "@/lib/attempts/schemas";
import { currentCaller } from "@/lib/auth/current-learner";
import { formatLocal } from "@/lib/classes/rules/local-time";
import { assignmentForMember } from "@/lib/db";
import { learnerTzOffset } from "@/lib/http/tz";
import { localeOfTextLang } from "@/lib/i18n/locales";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/translate";
import { FOCUS_TEXT, LEVEL_TEXT, TOPIC_TITLE } from "@/lib/quiz";
import { LEVELS, type Level } from "@/lib/tcp";

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
      ) : (
        <NextSteps id={id} results={results} spec={attempt.spec} percent={percent} inAssignment={assignment !== null} />
      )}

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

/** The level after `level` a learner can move on to, if there is one ("any" mixes them all already). */
function nextLevel(level: Level | null): Level | null {
  if (level === null) return null;
  return LEVELS[LEVELS.indexOf(level) + 1] ?? null;
}

/**
 * What to do next, at the top where it is seen: a word on the score, then retry the missed ones, review the cards of
 * the weakest topic, or try the next level (the set-up form, filled in for it).
 */
async function NextSteps({
  id,
  results,
  spec,
  percent,
  inAssignment,
}: {
  id: string;
  results: NonNullable<ReturnType<typeof resultsOf>>;
  spec: LoadedAttempt["attempt"]["spec"];
  percent: number;
  inAssignment: boolean;
}) {
  const [t, tc] = await Promise.all([getT("quiz"), getT("common")]);
  const weakest = [...results.byTopic]
    .filter((topic) => topic.correct < topic.total)
    .sort((a, b) => a.correct / a.total - b.correct / b.total)[0];
  const level = inAssignment || spec.only ? null : nextLevel(spec.level);
  const perfect = results.missed.length === 0;
  return (
    <section
      aria-labelledby="next-steps"
      className={`mb-8 max-w-3xl rounded-xl border p-5 ${perfect ? "border-emerald-600/50 bg-emerald-50 dark:bg-emerald-950/40" : "border-sky-600/40 bg-sky-50 dark:bg-sky-950/40"}`}
      data-testid="next-steps"
    >
      <h2 id="next-steps" className="text-xl font-semibold">
        {perfect
          ? t("celebratePerfect")
          : percent >= 80
            ? t("celebrateGood", { percent })
            : t("celebrateKeep", { percent })}
      </h2>
      <div className="mt-4 flex flex-wrap gap-3">
        <ClientMessages namespaces={["quiz"]}>
          {results.missed.length > 0 ? <RetryMissedButton attemptId={id} missed={results.missed.length} /> : null}
        </ClientMessages>
        {weakest ? (
          <Link href={`/flashcards/${weakest.topic}`} className={SECONDARY_BUTTON}>
            {t("reviewWeakCards", { topic: tc(TOPIC_TITLE[weakest.topic]) })}
          </Link>
        ) : null}
        {level ? (
          <Link
            href={sharePath({ focus: spec.focus, level, count: spec.count, lang: spec.lang })}
            className={results.missed.length > 0 ? SECONDARY_BUTTON : PRIMARY_BUTTON}
          >
            {t("tryNextLevel", { level: tc(LEVEL_TEXT[level]) })}
          </Link>
        ) : null}
      </div>
    </section>
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
