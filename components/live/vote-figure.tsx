import { useId } from "react";
import { DiagramBoxes } from "@/components/animation/state-diagram";
import { arcGeometry, DIAGRAM, FIGURE_ARCS, type Place } from "@/lib/animation";
import { useT } from "@/lib/i18n/client";
import type { FigureTally } from "@/lib/live";

const REAL = "text-emerald-600 dark:text-emerald-400";
const WRONG = "text-rose-600 dark:text-rose-400";

/**
 * RFC 9293 Figure 5 with a predict round's votes: every arc of the figure faint, the real step's arc bold in green
 * with its votes, and the arc to each wrong state chosen dashed in red with its count (lib/live/tally.ts). Votes for
 * a state the figure has no arc to are said under it. Colour is not the only signal: the real arc is solid, the
 * wrong ones dashed, and each count is written on its arc.
 */
export function VoteFigure({ tally }: { tally: FigureTally }) {
  const t = useT("live");
  const heads = useId();
  const drawn = tally.choices.filter((c) => c.arc && (c.real || c.votes > 0));
  const from = tally.real.from;
  return (
    <figure className="mx-auto max-w-3xl text-slate-700 dark:text-slate-300" data-testid="vote-figure">
      <svg
        viewBox={`0 0 ${DIAGRAM.width} ${DIAGRAM.height}`}
        role="img"
        aria-label={t("figureVotes", { from: tally.from })}
        className="w-full"
      >
        <defs>
          {(["real", "wrong"] as const).map((kind) => (
            <marker
              key={kind}
              id={`${heads}-${kind}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="10"
              markerHeight="10"
              markerUnits="userSpaceOnUse"
              orient="auto"
              className={kind === "real" ? REAL : WRONG}
            >
              <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
            </marker>
          ))}
        </defs>
        {FIGURE_ARCS.map((a) => (
          <path
            key={`${a.from}>${a.to}`}
            d={arcGeometry(a.from, a.to).d}
            fill="none"
            stroke="currentColor"
            strokeOpacity="0.25"
            strokeWidth="1"
          />
        ))}
        {drawn.map((c) => {
          const arc = c.arc as NonNullable<typeof c.arc>;
          return (
            <path
              key={c.state}
              d={arcGeometry(arc.from, arc.to).d}
              fill="none"
              stroke="currentColor"
              strokeWidth={c.real ? 4 : 3}
              strokeDasharray={c.real ? (arc.inFigure ? undefined : "8 4") : "6 4"}
              markerEnd={`url(#${heads}-${c.real ? "real" : "wrong"})`}
              className={c.real ? REAL : WRONG}
              data-testid={c.real ? "real-arc" : "wrong-arc"}
              data-state={c.state}
              data-votes={c.votes}
            />
          );
        })}
        <DiagramBoxes highlight={new Set<Place>([from])} />
        {drawn.map((c) => {
          const arc = c.arc as NonNullable<typeof c.arc>;
          const at = arcGeometry(arc.from, arc.to).label;
          return (
            // Beside the arc's middle, not on it, so the count never cuts the line into what looks like dashes.
            <text
              key={`${c.state}-count`}
              x={at.x + 14}
              y={at.y + 5}
              textAnchor="middle"
              fontSize="15"
              fontWeight={800}
              className={`${c.real ? REAL : WRONG} stroke-white dark:stroke-slate-950`}
              fill="currentColor"
              strokeWidth="4"
              paintOrder="stroke"
            >
              {c.votes}
            </text>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-base">
        <span className={`inline-flex items-center gap-2 ${REAL}`}>
          <svg viewBox="0 0 28 6" className="h-2 w-8" aria-hidden="true">
            <line x1="0" y1="3" x2="28" y2="3" stroke="currentColor" strokeWidth="4" />
          </svg>
          <span className="text-slate-800 dark:text-slate-200">{t("realStep")}</span>
        </span>
        <span className={`inline-flex items-center gap-2 ${WRONG}`}>
          <svg viewBox="0 0 28 6" className="h-2 w-8" aria-hidden="true">
            <line x1="0" y1="3" x2="28" y2="3" stroke="currentColor" strokeWidth="3" strokeDasharray="6 4" />
          </svg>
          <span className="text-slate-800 dark:text-slate-200">{t("wrongArc")}</span>
        </span>
        {tally.noSuchArc > 0 ? (
          <span data-testid="no-such-arc">{t("noSuchArc", { n: tally.noSuchArc, from: tally.from })}</span>
        ) : null}
      </figcaption>
    </figure>
  );
}
