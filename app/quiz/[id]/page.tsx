import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { QuizRunner } from "@/components/quiz/quiz-runner";
import { currentLearner } from "@/lib/auth/current-learner";
import { loadAttempt, runnerView } from "@/lib/practice/attempts";
import { FOCUS_TEXT } from "@/lib/quiz";

export const metadata: Metadata = { title: "Quiz" };

export default async function AttemptPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, learner] = await Promise.all([params, currentLearner()]);
  const loaded = learner ? await loadAttempt(learner.id, id) : null;
  if (!loaded) notFound();
  if (loaded.attempt.finishedAt) redirect(`/quiz/${id}/results`);
  const { spec } = loaded.attempt;
  const view = runnerView(loaded);
  const short = loaded.questions.length < spec.count && !spec.only;
  return (
    <div>
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
