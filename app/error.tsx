"use client";

import { PageHeader } from "@/components/ui/page-header";
import { RetryButton } from "@/components/ui/retry-button";

/** Shown when a page fails on the server (the database is unreachable, say): says so and offers a retry. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div>
      <PageHeader
        title="Something went wrong on our side"
        lead="Nothing you did caused this, and nothing you saved is lost. Try again in a moment."
      />
      <RetryButton onRetry={reset} />
    </div>
  );
}
