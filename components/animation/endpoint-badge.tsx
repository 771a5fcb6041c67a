"use client";
import { useEffect, useState } from "react";
import type { Wait } from "@/lib/animation";
import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import { type Role, STATE_INFO, STATE_NAMES, type State, type Tcb, type TcbField, TIMER_INFO } from "@/lib/tcp";
import { Icon } from "./icons";
import { TcbPanel } from "./tcb-panel";

type Props = {
  role: Role;
  state: State;
  waits: Wait[];
  /** The side's TCB after the step shown, and the variables that step changed. */
  tcb: Tcb;
  changed: readonly TcbField[];
  /** The step shown, whether the player is running, and how long until it moves on. */
  step: number;
  playing: boolean;
  dwellMs: number;
};

/** One side's state as a badge, with the names tools print, the timers it is waiting on and its TCB. */
export function EndpointBadge({ role, state, waits, tcb, changed, step, playing, dwellMs }: Props) {
  const t = useT("learn");
  const names = STATE_NAMES[state];
  return (
    <section
      aria-label={t("badgeLabel", { role, state })}
      data-testid={`badge-${role}`}
      className={`rounded-xl border-2 p-3 ${role === "client" ? "border-client-500/60 bg-client-50 dark:bg-client-700/15" : "border-server-500/60 bg-server-50 dark:bg-server-700/15"}`}
    >
      <p className="flex items-center gap-2 text-sm font-semibold">
        <span
          aria-hidden="true"
          className={`inline-grid size-5 place-items-center rounded-full text-xs font-bold text-white dark:text-slate-950 ${role === "client" ? "bg-client-700 dark:bg-client-500" : "bg-server-700 dark:bg-server-500"}`}
        >
          {role === "client" ? "C" : "S"}
        </span>
        {t("roleTitle", { role })}
      </p>
      <p
        key={state}
        className="appear mt-1 font-mono text-lg font-bold"
        title={`${STATE_INFO[state].zhName} · ${STATE_INFO[state].meaning[textLang(t.locale)]}`}
      >
        {state}
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        ss <span className="font-mono">{names.ss}</span> · Linux <span className="font-mono">{names.linux}</span>
      </p>
      {waits.map((w) => (
        <TimerMeter key={w.timer} wait={w} counting={playing && w.expiresAt === step + 1} dwellMs={dwellMs} />
      ))}
      <TcbPanel role={role} state={state} tcb={tcb} changed={changed} />
    </section>
  );
}

/**
 * A running timer: how long it runs now (the retransmission timeout as backed off, 1 s, 2 s, 4 s …; Linux's 2MSL
 * beside RFC 9293's), whether this step started it again, and a countdown while the player heads for its expiry.
 */
function TimerMeter({ wait, counting, dwellMs }: { wait: Wait; counting: boolean; dwellMs: number }) {
  const t = useT("learn");
  const lang = textLang(t.locale);
  const info = TIMER_INFO[wait.timer];
  const [left, setLeft] = useState(1);
  useEffect(() => {
    setLeft(1);
    if (!counting) return;
    const started = performance.now();
    const id = setInterval(() => setLeft(Math.max(0, 1 - (performance.now() - started) / dwellMs)), 100);
    return () => clearInterval(id);
  }, [counting, dwellMs]);
  const seconds = (wait.seconds * left).toFixed(wait.seconds < 10 ? 1 : 0);
  const msl = wait.timer === "2MSL";
  return (
    <div className="mt-2 text-xs" data-testid={`timer-${wait.timer}`} data-seconds={wait.seconds}>
      <p className="flex flex-wrap justify-between gap-x-2">
        <span className="flex items-center gap-1">
          <Icon name="clock" />
          {info.name[lang]}
        </span>
        <span className="whitespace-nowrap font-mono tabular-nums" title={info.source[lang]}>
          {msl ? t("timerLinuxSeconds", { seconds }) : t("timerSeconds", { seconds })}
        </span>
      </p>
      <div className="mt-1 h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800">
        <div
          className="h-full origin-left rounded-full bg-amber-500 transition-transform duration-100 ease-linear"
          style={{ transform: `scaleX(${left})` }}
        />
      </div>
      {wait.restarted ? (
        <p className="mt-1 font-semibold" data-testid="timer-restarted">
          <span aria-hidden="true">↻ </span>
          {msl
            ? t("timerRestarted2msl")
            : t("timerBackedOff", { was: wait.restarted.was ?? "none", seconds: wait.seconds })}
        </p>
      ) : null}
      {msl ? (
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t.rich("timer2mslRfc", { seconds: info.seconds })}</p>
      ) : null}
      <p className="mt-1 text-slate-600 dark:text-slate-400">
        {t("timerNote", { expires: wait.expiresAt ?? "none", what: info.onExpiry[lang] })}
      </p>
    </div>
  );
}
