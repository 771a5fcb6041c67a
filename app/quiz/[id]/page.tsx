import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Deadline } from "@/components/quiz/deadline";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { currentCaller } from "@/lib/auth/current-learner";
import { attemptDeadline } from "@/lib/classes/assignment";
import { formatLocal } from "@/lib/classes/local-time";
import { assignmentForMember } from "@/lib/db";
import { learnerTzOffset } from "@/lib/http/tz";
import { loadAttempt, runnerView } from "@/lib/practice/attempts";
import { FOCUS_TEXT } from "@/lib/quiz";

export const metadata: Metadata = { title: "Quiz" };

export default async function AttemptPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, caller, tz] = await Promise.all([params, currentCaller(), learnerTzOffset()]);
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
  return (
    <div>
      {assignment && ends ? (
        <Deadline title={assignment.title} endsAt={ends.toISOString()} endsText={formatLocal(ends, tz)} />
      ) : null}
      <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">
        {spec.only ? "Retrying the missed questions" : FOCUS_TEXT[spec.focus].title}
        {spec.level ? ` · ${spec.level}` : " · any level"} · seed <span data-testid="quiz-seed">{spec.seed}</span>
        {short
          ? ` · only ${loaded.questions.length} different questions exist for this choice, so the quiz has ${loaded.questions.length}`
          : ""}
      </p>
      <div lang={spec.lang === "zh" ? "zh-CN" : undefined}>
        <QuizRunner attemptId={id} questions={view.questions} answered={view.answered} />
      </div>
    </div>
  );
}
