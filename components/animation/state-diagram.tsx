import { useId } from "react";
import {
  type Arc,
  arcGeometry,
  BOXES,
  DIAGRAM,
  FIGURE_ARCS,
  type Frame,
  PLACES,
  type Place,
  placeState,
} from "@/lib/animation";
import { useT } from "@/lib/i18n/client";
import { type Alternative, type Role, STATE_NAMES } from "@/lib/tcp";
import { ArrowHead } from "./sequence-diagram";

const TAG: Record<Role, { letter: string; dx: number; className: string }> = {
  client: { letter: "C", dx: -DIAGRAM.boxWidth / 2 + 2, className: "fill-client-700 dark:fill-client-500" },
  server: { letter: "S", dx: DIAGRAM.boxWidth / 2 - 2, className: "fill-server-700 dark:fill-server-500" },
};

/**
 * RFC 9293 Figure 5 with both endpoints on it: each side's box is outlined and tagged C or S, and the arc the
 * last step took is drawn bold (dashed when the figure leaves it out). The tags move with a CSS transform.
 */
/** `fit`: on a wide screen, no taller than what is left of the screen under the player's controls and story. */
export function StateDiagram({ frame, fit }: { frame: Pick<Frame, "places" | "arc" | "states">; fit?: boolean }) {
  const t = useT("learn");
  const arrow = useId();
  const lit = useId();
  const occupied = new Set<Place>([frame.places.client, frame.places.server]);
  const { width, height, boxHeight } = DIAGRAM;
  return (
    <figure className="text-slate-700 dark:text-slate-300">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t("diagramAria", {
          client: frame.states.client,
          server: frame.states.server,
          arc: frame.arc ? t("arcSentence", arcValues(frame.arc)) : "",
        }).trim()}
        className={fit ? "w-full lg:max-h-[calc(100svh-19rem)]" : "w-full"}
      >
        <ArrowHead id={arrow} />
        <g className="text-sky-700 dark:text-sky-400">
          <ArrowHead id={lit} size={12} />
        </g>
        {FIGURE_ARCS.map((a) => (
          <path
            key={`${a.from}>${a.to}`}
            d={arcGeometry(a.from, a.to).d}
            fill="none"
            stroke="currentColor"
            strokeOpacity="0.35"
            strokeWidth="1"
            markerEnd={`url(#${arrow})`}
          />
        ))}
        {frame.arc ? (
          <path
            key={`${frame.arc.from}>${frame.arc.to}>${frame.arc.event}`}
            d={arcGeometry(frame.arc.from, frame.arc.to).d}
            fill="none"
            stroke="currentColor"
            strokeWidth="3"
            strokeDasharray={drawnInFigure(frame.arc) ? undefined : "6 4"}
            markerEnd={`url(#${lit})`}
            className="appear text-sky-700 dark:text-sky-400"
            data-testid="lit-arc"
            data-dashed={!drawnInFigure(frame.arc)}
          />
        ) : null}
        <DiagramBoxes highlight={occupied} />
        {(["client", "server"] as const).map((role) => {
          const b = BOXES[frame.places[role]];
          return (
            <g
              key={role}
              style={{ transform: `translate(${b.x + TAG[role].dx}px, ${b.y - boxHeight / 2}px)` }}
              className="transition-transform duration-700 ease-in-out"
              data-testid={`tag-${role}`}
              data-place={frame.places[role]}
            >
              <circle r="9" className={TAG[role].className} />
              <text y="4" textAnchor="middle" fontSize="11" fontWeight="700" className="fill-white dark:fill-slate-950">
                {TAG[role].letter}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm">
        <span className="inline-flex items-center gap-1">
          <Dot side="client" /> {t("figRole", { role: "client" })}
        </span>
        <span className="ml-3 inline-flex items-center gap-1">
          <Dot side="server" /> {t("figRole", { role: "server" })}
        </span>
        <span className="ml-3 text-slate-500 dark:text-slate-400">{t("diagramLegend")}</span>
      </figcaption>
    </figure>
  );
}

function Dot({ side }: { side: Role }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-grid size-4 place-items-center rounded-full text-[10px] font-bold text-white dark:text-slate-950 ${side === "client" ? "bg-client-700 dark:bg-client-500" : "bg-server-700 dark:bg-server-500"}`}
    >
      {TAG[side].letter}
    </span>
  );
}

/** The `arcSentence` message's names for the readings RFC 9293 also allows. */
const ALTERNATIVE_KEY: Record<Alternative, string> = {
  "RFC 793": "rfc793",
  "MAY-2": "may2",
  "note 3": "note3",
  "strict sequence test": "strict",
};

/**
 * Whether the lit arc is one Figure 5 draws: an arc of the figure taken as the figure means it. Everything else is
 * dashed: a rule of §3.10 the figure leaves out, a step that stays put, a host failure, or a reading RFC 9293 also
 * allows (an alternative row, even where it joins two boxes the figure joins).
 */
export function drawnInFigure(arc: Pick<Arc, "kind" | "alternative">): boolean {
  return arc.kind === "figure" && arc.alternative === null;
}

/**
 * The values of the `arcSentence` message: "The client went from ESTABLISHED to FIN-WAIT-1 on CLOSE, sending FIN: an
 * arc of Figure 5 (RFC 9293 §3.10.4)."
 */
export function arcValues(arc: Arc) {
  const from = placeState(arc.from);
  const to = placeState(arc.to);
  return {
    actor: arc.actor,
    same: from === to ? "yes" : "no",
    from,
    to,
    event: arc.event,
    send: arc.send,
    kind: arc.kind,
    source: arc.source,
    alternative: arc.alternative ? ALTERNATIVE_KEY[arc.alternative] : "none",
    note: arc.note ?? "none",
  };
}

/** The twelve boxes of Figure 5 (CLOSED twice), those in `highlight` outlined bold; each names its Linux and ss spelling. */
export function DiagramBoxes({ highlight }: { highlight: ReadonlySet<Place> }) {
  const { boxWidth, boxHeight } = DIAGRAM;
  return (
    <>
      {PLACES.map((place) => {
        const b = BOXES[place];
        const here = highlight.has(place);
        const state = placeState(place);
        return (
          <g key={place}>
            <rect
              x={b.x - boxWidth / 2}
              y={b.y - boxHeight / 2}
              width={boxWidth}
              height={boxHeight}
              rx="7"
              strokeWidth={here ? 2.5 : 1}
              className={
                here
                  ? "fill-sky-50 stroke-sky-700 dark:fill-sky-950 dark:stroke-sky-400"
                  : "fill-white stroke-slate-400 dark:fill-slate-950 dark:stroke-slate-600"
              }
            />
            <text
              x={b.x}
              y={b.y + 4.5}
              textAnchor="middle"
              fontSize="12.5"
              fontWeight={here ? 700 : 500}
              fill="currentColor"
            >
              <title>{`${state} (Linux ${STATE_NAMES[state].linux}, ss ${STATE_NAMES[state].ss})`}</title>
              {state}
            </text>
          </g>
        );
      })}
    </>
  );
}
