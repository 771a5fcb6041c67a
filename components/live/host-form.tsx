"use client";

import { useActionState } from "react";
import { type HostFormState, hostLiveAction } from "@/app/live/actions";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";
import { useT } from "@/lib/i18n/client";
import { TIMER_MAX_S, TIMER_MIN_S } from "@/lib/live/session";
import { FOCUS_TEXT, LEVEL_CHOICES, LEVEL_TEXT } from "@/lib/quiz/focus";

const FIELD =
  "mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900";

const TOPICS = ["everything", "handshake", "teardown", "edge-cases", "naming"] as const;
const TIMERS = Array.from({ length: (TIMER_MAX_S - TIMER_MIN_S) / 10 + 1 }, (_, i) => String(TIMER_MIN_S + i * 10));

const initial: HostFormState = { error: null, values: {} };

/** The host's choices: ordinary questions by topic and level, a scenario's predict rounds, the timer and scoring. */
export function HostForm({ scenarios }: { scenarios: { id: string; title: string }[] }) {
  const t = useT("live");
  const tc = useT("common");
  const [state, action, pending] = useActionState(hostLiveAction, initial);
  const v = state.values;
  return (
    <form action={action} className="space-y-4" aria-describedby="host-error">
      <div className="grid gap-4 sm:grid-cols-3">
        <label className="block text-sm font-medium">
          {t("questionsLabel")}
          <input
            name="questions"
            type="number"
            min={0}
            max={20}
            defaultValue={v.questions ?? "5"}
            className={FIELD}
            aria-describedby="questions-help"
          />
        </label>
        <label className="block text-sm font-medium">
          {t("topicLabel")}
          <select name="topic" defaultValue={v.topic ?? "everything"} className={FIELD}>
            {TOPICS.map((f) => (
              <option key={f} value={f}>
                {tc(FOCUS_TEXT[f].title)}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm font-medium">
          {t("levelLabel")}
          <select name="level" defaultValue={v.level ?? "any"} className={FIELD}>
            {LEVEL_CHOICES.map((l) => (
              <option key={l} value={l}>
                {tc(LEVEL_TEXT[l])}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p id="questions-help" className="text-xs text-slate-500 dark:text-slate-400">
        {t("questionsHelp")}
      </p>
      <label className="block text-sm font-medium">
        {t("scenarioLabel")}
        <select
          name="scenario"
          defaultValue={v.scenario ?? "handshake"}
          className={FIELD}
          aria-describedby="scenario-help"
        >
          <option value="none">{t("scenarioNone")}</option>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <p id="scenario-help" className="text-xs text-slate-500 dark:text-slate-400">
        {t("scenarioHelp")}
      </p>
      <label className="block text-sm font-medium">
        {t("timerLabel")}
        <select name="timer" defaultValue={v.timer ?? "30"} className={FIELD}>
          <option value="none">{t("timerNone")}</option>
          {TIMERS.map((s) => (
            <option key={s} value={s}>
              {t("timerSeconds", { n: s })}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="space-y-2 text-sm">
        {(
          [
            ["leaderboard", "leaderboardLabel", "on"],
            ["speedBonus", "speedLabel", "off"],
            ["streakBonus", "streakLabel", "off"],
          ] as const
        ).map(([name, label, start]) => (
          <label key={name} className="flex items-start gap-2">
            <input
              type="checkbox"
              name={name}
              value="on"
              defaultChecked={(v[name] ?? start) === "on"}
              className="mt-1 size-4 accent-sky-700"
            />
            <span>{t(label)}</span>
          </label>
        ))}
      </fieldset>
      <p id="host-error" role="alert" className="min-h-5 text-sm text-rose-700 dark:text-rose-400">
        {state.error}
      </p>
      <button type="submit" className={PRIMARY_BUTTON} disabled={pending}>
        {t("hostSubmit")}
      </button>
    </form>
  );
}
