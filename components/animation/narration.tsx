import { useState } from "react";
import type { Frame } from "@/lib/animation";
import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import { ChecksPanel } from "./checks-panel";
import { arcValues } from "./state-diagram";

type Props = {
  frame: Pick<Frame, "step" | "narration" | "linux" | "states" | "arc" | "checks">;
  last: number;
  heading?: string;
};

/**
 * What happened at this step and why, in the learner's language: the whole story as text, read out as it changes;
 * where Linux does otherwise, that as a note of its own; and for an arriving segment, the checks it went through.
 */
export function Narration({ frame, last, heading }: Props) {
  const t = useT("learn");
  const lang = textLang(t.locale);
  // Kept here, not in the panel: a step without an arrival has no panel, and the next arrival opens as left.
  const [checksOpen, setChecksOpen] = useState(false);
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
          {frame.narration[lang]}
        </p>
        {frame.linux ? (
          <p
            className="mt-2 rounded-md border-l-4 border-slate-500 bg-white/70 px-3 py-1.5 text-sm dark:bg-slate-950/40"
            data-testid="linux-note"
          >
            {t.rich("linuxNote", { why: frame.linux[lang] })}
          </p>
        ) : null}
        <p className="mt-2 text-sm">
          {t.rich("statesLine", { client: frame.states.client, server: frame.states.server })}
          {frame.arc ? (
            <span className="text-slate-600 dark:text-slate-400"> · {t.rich("arcSentence", arcValues(frame.arc))}</span>
          ) : null}
        </p>
      </div>
      {frame.checks ? <ChecksPanel checks={frame.checks} open={checksOpen} onToggle={setChecksOpen} /> : null}
    </section>
  );
}
