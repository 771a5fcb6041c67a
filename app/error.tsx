"use client";

import { PageHeader } from "@/components/ui/page-header";

/** Shown when a page fails on the server (the database is unreachable, say): says so and offers a retry. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div>
      <PageHeader
        title="Something went wrong on our side"
        lead="Nothing you did caused this, and nothing you saved is lost. Try again in a moment."
      />
      <button
        type="button"
        onClick={reset}
        className="rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300"
      >
        Try again
      </button>
    </div>
  );
}
