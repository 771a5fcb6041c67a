import { notFound, redirect } from "next/navigation";
import { Deadline } from "@/components/quiz/deadline";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { ShareQuiz } from "@/components/quiz/share-quiz";
import { loadAttempt, runnerView } from "@/lib/attempts/attempts";
import { sharePath } from "@/lib/attempts/schemas";
import { currentCaller } from "@/lib/auth/current-learner";
import { attemptDeadline } from "@/lib/classes/rules/assignment";
import { formatLocal } from "@/lib/classes/rules/local-time";
import { assignmentForMember } from "@/lib/db";
import { learnerTzOffset } from "@/lib/http/tz";
import { ClientMessages } from "@/lib/i18n/provider";
import { getT } from "@/lib/i18n/server";
import { FOCUS_TEXT, LEVEL_TEXT } from "@/lib/quiz";

export async function generateMetadata() {
  const t = await getT("quiz");
  return { title: t("metaTitle") };
}

export default async function AttemptPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, caller, tz, t, tc] = await Promise.all([
    params,
    currentCaller(),
    learnerTzOffset(),
    getT("quiz"),
    getT("common"),
  ]);
  const loaded = caller ? await loadAttempt(caller.learner.id, id) : null;
  if (!loaded) notFound();
  if (loaded.attempt.finishedAt) redirect(`/quiz/${id}/results`);
  const { spec } = loaded.attempt;
  const view = runnerView(loaded);
  const short = loaded.questions.length < spec.count && !spec.only;
  const assignment =
    loaded.attempt.assignmentId && caller?.user
      ? await assignmentForMember(caller.user.id, loaded.attempt.assignmentId)
      : null;
  const ends = assignment ? attemptDeadline(assignment, loaded.attempt) : null;
  const about = [
    spec.only ? t("retrying") : tc(FOCUS_TEXT[spec.focus].title),
    tc(LEVEL_TEXT[spec.level ?? "any"]),
  ].join(" · ");
  return (
    <ClientMessages namespaces={["quiz"]}>
      {assignment && ends ? (
        <Deadline title={assignment.title} endsAt={ends.toISOString()} endsText={formatLocal(ends, tz, t.locale)} />
      ) : null}
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        {about}
        {short ? ` · ${t("shortQuiz", { n: loaded.questions.length })}` : ""}
        {loaded.reveal.shown ? "" : ` · ${t("answersLater")}`}
      </p>
      {/* A practice quiz can be shared by its link; an assignment's is drawn from a key that never leaves the
          server, and a retry of the missed ones is the learner's own. */}
      {spec.seedKey === null && !spec.only ? <ShareQuiz path={sharePath(spec)} seed={spec.seed} /> : null}
      <QuizRunner attemptId={id} lang={spec.lang} questions={view.questions} answered={view.answered} />
    </ClientMessages>
  );
}
