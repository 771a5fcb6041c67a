import { useId } from "react";
import type { Figure, FigureRow } from "@/lib/quiz";

/** The small picture beside an answer: a sequence diagram of the scenario up to a step, or one arc of Figure 5. */
export function StepFigure({ figure, caption }: { figure: Figure; caption?: string }) {
  return (
    <figure className="max-w-md text-slate-700 dark:text-slate-300">
      {figure.kind === "arc" ? <ArcDiagram figure={figure} /> : <SequenceDiagram figure={figure} />}
      {caption ? <figcaption className="mt-1 text-xs text-slate-500 dark:text-slate-400">{caption}</figcaption> : null}
    </figure>
  );
}

function ArcDiagram({ figure }: { figure: Extract<Figure, { kind: "arc" }> }) {
  const arrow = useId();
  const same = figure.from === figure.to;
  const label = `${figure.event} / ${figure.send === "none" ? "nothing sent" : `snd ${figure.send}`}`;
  return (
    <svg
      viewBox="0 0 360 86"
      role="img"
      aria-label={`${figure.from}, on ${figure.event}, sends ${figure.send === "none" ? "nothing" : figure.send} and ${same ? "stays in" : "enters"} ${figure.to}.`}
      className="w-full"
    >
      <ArrowHead id={arrow} />
      <StateBox x={same ? 120 : 4} y={46} label={figure.from} />
      {same ? (
        <path
          d="M150,46 C150,18 210,18 210,46"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          markerEnd={`url(#${arrow})`}
        />
      ) : (
        <>
          <StateBox x={236} y={46} label={figure.to} />
          <line
            x1="126"
            y1="60"
            x2="232"
            y2="60"
            stroke="currentColor"
            strokeWidth="1.5"
            markerEnd={`url(#${arrow})`}
          />
        </>
      )}
      <text x="180" y={same ? 12 : 38} textAnchor="middle" fontSize="11" fill="currentColor" className="font-mono">
        {label}
      </text>
    </svg>
  );
}

function ArrowHead({ id }: { id: string }) {
  return (
    <defs>
      <marker id={id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
        <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
      </marker>
    </defs>
  );
}

function StateBox({ x, y, label }: { x: number; y: number; label: string }) {
  return (
    <g>
      <rect
        x={x}
        y={y}
        width="120"
        height="28"
        rx="6"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        className="text-sky-700 dark:text-sky-400"
      />
      <text x={x + 60} y={y + 18} textAnchor="middle" fontSize="11" fontWeight="600" fill="currentColor">
        {label}
      </text>
    </g>
  );
}

const ROW = 36;
const TOP = 46;
const WIDTH = 440;
const LANE = { client: 118, server: 322 } as const;

function SequenceDiagram({ figure }: { figure: Extract<Figure, { kind: "steps" }> }) {
  const arrow = useId();
  const y = (step: number) => TOP + (step - 0.5) * ROW;
  const height = TOP + figure.rows.length * ROW + 10;
  const stepOf = new Map(figure.rows.map((r) => [r.step, r]));
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-label={`${figure.title}: steps 1 to ${figure.highlight}, step ${figure.highlight} highlighted. ${narrate(figure.rows.at(-1))}`}
      className="w-full"
    >
      <ArrowHead id={arrow} />
      <rect
        x="0"
        y={y(figure.highlight) - ROW / 2}
        width={WIDTH}
        height={ROW}
        rx="6"
        className="fill-sky-100 dark:fill-sky-950"
      />
      {(["client", "server"] as const).map((role) => (
        <g key={role}>
          <text
            x={LANE[role]}
            y="14"
            textAnchor="middle"
            fontSize="12"
            fontWeight="700"
            className={
              role === "client" ? "fill-client-700 dark:fill-client-500" : "fill-server-700 dark:fill-server-500"
            }
          >
            {role}
          </text>
          <text x={LANE[role]} y="30" textAnchor="middle" fontSize="10" fill="currentColor">
            {figure.initial[role]}
          </text>
          <line x1={LANE[role]} y1="36" x2={LANE[role]} y2={height - 4} stroke="currentColor" strokeOpacity="0.4" />
        </g>
      ))}
      {figure.rows.map((row) => {
        const sentArrow = row.sent ? segmentArrow(row, figure.rows, y) : null;
        const previous = stepOf.get(row.step - 1)?.states ?? figure.initial;
        const changed = row.states[row.actor] !== previous[row.actor];
        const side = row.actor === "client" ? -1 : 1;
        const x = LANE[row.actor] + side * 8;
        const anchor = row.actor === "client" ? "end" : "start";
        return (
          <g key={row.step}>
            <text
              x={row.actor === "client" ? 4 : WIDTH - 4}
              y={y(row.step) + 4}
              fontSize="9"
              fill="currentColor"
              opacity="0.6"
              textAnchor={anchor === "end" ? "start" : "end"}
            >
              {row.step}
            </text>
            {!row.receivedFrom ? (
              <text
                x={x}
                y={y(row.step) - 4}
                textAnchor={anchor}
                fontSize="8.5"
                fill="currentColor"
                opacity="0.75"
                className="font-mono"
              >
                {row.label}
              </text>
            ) : null}
            {changed ? (
              <text x={x} y={y(row.step) + 9} textAnchor={anchor} fontSize="10" fontWeight="700" fill="currentColor">
                {row.states[row.actor]}
              </text>
            ) : null}
            {sentArrow ? (
              <g className={row.step === figure.highlight ? "text-sky-700 dark:text-sky-400" : undefined}>
                <line
                  x1={sentArrow.x1}
                  y1={sentArrow.y1}
                  x2={sentArrow.x2}
                  y2={sentArrow.y2}
                  stroke="currentColor"
                  strokeWidth={row.step === figure.highlight ? 2 : 1.25}
                  strokeDasharray={sentArrow.inFlight ? "4 3" : undefined}
                  markerEnd={row.lost ? undefined : `url(#${arrow})`}
                />
                {row.lost ? (
                  <text
                    x={sentArrow.x2}
                    y={sentArrow.y2 + 4}
                    textAnchor="middle"
                    fontSize="14"
                    fontWeight="700"
                    className="fill-rose-600 dark:fill-rose-400"
                  >
                    ✕
                  </text>
                ) : null}
                <text
                  transform={labelPlacement(sentArrow)}
                  textAnchor={sentArrow.x2 > sentArrow.x1 ? "start" : "end"}
                  fontSize="9.5"
                  fill="currentColor"
                  className="font-mono"
                >
                  <tspan x="0" y="-13">
                    {segmentFlags(row.sent ?? "")}
                    {row.lost ? " (lost)" : ""}
                  </tspan>
                  <tspan x="0" y="-3">
                    {segmentNumbers(row.sent ?? "")}
                  </tspan>
                </text>
              </g>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

/** Where a sent segment's arrow goes: to the step that received it, halfway for a lost one, dashed if still flying. */
function segmentArrow(row: FigureRow, rows: FigureRow[], y: (step: number) => number) {
  const from = LANE[row.actor];
  const to = LANE[row.actor === "client" ? "server" : "client"];
  const receiver = rows.find((r) => r.receivedFrom === row.step);
  if (row.lost) return { x1: from, y1: y(row.step), x2: (from + to) / 2, y2: y(row.step) + ROW * 0.5, inFlight: false };
  if (receiver) return { x1: from, y1: y(row.step), x2: to, y2: y(receiver.step), inFlight: false };
  return { x1: from, y1: y(row.step), x2: from + (to - from) * 0.6, y2: y(row.step) + ROW * 0.45, inFlight: true };
}

/**
 * Where a segment's label goes: on its arrow, starting just past the sender and running along it, in two short
 * lines. Each label then stays on the sender's half, so the labels of two segments that cross (simultaneous open
 * or close) do not land on each other.
 */
function labelPlacement(a: { x1: number; y1: number; x2: number; y2: number }): string {
  // Far enough from the sender's lifeline to clear the head of an arrow arriving there at the same step.
  const t = 20 / Math.abs(a.x2 - a.x1);
  const x = a.x1 + (a.x2 - a.x1) * t;
  const y = a.y1 + (a.y2 - a.y1) * t;
  let angle = (Math.atan2(a.y2 - a.y1, a.x2 - a.x1) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  return `translate(${x.toFixed(1)} ${y.toFixed(1)}) rotate(${angle.toFixed(1)})`;
}

/** "FIN,ACK seq=4001 ack=9001" as its flags and its numbers. */
const segmentFlags = (sent: string) => sent.split(" ")[0] ?? sent;
const segmentNumbers = (sent: string) => sent.split(" ").slice(1).join(" ");

function narrate(row: FigureRow | undefined): string {
  if (!row) return "";
  const what = row.sent
    ? `${row.actor} sends ${row.sent}${row.lost ? ", which is lost" : ""}`
    : `${row.actor}: ${row.label}`;
  return `Step ${row.step}: ${what}; client ${row.states.client}, server ${row.states.server}.`;
}
