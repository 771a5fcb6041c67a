// A captured connection as the player shows it: its steps as rows, labelled with the frames they sent and received,
// its numbers absolute (as on the wire) or relative (from each side's ISN, as Wireshark shows them by default), and
// the time between steps scaled from the capture's timestamps.
import { type FigureRow, type Role, seqAdd, traceRows } from "@/lib/tcp";
import { type CapturedConnection, senderOf } from "./connections";
import { hasTcpFlag } from "./flags";
import type { ExplainedConnection } from "./infer";

export type Numbering = "absolute" | "relative";

/** Each side's base for relative numbers: its ISN, or for a connection caught mid-way the first number it shows. */
export function bases(c: CapturedConnection): Record<Role, number> {
  const base = { client: null as number | null, server: null as number | null };
  for (const p of c.segments) {
    const from = senderOf(c, p);
    // The SYN's own number, where the capture has it; otherwise the first seq seen.
    if (hasTcpFlag(p.flags, "SYN")) base[from] = p.seq;
    else base[from] ??= p.seq;
  }
  return { client: base.client ?? 0, server: base.server ?? 0 };
}

/** The same connection with every seq and ack counted from the sides' bases, which the model plays the same way. */
export function relativeConnection(c: CapturedConnection): CapturedConnection {
  const base = bases(c);
  return {
    ...c,
    segments: c.segments.map((p) => {
      const fromClient = senderOf(c, p) === "client";
      const own = fromClient ? base.client : base.server;
      const peer = fromClient ? base.server : base.client;
      return { ...p, seq: seqAdd(p.seq, -own), ack: seqAdd(p.ack, -peer) };
    }),
  };
}

/** "PSH,ACK seq=1 ack=1 len=100": a captured segment as the table prints it, the bits as they were on the wire. */
export function wireText(s: { flags: string; seq: number; ack: number | null; len: number }): string {
  return `${s.flags} seq=${s.seq}${s.ack === null ? "" : ` ack=${s.ack}`}${s.len > 0 ? ` len=${s.len}` : ""}`;
}

/** The player's rows, each naming the frame its step sent or received ("#4 close()", "#4 arrives: rcv FIN"). */
export function captureRows(x: ExplainedConnection): FigureRow[] {
  const sent = new Map<number, number>();
  const arrived = new Map<number, number>();
  for (const s of x.segments) {
    if (s.sentAt !== null) sent.set(s.sentAt, s.frame);
    if (s.arrivedAt !== null) arrived.set(s.arrivedAt, s.frame);
  }
  return traceRows({ steps: x.steps }).map((row, i) => {
    const frames = [arrived.get(i), sent.get(i)].filter((f) => f !== undefined);
    const unique = [...new Set(frames)];
    return unique.length > 0 ? { ...row, label: `#${unique.join("→#")} ${row.label}` } : row;
  });
}

/** The shortest and longest a step is shown for, in milliseconds, however fast or slow the capture was. */
const PACE_MS = { min: 700, max: 5000, mean: 2400 };

/**
 * How long each of the player's frames is shown when it keeps the capture's pace: the captured gaps between the
 * steps' segments, scaled so that the average step lasts as long as a scenario's, and kept between 0.7 s and 5 s.
 */
export function capturePace(x: ExplainedConnection): number[] {
  const timeOf = new Map<number, number>();
  for (const s of x.segments) {
    for (const at of [s.sentAt, s.arrivedAt]) if (at !== null && !timeOf.has(at)) timeOf.set(at, s.time);
  }
  const gaps = x.steps.map(() => 0);
  let next: number | null = null;
  for (let i = x.steps.length - 1; i >= 0; i--) {
    const t = timeOf.get(i);
    if (t === undefined) continue;
    if (next !== null) gaps[i] = Math.max(0, next - t);
    next = t;
  }
  const total = gaps.reduce((a, b) => a + b, 0);
  const scale = total > 0 ? (PACE_MS.mean * gaps.length) / total : 0;
  // The player's frame 0 is before the first step, and frame n waits for step n (0-based) to be followed.
  const shown = gaps.map((g) => Math.round(Math.min(PACE_MS.max, Math.max(PACE_MS.min, g * scale || PACE_MS.mean))));
  return [PACE_MS.mean, ...shown];
}
