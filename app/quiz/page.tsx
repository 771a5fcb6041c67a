import { RememberTimezone } from "@/components/flashcards/remember-timezone";
import { AttemptHistory } from "@/components/quiz/attempt-history";
import { QuizSetupForm } from "@/components/quiz/quiz-setup-form";
import { NoCookieNotice } from "@/components/ui/no-cookie-notice";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { sharedSetup } from "@/lib/attempts/schemas";
import { keptBack } from "@/lib/attempts/withheld";
import { currentLearner } from "@/lib/auth/current-learner";
import { listAttempts } from "@/lib/db";
import { learnerTzOffset } from "@/lib/http/tz";
import { ClientMessages } from "@/lib/i18n/provider";
import { getGlobalT, getT } from "@/lib/i18n/server";
import { quizQuestions } from "@/lib/quiz";

export async function generateMetadata() {
  const t = await getT("quiz");
  return { title: t("metaTitle") };
}

type Query = Record<string, string | string[] | undefined>;

export default async function QuizPage({ searchParams }: { searchParams: Promise<Query> }) {
  const [learner, query, t, tzOffset, gt] = await Promise.all([
    currentLearner(),
    searchParams,
    getT("quiz"),
    learnerTzOffset(),
    getGlobalT(),
  ]);
  const { error } = query;
  const shared = sharedSetup(query);
  const [attempts, hidden] = learner
    ? await Promise.all([listAttempts(learner.id), keptBack(learner.id)])
    : [[], new Map()];
  const rows = attempts.map((a) => {
    const kept = hidden.has(a.id);
    return { ...a, correct: kept ? 0 : a.correct, total: quizQuestions(a.spec).length, keptBack: kept };
  });
  return (
    <div>
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} lead={t("lead")} />
      <RememberTimezone />
      {error === "cookies" || !learner ? <NoCookieNotice what="quizzes" /> : null}
      {error === "busy" && learner ? (
        <Notice role="alert" className="mb-6">
          {t("startTooManyLater")}
        </Notice>
      ) : null}
      {shared && "values" in shared ? <Notice className="mb-6">{t("sharedQuiz")}</Notice> : null}
      {shared && "error" in shared ? (
        <Notice className="mb-6">{t("sharedBad", { reason: gt.msg(shared.error) })}</Notice>
      ) : null}
      <ClientMessages namespaces={["quiz"]}>
        <QuizSetupForm shared={shared && "values" in shared ? shared.values : undefined} />
      </ClientMessages>
      <section aria-labelledby="history-heading" className="mt-12 max-w-3xl">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">
          {t("historyHeading")}
        </h2>
        <AttemptHistory rows={rows} tzOffset={tzOffset} />
      </section>
    </div>
  );
}
