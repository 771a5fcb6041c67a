"use client";
import Link from "next/link";
import { useEffect, useState } from "react";
import { SequenceDiagram } from "@/components/animation/sequence-diagram";
import { useReducedMotion } from "@/components/animation/use-reduced-motion";
import { FLIGHT_MS } from "@/lib/animation";
import { useT } from "@/lib/i18n/client";
import type { FigureRow, Role, State } from "@/lib/tcp";

/** How long each step stays before the next, and the whole handshake before it starts again. */
const STEP_MS = 1600;
const HOLD_MS = 4000;

/**
 * The handshake playing by itself on the home page: the real trace of the model, one segment after another, then
 * again. It has no sound to mute. With reduced motion it shows the whole handshake at once, still; and anything that
 * moves for longer than five seconds has a pause button (WCAG 2.2.2).
 */
export function HandshakeLoop({
  title,
  initial,
  rows,
}: {
  title: string;
  initial: Record<Role, State>;
  rows: FigureRow[];
}) {
  const t = useT("home");
  const reduced = useReducedMotion();
  const [paused, setPaused] = useState(false);
  const [step, setStep] = useState(rows.length);
  const still = reduced || paused;

  useEffect(() => {
    if (still) return;
    const id = setTimeout(
      () => setStep((s) => (s >= rows.length ? 0 : s + 1)),
      step >= rows.length ? HOLD_MS : STEP_MS,
    );
    return () => clearTimeout(id);
  }, [step, still, rows.length]);

  const shown = reduced ? rows.length : step;
  const now = rows[shown - 1]?.states ?? initial;
  return (
    <figure className="rounded-2xl border border-slate-200 p-4 dark:border-slate-800" data-testid="home-handshake">
      <div className="mx-auto max-w-md">
        <SequenceDiagram
          title={title}
          initial={initial}
          rows={rows.slice(0, shown)}
          highlight={shown}
          reserveRows={rows.length}
          flight={!still && shown > 0 ? { step: shown, durationMs: FLIGHT_MS } : null}
        />
      </div>
      <figcaption className="mt-2 flex flex-wrap items-center justify-between gap-2 text-sm text-slate-600 dark:text-slate-400">
        <span data-testid="home-handshake-states">{t("loopStates", { client: now.client, server: now.server })}</span>
        <span className="flex items-center gap-3">
          {reduced ? null : (
            <button
              type="button"
              className="min-h-11 rounded-lg border border-slate-300 px-3 font-semibold text-slate-900 hover:bg-slate-50 dark:border-slate-700 dark:text-slate-100 dark:hover:bg-slate-900"
              aria-pressed={paused}
              onClick={() => setPaused(!paused)}
            >
              {paused ? t("loopPlay") : t("loopPause")}
            </button>
          )}
          <Link
            className="font-semibold text-sky-700 underline underline-offset-2 dark:text-sky-400"
            href="/learn/handshake"
          >
            {t("loopStepByStep")}
          </Link>
        </span>
      </figcaption>
    </figure>
  );
}
