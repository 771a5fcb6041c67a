import type { Metadata } from "next";
import Link from "next/link";
import { RememberTimezone } from "@/components/flashcards/remember-timezone";
import { learnerName } from "@/components/layout/learner-name";
import { Dashboard } from "@/components/progress/dashboard";
import { BasisName } from "@/components/ui/basis-name";
import { PageHeader } from "@/components/ui/page-header";
import { keptBack } from "@/lib/attempts/withheld";
import { currentLearner } from "@/lib/auth/current-learner";
import { countAnswers, listAttempts, weakSpots } from "@/lib/db";
import { learnerTzOffset } from "@/lib/http/tz";
import { formatDay } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/server";
import { progressOf } from "@/lib/progress/dashboard";
import { basisKeyView } from "@/lib/quiz";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("progress");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const [learner, t, tl, tc] = await Promise.all([currentLearner(), getT("progress"), getT("layout"), getT("common")]);
  if (!learner) {
    return (
      <div>
        <PageHeader title={t("title")} lead={t("noCookieLead")} />
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">{t("noCookieBody")}</p>
      </div>
    );
  }

  const now = new Date();
  const [tz, hidden] = await Promise.all([learnerTzOffset(), keptBack(learner.id, now)]);
  const countable = { learnerId: learner.id, except: [...hidden.keys()] };
  const [all, answers, weak, attempts, progress] = await Promise.all([
    countAnswers(learner.id),
    countAnswers(countable),
    weakSpots(countable),
    listAttempts(learner.id, 1),
    progressOf(learner.id, now, tz, undefined, new Set(hidden.keys())),
  ]);
  const since = formatDay(learner.createdAt.toISOString().slice(0, 10), t.locale);

  return (
    <div>
      <RememberTimezone />
      <PageHeader title={t("title")} lead={t("lead")} />
      <dl className="grid max-w-4xl gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">{t("profile")}</dt>
          <dd className="mt-1 text-lg font-semibold" data-testid="profile-label">
            {learnerName(learner, tl)}
          </dd>
        </div>
        <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">{t("created")}</dt>
          <dd className="mt-1 text-lg font-semibold">
            <time dateTime={learner.createdAt.toISOString()}>{since}</time>
          </dd>
        </div>
        <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">{t("quizAnswers")}</dt>
          <dd className="mt-1 text-lg font-semibold" data-testid="answer-count">
            {answers.total === 0 ? t("noneYet") : t("answerCount", { total: answers.total, correct: answers.correct })}
          </dd>
          {all.total > answers.total ? (
            <dd className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-testid="kept-back-count">
              {t("keptBackCount", { n: all.total - answers.total })}
            </dd>
          ) : null}
        </div>
        <div className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <dt className="text-sm text-slate-600 dark:text-slate-400">{t("cardsSeen")}</dt>
          <dd className="mt-1 text-lg font-semibold" data-testid="cards-seen">
            {progress.cardsSeen === 0 ? (
              <Link className="underline underline-offset-2" href="/flashcards">
                {t("noneYet")}
              </Link>
            ) : (
              t("cardsSeenCount", { cards: progress.cardsSeen, reviews: progress.reviews })
            )}
          </dd>
        </div>
      </dl>
      <section aria-labelledby="weak-heading" className="mt-8 max-w-3xl">
        <h2 id="weak-heading" className="text-xl font-semibold">
          {t("weakHeading")}
        </h2>
        {weak.length === 0 ? (
          <p className="mt-2 text-slate-700 dark:text-slate-300" data-testid="weak-empty">
            {t("weakEmpty")}
            {t.locale === "en" ? " " : null}
            {attempts.length === 0 ? (
              <Link className="underline underline-offset-2" href="/quiz">
                {t("takeQuiz")}
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
                    <BasisName label={view.label} t={tc} />
                  </Link>
                  <span className="text-sm text-slate-600 dark:text-slate-400">
                    {t("wrongOf", { wrong: w.wrong, total: w.total })}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
        <p className="mt-4 text-sm">
          <Link className="underline underline-offset-2" href="/quiz">
            {t("yourQuizzes")}
          </Link>
        </p>
      </section>
      <Dashboard progress={progress} t={t} />
      {learner.kind === "guest" ? (
        <p className="mt-10 max-w-3xl text-slate-700 dark:text-slate-300">
          {t.rich("guestNote", {
            link: (c) => (
              <Link
                className="font-semibold text-sky-700 underline underline-offset-2 dark:text-sky-400"
                href="/sign-up"
              >
                {c}
              </Link>
            ),
          })}
        </p>
      ) : null}
    </div>
  );
}
