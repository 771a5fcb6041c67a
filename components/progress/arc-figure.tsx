import { useId } from "react";
import { DiagramBoxes } from "@/components/animation/state-diagram";
import { arcGeometry, DIAGRAM, placesOf } from "@/lib/animation";
import type { ArcLevel } from "@/lib/classes/rules/results";
import type { Locale } from "@/lib/i18n/locales";
import { EVENT_TEXT, type Event, type Transition } from "@/lib/tcp";

/**
 * An arc's event in a title or a label: English names it as Figure 5 labels it; Chinese says what happens (“收到 FIN”,
 * “被动打开”), without the system call in brackets, which a title or a label cannot mark as code.
 */
export function eventSaid(event: Event, locale: Locale): string {
  return locale === "en" ? event : EVENT_TEXT[event].zh.replace(/（[^）]*\)）$/, "");
}

/** Each level has its own colour and its own line, so the picture reads without colour too. */
const LOOK: Record<ArcLevel, { className: string; width: number; dash?: string }> = {
  unknown: { className: "text-slate-400 dark:text-slate-600", width: 1.2, dash: "2 4" },
  weak: { className: "text-rose-600 dark:text-rose-400", width: 3, dash: "7 4" },
  shaky: { className: "text-amber-500 dark:text-amber-400", width: 3, dash: "12 3" },
  strong: { className: "text-emerald-600 dark:text-emerald-400", width: 3.2 },
};

export type FigureArc = {
  /** What the arc is known by on the page (`data-arc`): a flashcard id, a transition key. */
  key: string;
  transition: Transition;
  level: ArcLevel;
  /** The arc and how it is known, in a sentence: its tooltip. */
  title: string;
  /** Where pressing the arc leads, with the link's accessible name; an arc without one is only drawn. */
  link?: { href: string; label: string };
  /** A short figure drawn on the arc itself ("7/9"). */
  count?: string;
};

/**
 * RFC 9293 Figure 5 with every arc drawn by its level: a learner's mastery on /me, a class's answers on a teacher's
 * results. `label` describes the whole picture; `legend` names each level as the page means it.
 */
export function ArcFigure({
  arcs,
  label,
  legend,
}: {
  arcs: readonly FigureArc[];
  label: string;
  legend: Record<ArcLevel, string>;
}) {
  const heads = useId();
  return (
    <figure className="text-slate-700 dark:text-slate-300">
      <svg viewBox={`0 0 ${DIAGRAM.width} ${DIAGRAM.height}`} aria-label={label} className="w-full">
        <defs>
          {Object.entries(LOOK).map(([level, look]) => (
            <marker
              key={level}
              id={`${heads}-${level}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="9"
              markerHeight="9"
              markerUnits="userSpaceOnUse"
              orient="auto"
              className={look.className}
            >
              <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
            </marker>
          ))}
        </defs>
        {arcs.map((a) => {
          const { from, to } = placesOf(a.transition);
          const look = LOOK[a.level];
          const geometry = arcGeometry(from, to);
          const drawn = (
            <>
              <title>{a.title}</title>
              {/* A wide invisible stroke makes the thin arc easy to hit with a finger. */}
              <path d={geometry.d} fill="none" stroke="transparent" strokeWidth="12" />
              <path
                d={geometry.d}
                fill="none"
                stroke="currentColor"
                strokeWidth={look.width}
                strokeDasharray={look.dash}
                markerEnd={`url(#${heads}-${a.level})`}
                data-level={a.level}
                data-arc={a.key}
              />
            </>
          );
          return a.link ? (
            <a key={a.key} href={a.link.href} aria-label={a.link.label} className={look.className}>
              {drawn}
            </a>
          ) : (
            <g key={a.key} className={look.className}>
              {drawn}
            </g>
          );
        })}
        <DiagramBoxes highlight={new Set()} />
        {/* Counts last, over the boxes' edges, each on a halo of the page's colour so it reads over any line. The
            title of each arc says them in words. */}
        <g>
          {arcs.map((a) => {
            if (!a.count) return null;
            const { from, to } = placesOf(a.transition);
            const { label: at } = arcGeometry(from, to);
            return (
              <text
                key={`${a.key}-count`}
                x={at.x}
                y={at.y + 3.5}
                textAnchor="middle"
                fontSize="10.5"
                fontWeight={700}
                // Dark text, not the arc's colour: amber on white is too faint to read at this size.
                className="text-slate-900 stroke-white dark:text-slate-100 dark:stroke-slate-950"
                fill="currentColor"
                strokeWidth="3"
                paintOrder="stroke"
              >
                {a.count}
              </text>
            );
          })}
        </g>
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {Object.entries(LOOK).map(([level, look]) => (
          <span key={level} className={`inline-flex items-center gap-1.5 ${look.className}`}>
            <svg viewBox="0 0 28 6" className="h-2 w-7" aria-hidden="true">
              <line x1="0" y1="3" x2="28" y2="3" stroke="currentColor" strokeWidth="3" strokeDasharray={look.dash} />
            </svg>
            <span className="text-slate-700 dark:text-slate-300">{legend[level as ArcLevel]}</span>
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
