"use client";

import { useActionState } from "react";
import { retryMissedQuestions } from "@/app/quiz/actions";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";

/** Starts a new quiz of only the questions missed in this one. */
export function RetryMissedButton({ attemptId, missed }: { attemptId: string; missed: number }) {
  const [state, action, pending] = useActionState(async () => retryMissedQuestions(attemptId), null);
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
        {pending ? "Starting…" : `Retry the ${missed} missed ${missed === 1 ? "question" : "questions"}`}
      </button>
      {state?.error ? (
        <p role="alert" className="mt-2 text-rose-800 dark:text-rose-300">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
