"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useReducer, useRef } from "react";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import {
  type Exercise,
  type ExerciseLine,
  fixReducer,
  MAX_VARIANT,
  SECTIONS,
  score,
  startFixing,
  type Verdict,
  verdict,
  whatIsWrong,
} from "@/lib/quiz/copied-exercise";

const VERDICT_KEY = {
  fixed: "copiedVerdictFixed",
  "not-fixed": "copiedVerdictNotFixed",
  missed: "copiedVerdictMissed",
  broken: "copiedVerdictBroken",
} as const;

const VERDICT_LOOK: Record<Exclude<Verdict, "right">, string> = {
  fixed: "border-emerald-600 bg-emerald-50 dark:bg-emerald-950/60",
  "not-fixed": "border-rose-600 bg-rose-50 dark:bg-rose-950/60",
  missed: "border-rose-600 bg-rose-50 dark:bg-rose-950/60",
  broken: "border-amber-600 bg-amber-50 dark:bg-amber-950/60",
};

const SMALL_BUTTON =
  "min-h-11 min-w-11 rounded-lg border border-slate-300 px-3 text-sm font-semibold hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900";

/** Fixes, and their check, survive a reload or a look at the animation: kept for this tab, per answer and language. */
const storageKey = (e: Exercise, lang: string) => `synack:copied:${e.variant}:${lang}`;

type Kept = { edits: Record<number, string>; checked: boolean };

function loadKept(key: string): Kept {
  try {
    const raw = sessionStorage.getItem(key);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (typeof parsed !== "object" || parsed === null) return { edits: {}, checked: false };
    const { edits, checked } = parsed as { edits?: unknown; checked?: unknown };
    return {
      edits: Object.fromEntries(
        Object.entries(typeof edits === "object" && edits !== null ? edits : {}).filter(
          ([n, v]) => /^\d+$/.test(n) && typeof v === "string" && v.length <= 200,
        ),
      ),
      checked: checked === true,
    };
  } catch {
    return { edits: {}, checked: false };
  }
}

export function FixCopiedAnswer({ exercise }: { exercise: Exercise }) {
  const t = useT("learn");
  const lang = textLang(t.locale);
  const router = useRouter();
  const key = storageKey(exercise, lang);
  const [state, dispatch] = useReducer(fixReducer, undefined, () => startFixing());
  const loaded = useRef(false);
  const resultRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dispatch({ type: "restore", ...loadKept(key) });
    loaded.current = true;
  }, [key]);

  useEffect(() => {
    if (!loaded.current) return;
    try {
      sessionStorage.setItem(key, JSON.stringify({ edits: state.edits, checked: state.checked } satisfies Kept));
    } catch {
      // Private windows may refuse storage; the fixes still count in this page.
    }
  }, [key, state.edits, state.checked]);

  useEffect(() => {
    if (state.checked) resultRef.current?.focus();
  }, [state.checked]);

  const changed = Object.keys(state.edits).length;
  const result = state.checked ? score(exercise, state.edits) : null;
  const another = () => {
    const next = 1 + Math.floor(Math.random() * MAX_VARIANT);
    router.push(`/learn/copied-answer?v=${next}`);
  };

  return (
    <div className="max-w-4xl">
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        {t("copiedCount", { n: exercise.mistakes })} {t("copiedWhyNetstat")}
      </p>

      {result ? (
        <div
          ref={resultRef}
          tabIndex={-1}
          role="status"
          className="mt-6 rounded-xl border border-sky-600/50 bg-sky-50 p-4 outline-none dark:bg-sky-950/50"
        >
          <h2 className="text-xl font-semibold">
            {t("copiedResultTitle", { fixed: result.fixed, mistakes: result.mistakes })}
          </h2>
          {result.fixed === result.mistakes && result.broken === 0 ? (
            <p className="mt-1">{t("copiedAllFixed")}</p>
          ) : null}
          {result.broken > 0 ? <p className="mt-1">{t("copiedBroken", { n: result.broken })}</p> : null}
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" className={SECONDARY_BUTTON} onClick={() => dispatch({ type: "again" })}>
              {t("copiedTryAgain")}
            </button>
            <button type="button" className={PRIMARY_BUTTON} onClick={another}>
              {t("copiedAnother")}
            </button>
          </div>
        </div>
      ) : null}

      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={`copied-${section}`} className="mt-6">
          <h2 id={`copied-${section}`} className="font-mono text-lg font-semibold">
            #{exercise.titles[section]}
          </h2>
          <ol className="mt-2 space-y-2">
            {exercise.lines
              .filter((l) => l.section === section)
              .map((line) => (
                <CopiedLine
                  key={line.n}
                  line={line}
                  typed={state.edits[line.n]}
                  open={state.open === line.n}
                  draft={state.draft}
                  checked={state.checked}
                  lang={lang}
                  dispatch={dispatch}
                />
              ))}
          </ol>
        </section>
      ))}

      {state.checked ? null : (
        <div className="sticky bottom-0 mt-6 flex flex-wrap items-center gap-4 border-t border-slate-200 bg-white/95 py-3 dark:border-slate-800 dark:bg-slate-950/95">
          <button type="button" className={PRIMARY_BUTTON} onClick={() => dispatch({ type: "check" })}>
            {t("copiedCheck")}
          </button>
          <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
            {t("copiedChanged", { n: changed })}
          </p>
        </div>
      )}

      {state.checked ? (
        <details className="mt-8">
          <summary className="cursor-pointer font-semibold text-sky-800 dark:text-sky-300">
            {t("copiedAsItShouldRead")}
          </summary>
          <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded-lg bg-slate-100 p-4 font-mono text-sm dark:bg-slate-900">
            {SECTIONS.map(
              (section) =>
                `#${exercise.titles[section]}\n${exercise.lines
                  .filter((l) => l.section === section)
                  .map((l) => `${l.before}${l.rightWritten}${l.after}`)
                  .join("\n")}`,
            ).join("\n")}
          </pre>
        </details>
      ) : null}
    </div>
  );
}

type LineProps = {
  line: ExerciseLine;
  typed: string | undefined;
  open: boolean;
  draft: string;
  checked: boolean;
  lang: "en" | "zh";
  dispatch: React.Dispatch<Parameters<typeof fixReducer>[1]>;
};

function CopiedLine({ line, typed, open, draft, checked, lang, dispatch }: LineProps) {
  const t = useT("learn");
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) inputRef.current?.select();
  }, [open]);
  const shown = typed ?? line.written;
  const v = checked ? verdict(line, typed) : null;
  const look = v && v !== "right" ? VERDICT_LOOK[v] : "border-slate-200 dark:border-slate-800";
  const inputId = `copied-line-${line.n}`;

  return (
    <li className={`rounded-lg border p-3 ${look}`} data-line={line.n} data-verdict={v ?? undefined}>
      <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
        <span className="w-6 shrink-0 pt-0.5 text-right font-mono text-sm text-slate-500 dark:text-slate-400">
          {line.n}.
        </span>
        <p className="min-w-0 flex-1 break-words">
          {line.before}
          <mark
            className={`rounded font-mono ${typed === undefined ? "bg-transparent text-inherit" : "bg-sky-100 px-1 text-sky-950 dark:bg-sky-900 dark:text-sky-50"}`}
          >
            {shown}
          </mark>
          {line.after}
          {typed !== undefined ? (
            <span className="ml-2 text-sm text-slate-500 dark:text-slate-400">
              {t("copiedWas", { written: line.written })}
            </span>
          ) : null}
        </p>
        {checked || open ? null : (
          <div className="flex shrink-0 gap-2">
            <button
              type="button"
              className={SMALL_BUTTON}
              aria-label={t("copiedFixLine", { n: line.n })}
              onClick={() => dispatch({ type: "open", n: line.n, text: line.written })}
            >
              {t("copiedFix")}
            </button>
            {typed !== undefined ? (
              <button
                type="button"
                className={SMALL_BUTTON}
                aria-label={t("copiedUndoLine", { n: line.n })}
                onClick={() => dispatch({ type: "undo", n: line.n })}
              >
                {t("copiedUndo")}
              </button>
            ) : null}
          </div>
        )}
      </div>

      {open ? (
        <form
          className="mt-3 sm:ml-9"
          onSubmit={(e) => {
            e.preventDefault();
            dispatch({ type: "save" });
          }}
        >
          <label htmlFor={inputId} className="block text-sm font-medium">
            {t("copiedEditLabel", { n: line.n })}
          </label>
          <div className="mt-1 flex flex-wrap gap-2">
            <input
              ref={inputRef}
              id={inputId}
              value={draft}
              maxLength={200}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              aria-describedby={`${inputId}-hint`}
              onChange={(e) => dispatch({ type: "draft", text: e.target.value })}
              onKeyDown={(e) => {
                if (e.key === "Escape") dispatch({ type: "cancel" });
              }}
              className="min-h-11 min-w-0 flex-1 rounded-lg border border-slate-400 bg-white px-3 font-mono dark:border-slate-600 dark:bg-slate-900"
            />
            <button type="submit" className={SMALL_BUTTON}>
              {t("copiedSave")}
            </button>
            <button type="button" className={SMALL_BUTTON} onClick={() => dispatch({ type: "cancel" })}>
              {t("copiedCancel")}
            </button>
          </div>
          <p id={`${inputId}-hint`} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {t("copiedEditHint")}
          </p>
        </form>
      ) : null}

      {v && v !== "right" ? (
        <div className="mt-2 text-sm sm:ml-9">
          <p className="font-semibold">{t(VERDICT_KEY[v])}</p>
          {v === "fixed" || v === "broken" ? null : <p>{t("copiedShouldRead", { names: line.rightWritten })}</p>}
          {v === "not-fixed" && typed !== undefined
            ? whatIsWrong(typed, line.right, lang).map((p) => <p key={p}>{p}</p>)
            : null}
          {v === "broken" ? <p>{t("copiedItRead", { names: line.written })}</p> : null}
          {line.why && v !== "fixed" ? <p className="mt-1 text-slate-700 dark:text-slate-300">{line.why}</p> : null}
          {line.link ? (
            <Link
              className="mt-1 inline-block text-sky-700 underline underline-offset-2 dark:text-sky-400"
              href={line.link}
            >
              {t("copiedSeeStep")}
            </Link>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
