// Segments on the wire and RFC 9293 §3.4 sequence-number arithmetic (modulo 2^32).

/** The control bits as a capture shows them. Every segment after the first SYN carries ACK. */
export type Flags = "SYN" | "SYN,ACK" | "ACK" | "FIN,ACK" | "RST" | "RST,ACK";

export type Segment = {
  flags: Flags;
  seq: number;
  /** The acknowledgment number, or null when the ACK bit is off (the field means nothing then). */
  ack: number | null;
  /** Bytes of data carried. */
  len: number;
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

export function hasFlag(segment: Segment, flag: "SYN" | "ACK" | "FIN" | "RST"): boolean {
  return segment.flags.split(",").includes(flag);
}

/**
 * SEG.LEN as RFC 9293 §3.4 counts it: the data, plus one for a SYN and one for a FIN, because each of them
 * occupies a sequence number of its own.
 */
export function sequenceLength(segment: Segment): number {
  return segment.len + (hasFlag(segment, "SYN") ? 1 : 0) + (hasFlag(segment, "FIN") ? 1 : 0);
}

/** The acknowledgment that accepts all of `segment`: seq + SEG.LEN. */
export function ackFor(segment: Segment): number {
  return seqAdd(segment.seq, sequenceLength(segment));
}

/** "SYN,ACK seq=9000 ack=4001", the label an arrow carries. */
export function formatSegment(segment: Segment): string {
  const parts = [segment.flags, `seq=${segment.seq}`];
  if (segment.ack !== null) parts.push(`ack=${segment.ack}`);
  if (segment.len > 0) parts.push(`len=${segment.len}`);
  return parts.join(" ");
}
