"use client";
import { useEffect, useMemo, useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  applyMove,
  encodeMoves,
  FLIGHT_MS,
  framesOf,
  MAX_MOVES,
  MOVES,
  type Move,
  type Replay,
  replay,
  type Start,
  startConnection,
  storyOf,
} from "@/lib/animation";
import { useT } from "@/lib/i18n/client";
import { textLang } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import { formatSegment, ROLES, type Role, type Step, type Text, traceRows } from "@/lib/tcp";
import { EndpointBadge } from "./endpoint-badge";
import { Narration } from "./narration";
import { SequenceDiagram } from "./sequence-diagram";
import { StateDiagram } from "./state-diagram";
import { useReducedMotion } from "./use-reduced-motion";

/** What the last move did, or why it was refused: RFC 9293's reason for a move, or the session's length limit. */
type Told =
  /** A move played: its story and Linux note; for a segment lost, about the step that sent it (no checks). */
  | { refused: false; text: Text; linux: Text | null; lost: boolean }
  | { refused: true; text: Text; actor: Role; move: Text }
  | { refused: true; limit: true };

type Session = Replay & {
  told: Told | null;
  /** The last move added a step, so its segment flies. */
  fresh: boolean;
};

const MOVE_BUTTON =
  "rounded-lg border px-3 py-1.5 text-left text-sm font-medium disabled:cursor-not-allowed disabled:opacity-40";
const ALLOWED = `${MOVE_BUTTON} border-slate-300 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900`;
const NOT_NOW = `${MOVE_BUTTON} border-dashed border-slate-300 text-slate-500 hover:bg-slate-50 dark:border-slate-700 dark:text-slate-400 dark:hover:bg-slate-900`;

/** "Drive it yourself": each side's moves as buttons; the engine plays them, and refuses the ones RFC 9293 forbids. */
export function Sandbox({ start, moves }: { start: Start; moves: string }) {
  const t = useT("learn");
  const lang = textLang(t.locale);
  const [session, setSession] = useState<Session>(() => ({ ...replay(start, moves), told: null, fresh: false }));
  const reduced = useReducedMotion();
  const hydrated = useHydrated();
  const { connection } = session;
  const beginning = useMemo(() => startConnection(session.start).endpoints, [session.start]);
  const initialStates = useMemo(
    () => ({ client: beginning.client.state, server: beginning.server.state }),
    [beginning],
  );
  const frames = useMemo(() => framesOf(beginning, connection.steps), [beginning, connection.steps]);
  const frame = frames[frames.length - 1] ?? frames[0];
  const rows = useMemo(() => traceRows(connection), [connection]);

  useEffect(() => {
    const url = new URL(window.location.href);
    url.searchParams.set("start", session.start);
    if (session.moves.length > 0) url.searchParams.set("moves", encodeMoves(session.moves));
    else url.searchParams.delete("moves");
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url);
  }, [session.start, session.moves]);

  function play(move: Move) {
    if (session.moves.length >= MAX_MOVES) {
      setSession({ ...session, told: { refused: true, limit: true }, fresh: false });
      return;
    }
    const result = applyMove(connection, move);
    if (!result.ok) {
      const label = MOVES.find((m) => m.do === move.do)?.label ?? { en: move.do, zh: move.do };
      setSession({
        ...session,
        told: { text: result.reason, refused: true, actor: move.actor, move: label },
        fresh: false,
      });
      return;
    }
    setSession({
      ...session,
      connection: result.connection,
      moves: [...session.moves, move],
      problem: null,
      told: { ...storyToTell(result.step), refused: false, lost: move.do === "lose" },
      fresh: move.do !== "lose",
    });
  }

  function restart(from: Start, kept: Move[] = []) {
    setSession({ ...replay(from, encodeMoves(kept)), told: null, fresh: false });
  }

  if (!frame) return null;
  const refusal = session.told?.refused ? session.told : null;
  /** The side whose move was refused (not the session's length limit), whose buttons the reason goes under. */
  const refusedMove = refusal && !("limit" in refusal) ? refusal : null;
  // Numbered as the diagram numbers its steps: a lost segment is a move, but not a step of either side.
  const heading = rows.length === 0 ? t("nothingYet") : t("afterStep", { n: rows.length });

  return (
    <div data-testid="sandbox" data-hydrated={hydrated}>
      <div className="flex flex-wrap items-center gap-3">
        <fieldset className="flex flex-wrap items-center gap-3 text-sm">
          <legend className="sr-only">{t("startFrom")}</legend>
          {(["closed", "established"] as const).map((s) => (
            <label key={s} className="flex items-center gap-1.5">
              <input
                type="radio"
                name="start"
                checked={session.start === s}
                onChange={() => restart(s)}
                className="accent-sky-700"
              />
              {s === "closed" ? t("bothClosed") : t("bothEstablished")}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className={ALLOWED}
          disabled={session.moves.length === 0}
          onClick={() => restart(session.start, session.moves.slice(0, -1))}
        >
          {t("undo")}
        </button>
        <button
          type="button"
          className={ALLOWED}
          disabled={session.moves.length === 0}
          onClick={() => restart(session.start)}
        >
          {t("startOver")}
        </button>
      </div>

      <div role={refusal && "limit" in refusal ? "alert" : undefined} className="min-h-0">
        {refusal && "limit" in refusal ? (
          <div className={REFUSAL}>
            <p className="font-semibold">{t("notAllowedLimit")}</p>
            <p className="mt-1">{t("moveLimit", { max: MAX_MOVES })}</p>
          </div>
        ) : null}
      </div>

      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        {ROLES.map((role) => (
          <section key={role} aria-labelledby={`moves-${role}`}>
            <EndpointBadge
              role={role}
              state={frame.states[role]}
              waits={frame.timers[role]}
              tcb={frame.tcb[role]}
              changed={frame.changed[role]}
              step={frame.step}
              playing={false}
              dwellMs={0}
            />
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-testid={`in-flight-${role}`}>
              {inFlightTo(session, role, t)}
            </p>
            <h3 id={`moves-${role}`} className="mt-3 text-sm font-semibold">
              {t("nextMove", { role })}
            </h3>
            <div className="mt-2 flex flex-wrap gap-2">
              {MOVES.map((m) => {
                const allowed = applyMove(connection, { actor: role, do: m.do }).ok;
                return (
                  <button
                    key={m.do}
                    type="button"
                    className={allowed ? ALLOWED : NOT_NOW}
                    aria-describedby={allowed ? undefined : "not-now-hint"}
                    onClick={() => play({ actor: role, do: m.do })}
                  >
                    {m.label[lang]}
                  </button>
                );
              })}
            </div>
            {/* What the move did, right under the buttons pressed: on a phone the narration is a screen below. */}
            <div role={refusedMove?.actor === role ? "alert" : undefined}>
              {refusedMove?.actor === role ? (
                <div className={REFUSAL}>
                  <p className="font-semibold">
                    {t("notAllowed", { actor: refusedMove.actor, move: refusedMove.move[lang] })}
                  </p>
                  <p className="mt-1">{refusedMove.text[lang]}</p>
                </div>
              ) : null}
            </div>
            {session.told && !session.told.refused && session.moves.at(-1)?.actor === role ? (
              <p
                className="mt-3 rounded-lg bg-sky-50 p-2 text-sm text-sky-950 lg:hidden dark:bg-sky-950 dark:text-sky-50"
                data-testid={`move-result-${role}`}
              >
                {firstSentence(session.told.text[lang])}
              </p>
            ) : null}
          </section>
        ))}
      </div>
      <p id="not-now-hint" className="mt-2 text-xs text-slate-500 dark:text-slate-400">
        {t("notNowHint")}
      </p>

      <Narration
        frame={
          session.told && !session.told.refused
            ? {
                ...frame,
                narration: session.told.text,
                linux: session.told.linux,
                checks: session.told.lost ? null : frame.checks,
              }
            : frame
        }
        last={frames.length - 1}
        heading={heading}
      />

      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <SequenceDiagram
          title={t("yourConnection")}
          initial={initialStates}
          rows={rows}
          highlight={rows.length}
          flight={session.fresh && !reduced ? { step: rows.length, durationMs: FLIGHT_MS } : null}
        />
        <StateDiagram frame={frame} />
      </div>
    </div>
  );
}

const REFUSAL =
  "mt-4 rounded-lg border border-amber-500/50 bg-amber-50 p-3 text-amber-950 dark:bg-amber-950 dark:text-amber-100";

/** A narration's first sentence, in either language: what the move did, for the line under its buttons. */
function firstSentence(text: string): string {
  return text.match(/^.*?(?:\.(?=\s|$)|。)/)?.[0] ?? text;
}

function storyToTell(step: Step): { text: Text; linux: Text | null } {
  const { narration, linux } = storyOf(step);
  return { text: narration, linux };
}

function inFlightTo({ connection }: Replay, role: Role, t: Translator<"learn">): string {
  const coming = connection.network.filter((f) => f.to === role);
  if (coming.length === 0) return t("nothingInFlight", { role });
  const segments = coming.map((f) => formatSegment(f.segment)).join(t("inFlightThen"));
  return t("inFlight", { role, segments });
}
