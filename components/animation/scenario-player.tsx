"use client";
import { useEffect, useMemo, useReducer, useRef } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { useShortcuts } from "@/components/ui/use-shortcuts";
import {
  dwell,
  FLIGHT_MS,
  type Frame,
  injectionsOf,
  playerReducer,
  SPEEDS,
  type Speed,
  startPlayer,
} from "@/lib/animation";
import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import { eventGloss, type FigureRow, type Role, type State } from "@/lib/tcp";
import { EndpointBadge } from "./endpoint-badge";
import { Icon } from "./icons";
import { Narration } from "./narration";
import { SequenceDiagram } from "./sequence-diagram";
import { StateDiagram } from "./state-diagram";
import { useReducedMotion } from "./use-reduced-motion";

type Props = {
  title: string;
  initial: Record<Role, State>;
  rows: FigureRow[];
  frames: Frame[];
  /** The step the link asked for. */
  startAt: number;
  /** How long each step is shown at 1x, in milliseconds, where it is not the same for all (a capture's own pace). */
  paceMs?: readonly number[];
  /** Plays one step from `startAt` as soon as it is shown: a live class's reveal plays the step the class predicted. */
  playOnce?: boolean;
  /** Whether the address names the step shown (?step=N); a live class's host screen has an address of its own. */
  inAddress?: boolean;
  /** Figure 5 beside the pictures; off where the page draws its own (the live class's votes at a reveal). */
  figure?: boolean;
};

/** Every control's shape; its colours come apart, so a hover colour never fights another (Play's stays blue). */
const CONTROL_SHAPE =
  "inline-flex items-center justify-center gap-1 rounded-lg border px-3 py-2 text-sm font-semibold disabled:cursor-not-allowed disabled:opacity-40 aria-disabled:cursor-not-allowed aria-disabled:opacity-40";
const CONTROL = `${CONTROL_SHAPE} border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900`;
const PLAY_CONTROL = `${CONTROL_SHAPE} min-w-24 border-sky-700 bg-sky-700 text-white hover:border-sky-800 hover:bg-sky-800 dark:border-sky-600 dark:bg-sky-700 dark:hover:bg-sky-600`;

/** Any scenario played step by step: both pictures, both sides' states, the narration and the controls. */
export function ScenarioPlayer(props: Props) {
  const { title, initial, rows, frames, startAt, paceMs, playOnce, inAddress = true, figure = true } = props;
  const t = useT("learn");
  const lang = textLang(t.locale);
  const last = frames.length - 1;
  const [player, send] = useReducer(playerReducer, startPlayer(last, startAt));
  const reduced = useReducedMotion();
  const hydrated = useHydrated();
  const frame = frames[player.step] ?? frames[0];
  const paced = paceMs?.[player.step];
  const wait = paced === undefined ? dwell(player.speed) : paced / player.speed;
  const injected = useMemo(() => injectionsOf(frames), [frames]);

  // Playing: the next step comes when this one has had its time (a new step starts a new wait).
  // biome-ignore lint/correctness/useExhaustiveDependencies: player.step restarts the wait on every step
  useEffect(() => {
    if (!player.playing) return;
    const id = setTimeout(() => send({ type: "tick" }), wait);
    return () => clearTimeout(id);
  }, [player.playing, player.step, wait]);

  useEffect(() => {
    if (playOnce) send({ type: "next" });
  }, [playOnce]);

  // The address always names the step shown, so it can be shared or bookmarked.
  useEffect(() => {
    if (!inAddress) return;
    const url = new URL(window.location.href);
    if (player.step === 0) url.searchParams.delete("step");
    else url.searchParams.set("step", String(player.step));
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
  }, [player.step, inAddress]);

  // Space plays or pauses and the arrows step when focus is on the page or in the player; Home and End jump when it
  // is in the player (elsewhere they scroll the page). Controls with keys of their own keep them: fields, the
  // scrubber, a button's Space, the menu.
  const root = useRef<HTMLDivElement>(null);
  const segments = useRef<HTMLDivElement>(null);

  // Pressing Play where the segments would fly low on the screen, or below it, brings the player up to the top, so
  // what moves is seen with the controls and the story.
  const startedPlaying = useRef(false);
  useEffect(() => {
    if (!player.playing) {
      startedPlaying.current = false;
      return;
    }
    if (startedPlaying.current) return;
    startedPlaying.current = true;
    const top = segments.current?.getBoundingClientRect().top;
    if (root.current && top !== undefined && top > window.innerHeight * 0.55) {
      root.current.scrollIntoView({ block: "start", behavior: reduced ? "auto" : "smooth" });
    }
  }, [player.playing, reduced]);

  useShortcuts((key, target) => {
    const inPlayer = Boolean(target && root.current?.contains(target));
    const onPage = !target || target === document.body || inPlayer;
    if (!onPage || ((key === "Home" || key === "End") && !inPlayer)) return false;
    const action =
      key === " "
        ? ({ type: "toggle" } as const)
        : key === "ArrowRight"
          ? ({ type: "next" } as const)
          : key === "ArrowLeft"
            ? ({ type: "prev" } as const)
            : key === "Home"
              ? ({ type: "restart" } as const)
              : key === "End"
                ? ({ type: "seek", step: last } as const)
                : null;
    if (!action) return false;
    send(action);
    return true;
  });

  if (!frame) return null;
  const flight =
    player.moved === "forward" && !reduced && player.step > 0
      ? { step: player.step, durationMs: Math.min(FLIGHT_MS / player.speed, wait * 0.8) }
      : null;

  return (
    <div ref={root} data-testid="player" data-hydrated={hydrated}>
      <fieldset className="flex min-w-0 flex-wrap items-center gap-2">
        <legend className="sr-only">{t("playerControls")}</legend>
        <button type="button" className={CONTROL} onClick={() => send({ type: "restart" })} title={t("restartTitle")}>
          <Icon name="restart" /> <span className="max-sm:sr-only">{t("restart")}</span>
        </button>
        <button
          type="button"
          className={CONTROL}
          onClick={() => send({ type: "prev" })}
          // aria-disabled, not disabled: a button that had focus keeps it when it reaches the end (a disabled one
          // drops focus to the page). The reducer ignores the press there.
          aria-disabled={player.step === 0}
          aria-label={t("stepBack")}
          title={t("stepBackTitle")}
        >
          <Icon name="back" /> <span className="max-sm:sr-only">{t("back")}</span>
        </button>
        <button
          type="button"
          className={PLAY_CONTROL}
          onClick={() => send({ type: "toggle" })}
          title={t("playPauseTitle")}
        >
          <Icon name={player.playing ? "pause" : "play"} />
          {player.playing ? t("pause") : player.step === last ? t("replay") : t("play")}
        </button>
        <button
          type="button"
          className={CONTROL}
          onClick={() => send({ type: "next" })}
          aria-disabled={player.step === last}
          aria-label={t("stepForward")}
          title={t("stepForwardTitle")}
        >
          <span className="max-sm:sr-only">{t("next")}</span> <Icon name="next" />
        </button>
        <label className="flex items-center gap-2 text-sm">
          <span className="max-sm:sr-only">{t("speed")}</span>
          <select
            className="rounded-lg border border-slate-300 bg-white px-2 py-2 dark:border-slate-700 dark:bg-slate-900"
            value={player.speed}
            onChange={(e) => send({ type: "speed", speed: Number(e.target.value) as Speed })}
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}x
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <label className="mt-3 flex items-center gap-3 text-sm">
        <span className="shrink-0">{player.step === 0 ? t("scrubAtStart") : t("scrubAt", { step: player.step })}</span>
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={player.step}
          onChange={(e) => send({ type: "seek", step: Number(e.target.value) })}
          aria-label={t("scrubLabel")}
          aria-valuetext={player.step === 0 ? t("beforeFirst") : t("stepOf", { step: player.step, last })}
          className="w-full min-w-0 accent-sky-700"
        />
        <span className="shrink-0 text-slate-500 dark:text-slate-400">{t("ofLast", { last })}</span>
      </label>

      {/*
        On a phone the badges and the segments come first and the story under them. On a wide screen the story spans
        the top, the segments fly on the left with both badges under them and Figure 5 is on the right, so the
        controls, the story and both pictures fit one screen (each picture is held to what is left of its height).
      */}
      <div className={`mt-2 grid gap-x-6 gap-y-4 ${figure ? "lg:grid-cols-2" : ""}`}>
        <div className={`order-3 lg:order-none lg:min-h-40 ${figure ? "lg:col-span-2" : ""}`}>
          <Narration frame={frame} last={last} />
        </div>
        <div className="order-1 mt-4 grid grid-cols-2 gap-3 lg:order-none lg:col-start-1 lg:row-start-3 lg:mt-0">
          {(["client", "server"] as const).map((role) => (
            <EndpointBadge
              key={role}
              role={role}
              state={frame.states[role]}
              waits={frame.timers[role]}
              tcb={frame.tcb[role]}
              changed={frame.changed[role]}
              step={player.step}
              playing={player.playing}
              dwellMs={wait}
            />
          ))}
        </div>
        <div ref={segments} className="order-2 lg:order-none lg:col-start-1 lg:row-start-2">
          <SequenceDiagram
            title={title}
            initial={initial}
            rows={rows.slice(0, player.step)}
            allRows={rows}
            highlight={player.step}
            reserveRows={rows.length}
            flight={flight}
            injected={injected}
            fit
          />
        </div>
        {figure ? (
          <div className="order-4 lg:order-none lg:col-start-2 lg:row-span-2 lg:row-start-2">
            <StateDiagram frame={frame} fit />
          </div>
        ) : null}
      </div>

      <ol className="mt-6 space-y-1 text-sm" aria-label={t("allSteps")}>
        {rows.map((row) => (
          <li key={row.step}>
            <button
              type="button"
              onClick={() => send({ type: "seek", step: row.step })}
              aria-current={row.step === player.step ? "step" : undefined}
              className="block w-full rounded-md px-2 py-1 text-left hover:bg-slate-100 aria-[current=step]:bg-sky-100 aria-[current=step]:font-semibold dark:hover:bg-slate-900 dark:aria-[current=step]:bg-sky-950"
            >
              {row.sent
                ? t.rich("stepItemSent", {
                    step: row.step,
                    actor: row.actor,
                    label: row.label,
                    sent: row.sent,
                    lost: row.lost ? "yes" : "no",
                  })
                : t.rich("stepItem", { step: row.step, actor: row.actor, label: row.label })}
              {lang === "zh" ? t("eventGloss", { gloss: eventGloss(row.event, lang) }) : null}
              <span className="text-slate-600 dark:text-slate-400"> · {row.states[row.actor]}</span>
            </button>
          </li>
        ))}
      </ol>
      <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">{t.rich("keysHelp")}</p>
    </div>
  );
}
