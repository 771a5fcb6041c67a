// Segments on the wire and RFC 9293 §3.4 sequence-number arithmetic (modulo 2^32), with §3.10.7.4's test of
// whether an arriving segment is acceptable.

/** The control bits as a capture shows them. Every segment after the first SYN carries ACK. */
export type Flags = "SYN" | "SYN,ACK" | "ACK" | "FIN,ACK" | "RST" | "RST,ACK";

export type Segment = {
  flags: Flags;
  seq: number;
  /** The acknowledgment number, or null when the ACK bit is off (the field means nothing then). */
  ack: number | null;
  /** Bytes of data carried. */
  len: number;
  /** The window the sender offers (SEG.WND): its RCV.WND. */
  wnd: number;
};

export const SEQ_SPACE = 2 ** 32;

/** a + n in sequence space, wrapping at 2^32 (RFC 9293 §3.4: "all arithmetic ... must be performed modulo 2**32"). */
export function seqAdd(a: number, n: number): number {
  return (((a + n) % SEQ_SPACE) + SEQ_SPACE) % SEQ_SPACE;
}

/** True when a comes after b in sequence space (within half the space). */
export function seqAfter(a: number, b: number): boolean {
  const d = seqAdd(a, -b);
  return d > 0 && d < SEQ_SPACE / 2;
}

/** a =< b in sequence space (RFC 9293's "=<", modulo 2^32). */
export function seqLe(a: number, b: number): boolean {
  return a === b || seqAfter(b, a);
}

/** lo =< x < hi, all modulo 2^32: x lies in the half-open range that starts at lo. */
export function seqIn(x: number, lo: number, hi: number): boolean {
  return seqAdd(x, -lo) < seqAdd(hi, -lo);
}

/** Each combination's bits, found once: every check of every arrival asks, and a capture has millions of them. */
const BITS: Record<Flags, ReadonlySet<string>> = {
  SYN: new Set(["SYN"]),
  "SYN,ACK": new Set(["SYN", "ACK"]),
  ACK: new Set(["ACK"]),
  "FIN,ACK": new Set(["FIN", "ACK"]),
  RST: new Set(["RST"]),
  "RST,ACK": new Set(["RST", "ACK"]),
};

export function hasFlag(segment: Pick<Segment, "flags">, flag: "SYN" | "ACK" | "FIN" | "RST"): boolean {
  return BITS[segment.flags].has(flag);
}

/**
 * SEG.LEN as RFC 9293 §3.4 counts it: the data, plus one for a SYN and one for a FIN, because each of them
 * occupies a sequence number of its own.
 */
export function sequenceLength(segment: Pick<Segment, "flags" | "len">): number {
  return segment.len + (hasFlag(segment, "SYN") ? 1 : 0) + (hasFlag(segment, "FIN") ? 1 : 0);
}

/** The acknowledgment that accepts all of `segment`: seq + SEG.LEN. */
export function ackFor(segment: Pick<Segment, "flags" | "len" | "seq">): number {
  return seqAdd(segment.seq, sequenceLength(segment));
}

/** Which row of RFC 9293's Table 6 (§3.10.7.4) applies: by segment length and receive window. */
export type AcceptabilityCase = "empty, zero window" | "empty" | "data, zero window" | "data";

export type Acceptability = { case: AcceptabilityCase; acceptable: boolean };

/**
 * §3.10.7.4's sequence number check, Table 6: zero-length segments must start inside the window (at RCV.NXT when
 * it is closed); a segment with data (or a SYN or FIN) is acceptable if its first or its last sequence number
 * falls inside it, and never when the window is zero.
 */
export function acceptability(
  segment: Pick<Segment, "flags" | "len" | "seq">,
  rcvNxt: number,
  rcvWnd: number,
): Acceptability {
  const length = sequenceLength(segment);
  const end = seqAdd(rcvNxt, rcvWnd);
  if (length === 0) {
    return rcvWnd === 0
      ? { case: "empty, zero window", acceptable: segment.seq === rcvNxt }
      : { case: "empty", acceptable: seqIn(segment.seq, rcvNxt, end) };
  }
  if (rcvWnd === 0) return { case: "data, zero window", acceptable: false };
  const last = seqAdd(segment.seq, length - 1);
  return { case: "data", acceptable: seqIn(segment.seq, rcvNxt, end) || seqIn(last, rcvNxt, end) };
}

/** "SYN,ACK seq=9000 ack=4001", the label an arrow carries. */
export function formatSegment(segment: Pick<Segment, "flags" | "seq" | "ack" | "len">): string {
  const parts = [segment.flags, `seq=${segment.seq}`];
  if (segment.ack !== null) parts.push(`ack=${segment.ack}`);
  if (segment.len > 0) parts.push(`len=${segment.len}`);
  return parts.join(" ");
}
