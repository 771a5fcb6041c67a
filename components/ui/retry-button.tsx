"use client";

import { useT } from "@/lib/i18n/client";

/** "Try again" on the error pages: re-renders the part that failed. */
export function RetryButton({ onRetry, label }: { onRetry: () => void; label?: string }) {
  const t = useT("common");
  return (
    <button
      type="button"
      onClick={onRetry}
      className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300"
    >
      {label ?? t("tryAgain")}
    </button>
  );
}
