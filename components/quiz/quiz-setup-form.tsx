"use client";

import { useActionState } from "react";
import { type SetupState, startQuiz } from "@/app/quiz/actions";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";
import { useLocale, useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import {
  FOCUS_TEXT,
  FOCUSES,
  LEVEL_CHOICES,
  LEVEL_TEXT,
  type LevelChoice,
  MAX_LENGTH,
  MIN_LENGTH,
} from "@/lib/quiz/focus";

/** The line under each level's name (a mixed quiz needs none). */
const LEVEL_SUMMARY = {
  any: null,
  basics: "levelBasicsSummary",
  intermediate: "levelIntermediateSummary",
  advanced: "levelAdvancedSummary",
} as const satisfies Record<LevelChoice, string | null>;

const initial: SetupState = { error: null, values: {} };

/**
 * Choose topic, level, length (and optionally a seed and the questions' language, the interface's unless changed),
 * then start. Errors come back with the choices kept.
 */
export function QuizSetupForm({ shared }: { shared?: Record<string, string> }) {
  const [state, action, pending] = useActionState(startQuiz, shared ? { error: null, values: shared } : initial);
  const t = useT("quiz");
  const tc = useT("common");
  const locale = useLocale();
  const v = state.values;
  return (
    <form action={action} className="max-w-3xl space-y-6" aria-describedby={state.error ? "setup-error" : undefined}>
      <fieldset>
        <legend className="text-lg font-semibold">{t("whatToPractise")}</legend>
        <div className="mt-3 grid gap-2 sm:grid-cols-2">
          {FOCUSES.map((focus) => (
            <label
              key={focus}
              className="flex cursor-pointer gap-3 rounded-lg border border-slate-300 p-3 has-[:checked]:border-sky-600 has-[:checked]:bg-sky-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600 dark:border-slate-700 dark:has-[:checked]:border-sky-500 dark:has-[:checked]:bg-sky-950"
            >
              <input
                type="radio"
                name="focus"
                value={focus}
                defaultChecked={(v.focus ?? "everything") === focus}
                className="mt-1 accent-sky-700"
              />
              <span>
                <span className="block font-medium">{tc(FOCUS_TEXT[focus].title)}</span>
                <span className="block text-sm text-slate-600 dark:text-slate-400">
                  {tc(FOCUS_TEXT[focus].summary)}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset>
        <legend className="text-lg font-semibold">{t("level")}</legend>
        <div className="mt-3 grid gap-2 sm:grid-cols-2">
          {LEVEL_CHOICES.map((level) => (
            <label
              key={level}
              className="flex cursor-pointer gap-3 rounded-lg border border-slate-300 p-3 has-[:checked]:border-sky-600 has-[:checked]:bg-sky-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-sky-600 dark:border-slate-700 dark:has-[:checked]:border-sky-500 dark:has-[:checked]:bg-sky-950"
            >
              <input
                type="radio"
                name="level"
                value={level}
                defaultChecked={(v.level ?? "any") === level}
                className="mt-1 accent-sky-700"
              />
              <span>
                <span className="block font-medium">{tc(LEVEL_TEXT[level])}</span>
                {LEVEL_SUMMARY[level] ? (
                  <span className="block text-sm text-slate-600 dark:text-slate-400">{t(LEVEL_SUMMARY[level])}</span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-3">
        <div>
          <label htmlFor="quiz-length" className="block font-medium">
            {t("length")}
          </label>
          <input
            id="quiz-length"
            type="number"
            name="length"
            min={MIN_LENGTH}
            max={MAX_LENGTH}
            defaultValue={v.length ?? "10"}
            required
            aria-describedby="quiz-length-help"
            className="mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
          />
          <span id="quiz-length-help" className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
            {t("lengthRange", { min: MIN_LENGTH, max: MAX_LENGTH })}
          </span>
        </div>
        <label className="block">
          <span className="block font-medium">{t("questionsIn")}</span>
          <select
            name="lang"
            defaultValue={v.lang ?? textLang(locale)}
            className="mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="en">{tc("langEn")}</option>
            <option value="zh">{tc("langZh")}</option>
          </select>
        </label>
        <div>
          <label htmlFor="quiz-seed-input" className="block font-medium">
            {t("seed")}
          </label>
          <input
            id="quiz-seed-input"
            name="seed"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={v.seed ?? ""}
            placeholder={t("seedPlaceholder")}
            aria-describedby="quiz-seed-help"
            className="mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
          />
          <span id="quiz-seed-help" className="mt-1 block text-sm text-slate-600 dark:text-slate-400">
            {t("seedHelp")}
          </span>
        </div>
      </div>

      {state.error ? (
        <p
          id="setup-error"
          role="alert"
          className="rounded-lg bg-rose-50 p-3 text-rose-900 dark:bg-rose-950 dark:text-rose-100"
        >
          {state.error}
        </p>
      ) : null}

      <button type="submit" disabled={pending} className={PRIMARY_BUTTON}>
        {pending ? t("starting") : t("start")}
      </button>
    </form>
  );
}
