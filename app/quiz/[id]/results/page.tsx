import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FeedbackPanel } from "@/components/quiz/feedback-panel";
import { RetryMissedButton } from "@/components/quiz/retry-missed-button";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { PageHeader } from "@/components/ui/page-header";
import { currentLearner } from "@/lib/auth/current-learner";
import { loadAttempt, resultsOf } from "@/lib/practice/attempts";
import { FOCUS_TEXT, TOPIC_TITLE } from "@/lib/quiz";

export const metadata: Metadata = { title: "Quiz results" };

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

export default async function ResultsPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, learner] = await Promise.all([params, currentLearner()]);
  const loaded = learner ? await loadAttempt(learner.id, id) : null;
  if (!loaded) notFound();
  const { attempt } = loaded;
  const results = resultsOf(loaded);
  const unfinished = results.answered < results.total;
  const percent = results.total === 0 ? 0 : Math.round((results.correct / results.total) * 100);
  const elapsed = attempt.finishedAt ? attempt.finishedAt.getTime() - attempt.startedAt.getTime() : null;

  return (
    <div>
      <PageHeader
        eyebrow={`${attempt.spec.only ? "Retry of missed questions" : FOCUS_TEXT[attempt.spec.focus].title} · seed ${attempt.spec.seed}`}
        title={unfinished ? "Quiz in progress" : "Your results"}
        lead={
          unfinished
            ? `You have answered ${results.answered} of ${results.total} questions.`
            : `${results.correct} of ${results.total} right (${percent}%).`
        }
      />
      {unfinished ? (
        <Link href={`/quiz/${id}`} className={`mb-8 ${PRIMARY_BUTTON}`}>
          Continue the quiz
        </Link>
      ) : null}

      <dl className="grid max-w-3xl gap-4 sm:grid-cols-3">
        <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Score</dt>
          <dd className="mt-1 text-2xl font-semibold" data-testid="score">
            {results.correct} / {results.total}
          </dd>
        </div>
        <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Time answering</dt>
          <dd className="mt-1 text-2xl font-semibold">{duration(results.answeringMs)}</dd>
          {elapsed !== null ? (
            <dd className="text-sm text-slate-600 dark:text-slate-400">{duration(elapsed)} from start to finish</dd>
          ) : null}
        </div>
        <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Missed</dt>
          <dd className="mt-1 text-2xl font-semibold">{results.missed.length}</dd>
        </div>
      </dl>

      <section aria-labelledby="by-topic" className="mt-10 max-w-3xl">
        <h2 id="by-topic" className="text-xl font-semibold">
          By topic
        </h2>
        <ul className="mt-3 space-y-3" data-testid="by-topic">
          {results.byTopic.map((t) => (
            <li key={t.topic}>
              <div className="flex justify-between text-sm">
                <span className="font-medium">{TOPIC_TITLE[t.topic]}</span>
                <span>
                  {t.correct} of {t.total} right
                </span>
              </div>
              <div aria-hidden="true" className="mt-1 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
                <div className="h-full bg-emerald-600" style={{ width: `${(t.correct / t.total) * 100}%` }} />
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="missed" className="mt-10 max-w-3xl">
        <h2 id="missed" className="text-xl font-semibold">
          {results.missed.length === 0 ? "Nothing missed" : "What you missed"}
        </h2>
        {results.missed.length === 0 ? (
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            {unfinished ? "Nothing so far." : "Every answer right. Try a harder level, or a longer quiz."}
          </p>
        ) : (
          <ol className="mt-4 space-y-6" lang={attempt.spec.lang === "zh" ? "zh-CN" : undefined}>
            {results.missed.map((m) => (
              <li key={m.questionId}>
                <p className="mb-2 font-medium">{m.prompt}</p>
                <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
                  You answered:{" "}
                  <span className="font-mono">{Array.isArray(m.response) ? m.response.join(" → ") : m.response}</span>
                </p>
                <FeedbackPanel feedback={m} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <div className="mt-10 flex flex-wrap gap-3">
        {results.missed.length > 0 && !unfinished ? (
          <RetryMissedButton attemptId={id} missed={results.missed.length} />
        ) : null}
        <Link href="/quiz" className={SECONDARY_BUTTON}>
          New quiz
        </Link>
      </div>
    </div>
  );
}
