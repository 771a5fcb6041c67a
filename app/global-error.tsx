"use client";

import { RetryButton } from "@/components/ui/retry-button";
import { errorPage as en } from "@/lib/i18n/messages/en/error-page";
import { errorPage as zh } from "@/lib/i18n/messages/zh-CN/error-page";
import "./globals.css";

// Only its own four messages, not the `common` namespace: this component ships with every page.
const LANGS = [
  { lang: "en", m: en },
  { lang: "zh-CN", m: zh },
];

/**
 * Replaces the whole page when the shared layout itself fails (it reads the learner from the database,
 * so an unreachable database lands here). It has to bring its own <html> and styles, and it cannot know the
 * learner's language (that too comes from the layout), so it speaks both.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center px-4">
        <main className="max-w-md">
          {LANGS.map(({ lang, m }) => (
            <div key={lang} lang={lang} className="mb-6">
              <h1 className="text-2xl font-semibold tracking-tight">{m.globalErrorTitle}</h1>
              <p className="mt-3 text-slate-600 dark:text-slate-400">{m.globalErrorLead}</p>
            </div>
          ))}
          <div className="flex gap-3">
            <RetryButton onRetry={reset} label={`${en.tryAgain} · ${zh.tryAgain}`} />
            {/* A plain link on purpose: the app's router may be what failed. */}
            <a href="/" className="rounded-md px-4 py-2 text-sm font-medium underline">
              {en.homePage} · {zh.homePage}
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
