"use client";

import { useActionState } from "react";
import { retryMissedQuestions } from "@/app/quiz/actions";

/** Starts a new quiz of only the questions missed in this one. */
export function RetryMissedButton({ attemptId, missed }: { attemptId: string; missed: number }) {
  const [state, action, pending] = useActionState(async () => retryMissedQuestions(attemptId), null);
  return (
    <form action={action}>
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-sky-700 px-5 py-2.5 font-semibold text-white hover:bg-sky-800 disabled:opacity-60 dark:bg-sky-600 dark:hover:bg-sky-500"
      >
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
