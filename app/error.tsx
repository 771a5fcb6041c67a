"use client";

import { PageHeader } from "@/components/ui/page-header";
import { RetryButton } from "@/components/ui/retry-button";
import { useT } from "@/lib/i18n/client";

/** Shown when a page fails on the server (the database is unreachable, say): says so and offers a retry. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useT("layout");
  return (
    <div>
      <PageHeader title={t("errorTitle")} lead={t("errorLead")} />
      <RetryButton onRetry={reset} />
    </div>
  );
}
