"use client";
import { useEffect, useMemo, useRef, useState } from "react";
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from "@/components/ui/buttons";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import type { ExplainedConnection } from "@/lib/capture/infer";
import { captureQuestions } from "@/lib/capture/quiz";
import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import type { State } from "@/lib/tcp";

type Props = { explained: ExplainedConnection; onShow: (step: number) => void };

/** "Quiz me on this capture": a question at a time, each answered from the model, with the step to look at. */
export function CaptureQuiz({ explained, onShow }: Props) {
  const t = useT("capture");
  const lang = textLang(t.locale);
  const questions = useMemo(() => captureQuestions(explained), [explained]);
  const [at, setAt] = useState<number | null>(null);
  const [chosen, setChosen] = useState<State | null>(null);
  const [right, setRight] = useState(0);
  const q = at === null ? null : questions[at];
  const prompt = useRef<HTMLParagraphElement>(null);
  // Each new question takes the focus, so the keyboard and a screen reader go on from it, not from the page's top.
  useEffect(() => {
    if (at !== null) prompt.current?.focus();
  }, [at]);
  const done = at !== null && at >= questions.length;

  const choose = (s: State) => {
    if (!q || chosen) return;
    setChosen(s);
    if (s === q.answer) setRight((r) => r + 1);
  };
  const next = () => {
    setChosen(null);
    setAt((a) => (a === null ? 0 : a + 1));
  };

  useShortcuts((key) => {
    if (!q) return false;
    const n = Number(key);
    const choice = Number.isInteger(n) && n >= 1 ? q.choices[n - 1] : undefined;
    if (choice && !chosen) {
      choose(choice);
      return true;
    }
    if (key === "Enter" && chosen) {
      next();
      return true;
    }
    return false;
  });

  return (
    <section aria-labelledby="capture-quiz-heading" className="mt-10" data-testid="capture-quiz">
      <h2 id="capture-quiz-heading" className="text-xl font-semibold">
        {t("quizHeading")}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("quizLead")}</p>
      {questions.length === 0 ? (
        <p className="mt-3">{t("quizNone")}</p>
      ) : at === null ? (
        <button type="button" className={`${PRIMARY_BUTTON} mt-3`} onClick={next}>
          {t("quizStart", { count: questions.length })}
        </button>
      ) : done ? (
        <div className="mt-3" aria-live="polite">
          <p className="text-lg font-semibold" data-testid="capture-quiz-score">
            {t("quizDone", { right, total: questions.length })}
          </p>
          <button
            type="button"
            className={`${SECONDARY_BUTTON} mt-3`}
            onClick={() => {
              setRight(0);
              setChosen(null);
              setAt(0);
            }}
          >
            {t("quizAgain")}
          </button>
        </div>
      ) : q ? (
        <div className="mt-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t("quizProgress", { n: (at ?? 0) + 1, total: questions.length })}
          </p>
          <p
            ref={prompt}
            tabIndex={-1}
            className="mt-1 font-medium focus:outline-none"
            data-testid="capture-quiz-prompt"
          >
            {q.prompt[lang]}
          </p>
          <fieldset className="mt-3">
            <legend className="sr-only">{t("quizChoices")}</legend>
            <ul className="grid gap-2 sm:grid-cols-2">
              {q.choices.map((c, i) => {
                const look =
                  chosen === null
                    ? "border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
                    : c === q.answer
                      ? "border-emerald-600 bg-emerald-50 dark:bg-emerald-950/60"
                      : c === chosen
                        ? "border-rose-600 bg-rose-50 dark:bg-rose-950/60"
                        : "border-slate-300 opacity-70 dark:border-slate-700";
                return (
                  <li key={c}>
                    <button
                      type="button"
                      onClick={() => choose(c)}
                      aria-disabled={chosen !== null}
                      aria-pressed={chosen === c}
                      // Enter goes on to the next question from here too, as the hint says.
                      data-enter="page"
                      className={`min-h-11 w-full rounded-lg border px-3 py-2 text-left font-mono text-sm ${look}`}
                    >
                      <span className="mr-2 text-slate-500">{i + 1}</span>
                      <code>{c}</code>
                    </button>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {chosen ? (
            <div aria-live="polite" className="mt-3" data-testid="capture-quiz-feedback">
              <p className="font-semibold">
                {chosen === q.answer
                  ? t("quizRight", { answer: q.answer })
                  : t("quizWrong", { chosen, answer: q.answer })}
              </p>
              <p className="mt-1 text-sm">{q.explanation[lang]}</p>
              <div className="mt-3 flex flex-wrap gap-2">
                <button type="button" className={PRIMARY_BUTTON} onClick={next}>
                  {t("quizNext")}
                </button>
                <button type="button" className={SECONDARY_BUTTON} onClick={() => onShow(q.step + 1)}>
                  {t("quizSeeStep")}
                </button>
              </div>
            </div>
          ) : (
            <p className="mt-3 text-xs text-slate-500 dark:text-slate-400">{t("quizKeys")}</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
