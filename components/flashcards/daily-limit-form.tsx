"use client";
import { useActionState } from "react";
import { type LimitState, saveDailyLimit } from "@/app/flashcards/actions";
import { SECONDARY_BUTTON } from "@/components/ui/buttons";
import { useT } from "@/lib/i18n/client";

/** "New cards per day": how many unseen cards a review may introduce each day. */
export function DailyLimitForm({ perDay }: { perDay: number }) {
  const t = useT("flashcards");
  const [state, action, pending] = useActionState<LimitState, FormData>(saveDailyLimit, {
    error: null,
    saved: false,
    value: String(perDay),
  });
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("limitField")}
        <input
          name="perDay"
          type="number"
          inputMode="numeric"
          min={0}
          max={500}
          defaultValue={state.value}
          key={state.value}
          aria-invalid={state.error ? true : undefined}
          aria-describedby="limit-message"
          className="w-28 rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        />
      </label>
      <button type="submit" className={SECONDARY_BUTTON} disabled={pending}>
        {pending ? t("saving") : t("save")}
      </button>
      <p id="limit-message" role="status" className="basis-full text-sm">
        {state.error ? (
          <span className="text-rose-700 dark:text-rose-400">{state.error}</span>
        ) : state.saved ? (
          <span className="text-emerald-700 dark:text-emerald-400">{t("limitSaved", { n: state.value })}</span>
        ) : null}
      </p>
    </form>
  );
}
