import type { Metadata } from "next";
import Link from "next/link";
import { RememberTimezone } from "@/components/flashcards/remember-timezone";
import { Dashboard } from "@/components/progress/dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { currentLearner } from "@/lib/auth/current-learner";
import { countAnswers, listAttempts, weakSpots } from "@/lib/db";
import { learnerTzOffset } from "@/lib/http/tz";
import { progressOf } from "@/lib/practice/progress";
import { basisKeyView } from "@/lib/quiz";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const learner = await currentLearner();
  if (!learner) {
    return (
      <div>
        <PageHeader
          title="Your profile"
          lead="This browser is not sending SynAck's cookie, so there is no profile to show."
        />
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          SynAck saves your progress under a guest profile tied to a cookie. Allow cookies for this site and reload the
          page: a profile is created on your next visit, with no sign-up.
        </p>
      </div>
    );
  }

  const tz = await learnerTzOffset();
  const [answers, weak, attempts, progress] = await Promise.all([
    countAnswers(learner.id),
    weakSpots(learner.id),
    listAttempts(learner.id, 1),
    progressOf(learner.id, new Date(), tz),
  ]);
  const since = learner.createdAt.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

  return (
    <div>
      <RememberTimezone />
      <PageHeader title="Your profile" lead="Your practice is saved as you go, under this profile." />
      <dl className="grid max-w-4xl gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Profile</dt>
          <dd className="mt-1 text-lg font-semibold" data-testid="profile-label">
            {learner.label}
          </dd>
        </div>
        <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Created</dt>
          <dd className="mt-1 text-lg font-semibold">
            <time dateTime={learner.createdAt.toISOString()}>{since}</time>
          </dd>
        </div>
        <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Quiz answers</dt>
          <dd className="mt-1 text-lg font-semibold" data-testid="answer-count">
            {answers.total === 0 ? "None yet" : `${answers.total} (${answers.correct} right)`}
          </dd>
        </div>
        <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">Flashcards seen</dt>
          <dd className="mt-1 text-lg font-semibold" data-testid="cards-seen">
            {progress.cardsSeen === 0 ? (
              <Link className="underline underline-offset-2" href="/flashcards">
                None yet
              </Link>
            ) : (
              `${progress.cardsSeen} (${progress.reviews} reviews)`
            )}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="weak-heading" className="mt-8 max-w-3xl">
        <h2 id="weak-heading" className="text-xl font-semibold">
          What you miss most
        </h2>
        {weak.length === 0 ? (
          <p className="mt-2 text-slate-700 dark:text-slate-300" data-testid="weak-empty">
            Nothing yet: transitions and steps you answer wrongly show up here, so you know what to look at again.{" "}
            {attempts.length === 0 ? (
              <Link className="underline underline-offset-2" href="/quiz">
                Take a quiz
              </Link>
            ) : null}
          </p>
        ) : (
          <ul className="mt-3 space-y-2" data-testid="weak-spots">
            {weak.map((w) => {
              const view = basisKeyView(w.basisKey);
              return (
                <li key={w.basisKey} className="flex flex-wrap justify-between gap-2">
                  <Link
                    className="font-mono text-sky-800 underline underline-offset-2 dark:text-sky-300"
                    href={view.href}
                  >
                    {view.label}
                  </Link>
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {w.wrong} wrong of {w.total}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        <p className="mt-4 text-sm">
          <Link className="underline underline-offset-2" href="/quiz">
            Your quizzes
          </Link>
        </p>
      </section>
      <Dashboard progress={progress} />
      {learner.kind === "guest" ? (
        <p className="mt-10 max-w-3xl text-slate-700 dark:text-slate-300">
          This is a guest profile: it lives in a cookie on this browser, so clearing cookies or switching browsers
          starts a new one.{" "}
          <Link className="font-semibold text-sky-700 underline underline-offset-2 dark:text-sky-400" href="/sign-up">
            Create an account
          </Link>{" "}
          to keep it across devices: everything saved here moves into it.
        </p>
      ) : null}
    </div>
  );
}
