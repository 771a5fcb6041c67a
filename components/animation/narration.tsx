import type { Frame } from "@/lib/animation";
import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import { arcValues } from "./state-diagram";

/** What happened at this step and why, in the learner's language: the whole story as text, read out as it changes. */
export function Narration({ frame, last, heading }: { frame: Frame; last: number; heading?: string }) {
  const t = useT("learn");
  return (
    <section
      aria-labelledby="now"
      className="mt-4 rounded-xl border border-sky-600/40 bg-sky-50/60 p-4 dark:bg-sky-950/40"
    >
      <h2 id="now" className="text-lg font-semibold">
        {heading ?? (frame.step === 0 ? t("beforeFirst") : t("stepOf", { step: frame.step, last }))}
      </h2>
      <div aria-live="polite">
        <p className="mt-2" data-testid="narration">
          {frame.narration[textLang(t.locale)]}
        </p>
        <p className="mt-2 text-sm">
          {t.rich("statesLine", { client: frame.states.client, server: frame.states.server })}
          {frame.arc ? (
            <span className="text-slate-600 dark:text-slate-400"> · {t.rich("arcSentence", arcValues(frame.arc))}</span>
          ) : null}
        </p>
      </div>
    </section>
  );
}
