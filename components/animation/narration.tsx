import type { Frame } from "@/lib/animation";
import { arcSentence } from "./state-diagram";

/** What happened at this step and why, in English and Chinese: the whole story as text, read out as it changes. */
export function Narration({ frame, last, heading }: { frame: Frame; last: number; heading?: string }) {
  return (
    <section
      aria-labelledby="now"
      className="mt-4 rounded-xl border border-sky-600/40 bg-sky-50/60 p-4 dark:bg-sky-950/40"
    >
      <h2 id="now" className="text-lg font-semibold">
        {heading ?? (frame.step === 0 ? "Before the first step" : `Step ${frame.step} of ${last}`)}
      </h2>
      <div aria-live="polite">
        <p className="mt-2" data-testid="narration">
          {frame.narration.en}
        </p>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" lang="zh-CN">
          {frame.narration.zh}
        </p>
        <p className="mt-2 text-sm">
          Client <strong>{frame.states.client}</strong> · server <strong>{frame.states.server}</strong>
          {frame.arc ? <span className="text-slate-600 dark:text-slate-400"> · {arcSentence(frame.arc)}</span> : null}
        </p>
      </div>
    </section>
  );
}
