import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { currentLearner } from "@/lib/auth/current-learner";
import { countAnswers } from "@/lib/db";

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

  const answers = await countAnswers(learner.id);
  const since = learner.createdAt.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

  return (
    <div>
      <PageHeader title="Your profile" lead="Your practice is saved as you go, under this profile." />
      <dl className="grid max-w-3xl gap-4 sm:grid-cols-3">
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
          <dt className="text-sm text-slate-600 dark:text-slate-400">Answers recorded</dt>
          <dd className="mt-1 text-lg font-semibold" data-testid="answer-count">
            {answers.total === 0 ? "None yet" : `${answers.total} (${answers.correct} right)`}
          </dd>
        </div>
      </dl>
      {learner.kind === "guest" ? (
        <p className="mt-6 max-w-3xl text-slate-700 dark:text-slate-300">
          This is a guest profile: it lives in a cookie on this browser, so clearing cookies or switching browsers
          starts a new one. Accounts that keep your progress across devices are on the way; when you create one,
          everything saved here moves into it.
        </p>
      ) : null}
    </div>
  );
}
