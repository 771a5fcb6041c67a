"use client";
import { CopyButton } from "@/components/ui/copy-button";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useT } from "@/lib/i18n/client";

/**
 * "Copy a link to this quiz": the set-up form's address filled in with this quiz's choices and seed, at whatever
 * address the page was reached (a classroom's LAN address, localhost, a host name). `seed` is kept on the element for
 * tests that regenerate the questions.
 */
export function ShareQuiz({ path, seed }: { path: string; seed: number }) {
  const t = useT("quiz");
  const hydrated = useHydrated();
  const url = hydrated ? new URL(path, window.location.href).href : path;
  return (
    <div className="mb-4" data-testid="quiz-share" data-seed={seed} data-url={url}>
      <CopyButton text={url} label={t("shareQuiz")} copied={t("shareCopied")} failed={t("shareFailed", { url })} />
    </div>
  );
}
