"use client";
import { useId } from "react";
import { type FigureT, useFigureT } from "@/components/scenario/figure-text";
import type { Injection } from "@/lib/animation";
import type { FigureRow, Role, State } from "@/lib/tcp";
import { FlyingSegment } from "./flying-segment";

/** An arrowhead `size` user units long, whatever the width of the line it ends. */
export function ArrowHead({ id, size = 9 }: { id: string; size?: number }) {
  return (
    <defs>
      <marker
        id={id}
        viewBox="0 0 10 10"
        refX="9"
        refY="5"
        markerWidth={size}
        markerHeight={size}
        markerUnits="userSpaceOnUse"
        orient="auto"
      >
        <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
      </marker>
    </defs>
  );
}

const ROW = 36;
const TOP = 46;
const WIDTH = 440;
const LANE = { client: 118, server: 322 } as const;
/** The strip beyond a lifeline where an injected segment comes from: an attacker, or the network's past. */
const OUTSIDE = 64;

type Props = {
  title: string;
  initial: Record<Role, State>;
  /** The steps drawn: the scenario up to the step shown. */
  rows: FigureRow[];
  /** The step to highlight; 0 for none (before the first step). */
  highlight: number;
  /** Room for this many steps, so a player's picture keeps its size as steps appear. */
  reserveRows?: number;
  /** Fly the segments of this step across, taking this long. */
  flight?: { step: number; durationMs: number } | null;
  /** Segments injected into the network (forged, old duplicates), drawn arriving from outside the lifelines. */
  injected?: readonly Injection[];
  /** On a wide screen, no taller than what is left of the screen under the player's controls and story. */
  fit?: boolean;
  /** Every step of the scenario, shown or not yet: a label is laid out for the crossing it will have. */
  allRows?: readonly FigureRow[];
};

/** Client and server lifelines, time flowing down, each segment an arrow labelled with its flags and numbers. */
export function SequenceDiagram(props: Props) {
  const { title, initial, rows, highlight, reserveRows, flight, injected = [], fit, allRows } = props;
  const t = useFigureT();
  const arrow = useId();
  const y = (step: number) => TOP + (step - 0.5) * ROW;
  const height = TOP + Math.max(rows.length, reserveRows ?? 0, 1) * ROW + 10;
  const stepOf = new Map(rows.map((r) => [r.step, r]));
  const shown = injected.filter((i) => stepOf.has(i.step));
  const injectedAt = new Map(shown.map((i) => [i.step, i]));
  const flying = flight ? flights(flight.step, rows, y, injectedAt.get(flight.step)) : [];
  const crossing = crossingSteps(allRows ?? rows);
  // Room beyond a lifeline only on the side an injected segment comes in from, for every step, so the picture
  // keeps its size as the player steps.
  const left = injected.some((i) => i.to === "client") ? OUTSIDE : 0;
  const right = injected.some((i) => i.to === "server") ? OUTSIDE : 0;
  return (
    <svg
      viewBox={`${-left} 0 ${WIDTH + left + right} ${height}`}
      role="img"
      aria-label={
        highlight === 0
          ? t("figBefore", { title, client: initial.client, server: initial.server })
          : t("figUpTo", { title, step: highlight, now: narrate(t, rows.at(-1)) })
      }
      className={fit ? "w-full lg:max-h-[calc(100svh-19rem)]" : "w-full"}
    >
      <ArrowHead id={arrow} />
      {highlight > 0 ? (
        <rect
          x={-left}
          y={y(highlight) - ROW / 2}
          width={WIDTH + left + right}
          height={ROW}
          rx="6"
          className="fill-sky-100 dark:fill-sky-950"
        />
      ) : null}
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
            {t("figRole", { role })}
          </text>
          <text x={LANE[role]} y="30" textAnchor="middle" fontSize="10" fill="currentColor">
            {initial[role]}
          </text>
          <line x1={LANE[role]} y1="36" x2={LANE[role]} y2={height - 4} stroke="currentColor" strokeOpacity="0.4" />
        </g>
      ))}
      {rows.map((row) => {
        const sentArrow = row.sent ? segmentArrow(row, rows, y) : null;
        const previous = stepOf.get(row.step - 1)?.states ?? initial;
        const changed = row.states[row.actor] !== previous[row.actor];
        const side = row.actor === "client" ? -1 : 1;
        const x = LANE[row.actor] + side * 8;
        const anchor = row.actor === "client" ? "end" : "start";
        return (
          <g key={row.step} className={flight?.step === row.step ? "appear" : undefined}>
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
            {!row.receivedFrom && !injectedAt.has(row.step) ? (
              <text
                x={x}
                y={y(row.step) - 4}
                textAnchor={anchor}
                fontSize="8.5"
                fill="currentColor"
                opacity="0.75"
                className="font-mono max-sm:text-[10.5px]"
                lang="en"
              >
                {row.label}
              </text>
            ) : null}
            {changed ? (
              <text
                x={x}
                y={y(row.step) + 9}
                textAnchor={anchor}
                fontSize="10"
                fontWeight="700"
                fill="currentColor"
                className="max-sm:text-[12px]"
              >
                {row.states[row.actor]}
              </text>
            ) : null}
            {sentArrow ? (
              <g className={row.step === highlight ? "text-sky-700 dark:text-sky-400" : undefined}>
                <line
                  {...ends(sentArrow)}
                  stroke="currentColor"
                  strokeWidth={row.step === highlight ? 2 : 1.25}
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
                <SegmentLabel
                  along={sentArrow}
                  flags={
                    row.lost ? t("figLostFlags", { flags: segmentFlags(row.sent ?? "") }) : segmentFlags(row.sent ?? "")
                  }
                  numbers={segmentNumbers(row.sent ?? "")}
                  crossed={crossing.has(row.step)}
                />
              </g>
            ) : null}
          </g>
        );
      })}
      {shown.map((inj) => (
        <InjectedArrow
          key={`injected-${inj.step}`}
          injection={inj}
          y={y(inj.step)}
          arrow={arrow}
          highlighted={inj.step === highlight}
          from={t("figInjectedFrom", { origin: inj.origin })}
        />
      ))}
      {flying.map((f) => (
        <FlyingSegment
          key={`${flight?.step}-${f.key}`}
          from={f.from}
          to={f.to}
          flags={f.flags}
          lost={f.lost}
          durationMs={flight?.durationMs ?? 0}
          delayMs={f.late ? (flight?.durationMs ?? 0) / 2 : 0}
        />
      ))}
    </svg>
  );
}

/**
 * The steps whose segments cross another on the way (a simultaneous open or close, data both ways at once): sent
 * by one side while the other side's segment, sent earlier, had not arrived yet.
 */
function crossingSteps(rows: readonly FigureRow[]): Set<number> {
  const arrives = new Map<number, number>();
  for (const r of rows) if (r.receivedFrom) arrives.set(r.receivedFrom, r.step);
  const crossing = new Set<number>();
  for (const r of rows) {
    const end = arrives.get(r.step);
    if (!r.sent || end === undefined) continue;
    for (const q of rows) {
      if (q.sent && q.actor !== r.actor && q.step > r.step && q.step < end) {
        crossing.add(r.step);
        crossing.add(q.step);
      }
    }
  }
  return crossing;
}

type Point = { x: number; y: number };

type Line = { x1: number; y1: number; x2: number; y2: number };
type Flight = { key: string; from: Point; to: Point; flags: string; lost: boolean; late: boolean };

const along = (key: string, a: Line, sent: string, lost: boolean, late: boolean): Flight => ({
  key,
  from: { x: a.x1, y: a.y1 },
  to: { x: a.x2, y: a.y2 },
  flags: segmentFlags(sent),
  lost,
  late,
});

/**
 * The segments moving at a step: the one arriving (along its whole arrow, from the sender or from outside) and the
 * one sent (to where it is now), after it.
 */
function flights(step: number, rows: FigureRow[], y: (step: number) => number, injection?: Injection): Flight[] {
  const row = rows.find((r) => r.step === step);
  if (!row) return [];
  const sender = row.receivedFrom ? rows.find((r) => r.step === row.receivedFrom) : null;
  const arriving = injection
    ? along("in", injectedArrow(injection, y(step)), injection.segment, false, false)
    : sender?.sent
      ? along("in", segmentArrow(sender, rows, y), sender.sent, false, false)
      : null;
  const leaving = row.sent ? along("out", segmentArrow(row, rows, y), row.sent, row.lost, Boolean(arriving)) : null;
  return [arriving, leaving].filter((f): f is Flight => f !== null);
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

/** An injected segment's arrow: from the strip beyond the receiver's lifeline, slanting down onto it at its step. */
function injectedArrow(injection: Injection, atY: number) {
  const lane = LANE[injection.to];
  const outer = injection.to === "server" ? WIDTH + OUTSIDE - 6 : -OUTSIDE + 6;
  return { x1: outer, y1: atY - ROW * 0.45, x2: lane, y2: atY };
}

/**
 * A forged segment or an old duplicate, arriving from outside the two lifelines: where it comes from (an attacker,
 * the network's past) at the outer end, its flags and numbers along the arrow, which is drawn dotted and marked ⚡
 * or ↺, so it reads apart from the segments the two sides sent without relying on colour.
 */
function InjectedArrow(props: { injection: Injection; y: number; arrow: string; highlighted: boolean; from: string }) {
  const { injection, arrow, highlighted } = props;
  const a = injectedArrow(injection, props.y);
  const outward = injection.to === "server" ? 1 : -1;
  return (
    <g
      className={
        injection.origin === "forged" ? "text-rose-700 dark:text-rose-400" : "text-amber-700 dark:text-amber-400"
      }
      data-testid="injected-segment"
      data-origin={injection.origin}
    >
      <line
        {...ends(a)}
        stroke="currentColor"
        strokeWidth={highlighted ? 2 : 1.25}
        strokeDasharray="1.5 2.5"
        strokeLinecap="round"
        markerEnd={`url(#${arrow})`}
      />
      <text
        x={a.x1 + outward * 2}
        y={a.y1 - 6}
        textAnchor={outward === 1 ? "end" : "start"}
        fontSize="9"
        fontWeight="700"
        fill="currentColor"
      >
        {injection.origin === "forged" ? "⚡ " : "↺ "}
        {props.from}
      </text>
      {/* Read from the receiver's lifeline outwards, so the label sits beside the side it reaches. */}
      <SegmentLabel
        along={{ x1: a.x2, y1: a.y2, x2: a.x1, y2: a.y1 }}
        flags={segmentFlags(injection.segment)}
        numbers={segmentNumbers(injection.segment)}
      />
    </g>
  );
}

const ends = (a: Line): Line => ({ x1: a.x1, y1: a.y1, x2: a.x2, y2: a.y2 });

/**
 * A segment's flags and numbers along its arrow, from the end it leaves, in two short lines. For an arrow another
 * one crosses, the numbers one per line, so the label ends well before the middle of the arrow, where the crossing
 * arrow's label starts. On a phone the picture is drawn at about 0.8 of its size, so the label is larger there.
 */
function SegmentLabel(props: { along: Line; flags: string; numbers: string; crossed?: boolean }) {
  const { along, flags, numbers, crossed } = props;
  const anchor = along.x2 > along.x1 ? "start" : "end";
  const placed = labelPlacement(along);
  const lines = crossed ? [flags, ...numbers.split(" ")] : [flags, numbers];
  const label = (fontSize: number, className: string) => (
    <text
      transform={placed}
      textAnchor={anchor}
      fontSize={fontSize}
      fill="currentColor"
      className={className}
      data-testid="segment-label"
    >
      {lines.map((line, i) => (
        <tspan key={line} x="0" y={-3 - (fontSize + 0.5) * (lines.length - 1 - i)}>
          {line}
        </tspan>
      ))}
    </text>
  );
  return (
    <>
      {label(9.5, "font-mono max-sm:hidden")}
      {label(11, "font-mono hidden max-sm:inline")}
    </>
  );
}

/**
 * Where a segment's label goes: on its arrow, starting just past the sender and running along it, in two short
 * lines. Each label then stays on the sender's half, so the labels of two segments that cross (simultaneous open
 * or close) do not land on each other.
 */
function labelPlacement(a: Line): string {
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

function narrate(t: FigureT, row: FigureRow | undefined): string {
  if (!row) return "";
  const states = { step: row.step, actor: row.actor, client: row.states.client, server: row.states.server };
  return row.sent
    ? t("figStepSent", { ...states, sent: row.sent, lost: row.lost ? "yes" : "no" })
    : t("figStepDid", { ...states, label: row.label });
}
