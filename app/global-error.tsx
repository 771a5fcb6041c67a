"use client";

import { RetryButton } from "@/components/ui/retry-button";
import "./globals.css";

/**
 * Replaces the whole page when the shared layout itself fails (it reads the learner from the database,
 * so an unreachable database lands here). It has to bring its own <html> and styles.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center px-4">
        <main className="max-w-md">
          <h1 className="text-2xl font-semibold tracking-tight">SynAck cannot load right now</h1>
          <p className="mt-3 text-slate-600 dark:text-slate-400">
            The server could not read its database. Nothing you saved is lost. Try again in a moment; if you run this
            server, its log says what failed.
          </p>
          <div className="mt-6 flex gap-3">
            <RetryButton onRetry={reset} />
            {/* A plain link on purpose: the app's router may be what failed. */}
            <a href="/" className="rounded-md px-4 py-2 text-sm font-medium underline">
              Home page
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
