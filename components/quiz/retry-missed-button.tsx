"use client";

import { useActionState } from "react";
import { retryMissedQuestions } from "@/app/quiz/actions";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";
import { useT } from "@/lib/i18n/client";

/** Starts a new quiz of only the questions missed in this one. */
export function RetryMissedButton({ attemptId, missed }: { attemptId: string; missed: number }) {
  const t = useT("quiz");
  const [state, action, pending] = useActionState(async () => retryMissedQuestions(attemptId), null);
  return (
    <form action={action}>
      <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
        {pending ? t("starting") : t("retryMissed", { n: missed })}
      </button>
      {state?.error ? (
        <p role="alert" className="mt-2 text-rose-800 dark:text-rose-300">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
