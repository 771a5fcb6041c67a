import type { Metadata } from "next";
import { AttemptHistory } from "@/components/quiz/attempt-history";
import { QuizSetupForm } from "@/components/quiz/quiz-setup-form";
import { NoCookieNotice } from "@/components/ui/no-cookie-notice";
import { PageHeader } from "@/components/ui/page-header";
import { currentLearner } from "@/lib/auth/current-learner";
import { listAttempts } from "@/lib/db";
import { quizQuestions } from "@/lib/quiz";

export const metadata: Metadata = { title: "Quiz" };

export default async function QuizPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const [learner, { error }] = await Promise.all([currentLearner(), searchParams]);
  const attempts = learner ? await listAttempts(learner.id) : [];
  const rows = attempts.map((a) => ({ ...a, total: quizQuestions(a.spec).length }));
  return (
    <div>
      <PageHeader
        eyebrow="Quiz"
        title="Quiz yourself"
        lead="Questions generated from the state machine: each one checked, explained with its RFC 9293 section, and linked to the step that shows it."
      />
      {error === "cookies" || !learner ? <NoCookieNotice what="quizzes" /> : null}
      <QuizSetupForm />
      <section aria-labelledby="history-heading" className="mt-12 max-w-3xl">
        <h2 id="history-heading" className="mb-3 text-xl font-semibold">
          Your quizzes
        </h2>
        <AttemptHistory rows={rows} />
      </section>
    </div>
  );
}
