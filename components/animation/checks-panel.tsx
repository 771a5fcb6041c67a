import type { Checks } from "@/lib/animation";
import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import { CHECK_ORDER, CHECK_TEXT } from "@/lib/tcp";

type Props = {
  checks: Checks;
  /** Open or closed, kept by the caller so that it stays as the learner left it from one step to the next. */
  open: boolean;
  onToggle: (open: boolean) => void;
};

/**
 * The checks RFC 9293 §3.10.7 made on the segment that arrived at this step, in the order it made them, each with
 * what it found; the one that settled the step is marked. Folded by default (eight lines would push the diagrams
 * off the screen); its summary already names the deciding check. A <details>, so the keyboard opens it.
 */
export function ChecksPanel({ checks, open, onToggle }: Props) {
  const t = useT("learn");
  const lang = textLang(t.locale);
  const decider = checks.lines.find((l) => l.decides);
  const order = CHECK_ORDER.map((c) => CHECK_TEXT[c][lang]).join(t("checksOrderJoin"));
  return (
    <details
      open={open}
      onToggle={(e) => onToggle(e.currentTarget.open)}
      className="mt-3 rounded-lg border border-slate-300 bg-white/70 text-sm dark:border-slate-700 dark:bg-slate-950/40"
      data-testid="checks"
    >
      <summary className="cursor-pointer rounded-lg px-3 py-2 font-medium">
        {t("checksSummary", {
          actor: checks.actor,
          n: checks.lines.length,
          decider: decider ? CHECK_TEXT[decider.check][lang] : "none",
        })}
      </summary>
      <div className="px-3 pb-3">
        <p className="text-slate-700 dark:text-slate-300" data-testid="checks-order">
          {checks.fullOrder
            ? t("checksOrderFull", { state: checks.state, order })
            : t("checksOrderOwn", { state: checks.state, section: checks.section })}
        </p>
        <ol className="mt-2 space-y-1">
          {checks.lines.map((line, i) => (
            <li
              key={line.check}
              className={`grid grid-cols-[1.5rem_1fr] gap-x-1 rounded px-1 py-0.5 ${line.decides ? "bg-sky-100 dark:bg-sky-950" : ""}`}
              data-decides={line.decides}
            >
              <span aria-hidden="true" className="tabular-nums text-slate-500 dark:text-slate-400">
                {i + 1}.
              </span>
              <span>
                <strong className="font-semibold">{CHECK_TEXT[line.check][lang]}</strong>
                {t("checksColon")}
                {line.result[lang]}
                {line.decides ? (
                  <span className="ml-1 inline-block rounded border border-sky-700 px-1 text-xs font-semibold text-sky-800 dark:border-sky-400 dark:text-sky-300">
                    ← {t("checksDecides")}
                  </span>
                ) : null}
              </span>
            </li>
          ))}
        </ol>
      </div>
    </details>
  );
}
