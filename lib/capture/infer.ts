// A captured connection explained by the model: every segment played through lib/tcp's engine, so both endpoints'
// RFC 9293 states are known after each one, with what the segment did and where it is not what RFC 9293 would do.
//
// A capture shows what went on the wire, not what each side did, so the engine is driven by inference: a segment
// is the reply the model's last arrival at its sender produced, or else the call or timer that makes that segment
// (connect, send, close, abort, a retransmission). A segment is taken to arrive just before its receiver sends
// something that acknowledges it, so segments that crossed on the wire (a simultaneous open or close) cross in the
// engine too; and one its sender sent again unanswered, or whose receiver resent what it acknowledged, was lost.
import {
  type Action,
  type Check,
  type ConnectionState,
  closedEndpoint,
  DEFAULT_WINDOW,
  type Endpoint,
  fullStep,
  hasFlag,
  type InFlight,
  isSynchronized,
  MissingTransition,
  type PlayedStep,
  peerOf,
  playStep,
  RECEIVES_DATA,
  type Role,
  type Segment,
  type State,
  type Step,
  seqAdd,
  seqAfter,
  seqLe,
  sequenceLength,
  type Text,
} from "@/lib/tcp";
import { beganAt, type CapturedConnection, senderOf } from "./connections";
import { flagsText, hasTcpFlag, modelFlags } from "./flags";

/** What a segment did, as a capture tool would tag it. */
export type Did =
  | "new data"
  | "acceptable"
  | "not acceptable"
  | "duplicate"
  | "out of window"
  | "retransmission"
  | "challenge ACK"
  | "keep-alive"
  | "zero-window probe"
  | "out of order"
  | "duplicate ACK"
  | "previous not captured"
  | "lost";

/** Where a segment is not what RFC 9293 does: `rfc`, what the RFC would not do; `linux`, a known Linux difference; `model`, what SynAck's model does not play. */
export type Finding = { kind: "rfc" | "linux" | "model"; section: string; text: Text };

export type Known = State | "unknown";

export type SegmentReport = {
  frame: number;
  time: number;
  from: Role;
  /** The control bits on the wire ("FIN,PSH,ACK"). */
  flags: string;
  seq: number;
  /** The acknowledgment number, or null when the ACK bit is off. */
  ack: number | null;
  len: number;
  /** Both endpoints' states once the segment was sent and its receiver processed it. */
  states: Record<Role, Known>;
  did: Did[];
  /** The frame whose arrival this segment answers, when it is the model's reply to it. */
  answers: number | null;
  /** The engine's step that sent it and the one where it arrived (0-based), if any. */
  sentAt: number | null;
  arrivedAt: number | null;
  findings: Finding[];
};

export type ExplainedConnection = {
  connection: CapturedConnection;
  isn: Record<Role, number | null>;
  /** The endpoints before the first step, for the player. */
  beginning: Record<Role, Endpoint>;
  steps: Step[];
  segments: SegmentReport[];
};

const say = (en: string, zh: string): Text => ({ en, zh });

const bareAck = (s: Segment) => s.flags === "ACK" && s.len === 0;

/**
 * §3.8.4's keep-alive: an ACK one below SND.NXT (or, probing a zero window as Linux does, one below SND.UNA), with
 * no data or one byte the receiver has had already, sent only to draw an ACK.
 */
function isKeepAlive(s: Segment, e: Endpoint): boolean {
  if (s.flags !== "ACK" || s.len > 1 || !isSynchronized(e.state)) return false;
  return s.seq === seqAdd(e.sndNxt, -1) || s.seq === seqAdd(e.sndUna, -1);
}

/** The seq just past a segment: what an ACK that covers it says. */
function endOf(s: Pick<Segment, "seq" | "flags" | "len">): number {
  return seqAdd(s.seq, sequenceLength(s));
}

function sameOnTheWire(model: Segment, wire: Segment): boolean {
  if (model.seq !== wire.seq || model.len !== wire.len) return false;
  if (model.ack !== null && wire.ack !== null && model.ack !== wire.ack) return false;
  // Linux's abort and its answer to a stray segment carry an ACK where RFC 9293's RST has none (Transition.linux);
  // the other way round, a RST without the ACK RFC 9293 puts on it, is not what the RFC sends.
  return model.flags === wire.flags || (model.flags === "RST" && wire.flags === "RST,ACK");
}

/** The segments the model reads: each captured one's sender, and what its bits mean to the model (null: none). */
function wireSegments(c: CapturedConnection) {
  // RFC 7323 §2.2: window scaling holds only when both SYNs offered it, and never applies to a SYN's own window.
  const synOf = (r: Role) => c.segments.find((p) => senderOf(c, p) === r && hasTcpFlag(p.flags, "SYN"));
  const scales = { client: synOf("client")?.windowScale ?? null, server: synOf("server")?.windowScale ?? null };
  const scaled = scales.client !== null && scales.server !== null;
  return c.segments.map((p) => {
    const from = senderOf(c, p);
    const bits = modelFlags(p.flags);
    const shift = scaled && !hasTcpFlag(p.flags, "SYN") ? Math.min(scales[from] ?? 0, 14) : 0;
    const segment: Segment | null =
      "flags" in bits
        ? {
            flags: bits.flags,
            seq: p.seq,
            ack: hasTcpFlag(p.flags, "ACK") ? p.ack : null,
            len: p.len,
            wnd: p.window * 2 ** shift,
          }
        : null;
    return { p, from, segment, problem: "problem" in bits ? bits.problem : null };
  });
}

type Wire = ReturnType<typeof wireSegments>[number];

/** How many later segments may tell that one was lost (its retransmission, or the peer resending). */
const LOSS_HORIZON = 256;

/**
 * Which segments never reached their receiver: one its sender sent again (same seq, flags and length) with no
 * answer from the receiver covering it in between, or one whose receiver then resent something it acknowledged.
 */
function lostSegments(wire: readonly Wire[]): Set<number> {
  const lost = new Set<number>();
  wire.forEach((w, i) => {
    const s = w.segment;
    if (!s) return;
    // A retransmission comes within the next few hundred segments, or the connection has moved on: the scan stops
    // there, so a long one-way transfer is not quadratic.
    for (let j = i + 1; j < Math.min(wire.length, i + 1 + LOSS_HORIZON); j++) {
      const later = wire[j];
      const t = later?.segment;
      if (!later || !t) continue;
      if (later.from === w.from) {
        const again = sequenceLength(s) > 0 && t.seq === s.seq && t.flags === s.flags && t.len === s.len;
        if (again && !answeredTwice(wire, j, s)) lost.add(i);
        if (sequenceLength(s) > 0 && t.seq === s.seq) return;
        continue;
      }
      if (sequenceLength(s) > 0 && t.ack !== null && seqLe(endOf(s), t.ack)) return;
      // A RST at the number this segment acknowledged is the receiver's answer to it (§3.10.7.3: an unacceptable ACK).
      if (hasFlag(t, "RST") && s.ack !== null && t.seq === s.ack) return;
      // The receiver resends something this segment acknowledged: it never had the acknowledgment. (A keep-alive,
      // one below what was acknowledged, is no resend: it is sent there on purpose.)
      const keepAlive = t.flags === "ACK" && t.len <= 1 && seqAdd(t.seq, 1) === s.ack;
      if (s.ack !== null && sequenceLength(t) > 0 && seqAfter(s.ack, t.seq) && !keepAlive) {
        lost.add(i);
        return;
      }
      if (sequenceLength(s) === 0 && sequenceLength(t) > 0) return;
    }
  });
  return lost;
}

/**
 * Whether the receiver's next two segments after a retransmission (at `j`) are the same bare ACK, both covering
 * it: one for the original and one for the copy, so the original arrived and the retransmission was spurious (an
 * RTO that fired too soon). A single ACK could be either's, and the original is then taken as lost.
 */
function answeredTwice(wire: readonly Wire[], j: number, s: Segment): boolean {
  const from = wire[j]?.from;
  const acks: number[] = [];
  for (let m = j + 1; m < Math.min(wire.length, j + 1 + LOSS_HORIZON) && acks.length < 2; m++) {
    const later = wire[m];
    const t = later?.segment;
    if (!later || !t || later.from === from) continue;
    if (!bareAck(t) || t.ack === null || !seqLe(endOf(s), t.ack)) return false;
    acks.push(t.ack);
  }
  return acks.length === 2 && acks[0] === acks[1];
}

/**
 * Which segments crossed one from their receiver on the wire: the receiver's next segment of its own does not
 * acknowledge them, so it was sent before they arrived (a simultaneous open or close, data both ways at once). The others are
 * taken to arrive at once.
 */
function crossedSegments(wire: readonly Wire[]): Set<number> {
  const crossed = new Set<number>();
  // From the end back: the next segment each side sends after index i.
  const next: Record<Role, Segment | null> = { client: null, server: null };
  for (let i = wire.length - 1; i >= 0; i--) {
    const w = wire[i] as Wire;
    const s = w.segment;
    if (!s) continue;
    const reply = next[peerOf(w.from)];
    // Only a segment of the receiver's own (a SYN, a FIN, data) shows it was sent before ours arrived; a bare ACK
    // that does not cover ours is its answer to something ours did not do (a zero-window probe refused).
    if (reply && sequenceLength(s) > 0 && sequenceLength(reply) > 0) {
      const covered = reply.ack !== null && seqLe(endOf(s), reply.ack);
      const answered = hasFlag(reply, "RST") && s.ack !== null && reply.seq === s.ack;
      if (!covered && !answered) crossed.add(i);
    }
    next[w.from] = s;
  }
  return crossed;
}

/** Where each side starts: its ISN from its SYN; the server LISTEN if it answered a SYN with SYN,ACK. */
function beginningOf(c: CapturedConnection, wire: readonly Wire[]) {
  const first = (r: Role) => wire.find((w) => w.from === r && w.segment);
  const synOf = (r: Role) => wire.find((w) => w.from === r && w.segment && hasTcpFlag(w.p.flags, "SYN"));
  const isn = { client: synOf("client")?.segment?.seq ?? null, server: synOf("server")?.segment?.seq ?? null };
  const synAck = beganAt(c) === "SYN,ACK" ? wire[0]?.segment : undefined;
  if (synAck?.ack) {
    // The capture missed the client's SYN: the SYN,ACK says what it was (its ACK is the client's ISN + 1), and
    // the server, having sent it, is in SYN-RECEIVED (Figure 5: LISTEN, rcv SYN, snd SYN,ACK).
    const clientIss = seqAdd(synAck.ack, -1);
    const syn: Segment = { flags: "SYN", seq: clientIss, ack: null, len: 0, wnd: DEFAULT_WINDOW };
    const client: Endpoint = {
      ...closedEndpoint(clientIss),
      state: "SYN-SENT",
      sndNxt: synAck.ack,
      opened: "active",
      unacked: syn,
    };
    const server: Endpoint = {
      ...closedEndpoint(synAck.seq),
      state: "SYN-RECEIVED",
      irs: clientIss,
      rcvNxt: synAck.ack,
      sndNxt: seqAdd(synAck.seq, 1),
      sndWnd: DEFAULT_WINDOW,
      rcvWnd: synAck.wnd,
      opened: "passive",
      unacked: synAck,
    };
    return { isn: { ...isn, client: clientIss }, beginning: { client, server }, known: true };
  }
  if (!c.fromStart) {
    // Open before the capture began: assumed ESTABLISHED, from the first numbers each side shows, and reported as
    // unknown until a FIN or RST shows where the sides are.
    const side = (r: Role): Endpoint => {
      const own = first(r)?.segment;
      const peer = first(peerOf(r))?.segment;
      // Before the first segment: what the peer sends first is what this side expects next (its own first ACK may
      // already count that segment), and this side's first segment is where its sending stood.
      const sndNxt = own?.seq ?? peer?.ack ?? 0;
      const rcvNxt = peer?.seq ?? own?.ack ?? 0;
      return {
        ...closedEndpoint(seqAdd(sndNxt, -1)),
        state: "ESTABLISHED",
        irs: seqAdd(rcvNxt, -1),
        sndUna: sndNxt,
        sndNxt,
        sndWnd: peer?.wnd ?? DEFAULT_WINDOW,
        rcvNxt,
        rcvWnd: own?.wnd ?? DEFAULT_WINDOW,
        opened: r === "client" ? "active" : "passive",
      };
    };
    return { isn, beginning: { client: side("client"), server: side("server") }, known: false };
  }
  const serverSyn = synOf("server");
  const listens = serverSyn !== undefined && hasTcpFlag(serverSyn.p.flags, "ACK");
  const server = closedEndpoint(isn.server ?? 0);
  return {
    isn,
    beginning: {
      client: closedEndpoint(isn.client ?? 0),
      server: listens ? { ...server, state: "LISTEN" as const } : server,
    },
    known: true,
  };
}

/** The calls and timers that could have sent `s` from `e`, most likely first. */
function candidates(actor: Role, e: Endpoint, s: Segment, lose: boolean): Action[][] {
  const one = (a: Omit<Action, "actor">): Action[] => [{ actor, lose, ...a }];
  const retransmit = one({ do: "timeout=RTO" });
  switch (s.flags) {
    case "SYN":
      return [one({ do: "active OPEN" }), retransmit];
    case "SYN,ACK":
      return [retransmit];
    case "RST":
    case "RST,ACK":
      return [one({ do: "ABORT" })];
    case "FIN,ACK":
      return s.len > 0
        ? [
            [
              { actor, do: "SEND", bytes: s.len },
              { actor, do: "CLOSE", lose },
            ],
            retransmit,
          ]
        : [one({ do: "CLOSE" }), retransmit];
    default:
      if (s.len > 0) return [one({ do: "SEND", bytes: s.len }), retransmit];
      // An ACK on its own, later than the arrival it answers (a delayed ACK) or a window update: the engine sends
      // it as a SEND of nothing, where a SEND is possible.
      return e.state === "ESTABLISHED" || e.state === "CLOSE-WAIT"
        ? [
            one({
              do: "SEND",
              bytes: 0,
              via: "ACK",
              note: say("An ACK on its own: acknowledging what arrived.", "单独的 ACK：确认已经收到的内容。"),
            }),
          ]
        : [];
  }
}

function addDid(report: SegmentReport, ...did: Did[]) {
  for (const d of did) if (!report.did.includes(d)) report.did.push(d);
}

/** A segment in RFC 9293's notation: <SEQ=0><ACK=1001><CTL=RST,ACK>. */
function rfcNotation(s: Segment): string {
  return `<SEQ=${s.seq}>${s.ack === null ? "" : `<ACK=${s.ack}>`}<CTL=${s.flags}>`;
}

/** A reply of the same kind (a RST, or a SYN) with other numbers or bits: what was sent in its place. */
function sameKindOfReply(model: Segment, wire: Segment): boolean {
  const kind = (x: Segment) => (hasFlag(x, "RST") ? "RST" : hasFlag(x, "SYN") ? "SYN" : null);
  return kind(model) !== null && kind(model) === kind(wire);
}

/**
 * §3.10.7.4: a segment that takes sequence space inside the receiver's window but starts beyond RCV.NXT. Only the
 * states still expecting the peer's text and FIN hold one; the others refuse it as the engine does.
 */
function beyondRcvNxt(e: Endpoint, s: Segment): boolean {
  if (e.rcvNxt === null || sequenceLength(s) === 0 || hasFlag(s, "SYN") || hasFlag(s, "RST")) return false;
  if (!RECEIVES_DATA.includes(e.state)) return false;
  return seqAfter(s.seq, e.rcvNxt) && seqAfter(seqAdd(e.rcvNxt, Math.max(e.rcvWnd, 1)), s.seq);
}

/** The distance from b to a in sequence space. */
function seqDiff(a: number, b: number): number {
  return (a - b + 2 ** 32) % 2 ** 32;
}

/** Data or a FIN from beyond SND.NXT: the side sent sequence space before it that the capture does not hold. */
function skipsAhead(e: Endpoint, s: Segment): boolean {
  if (!isSynchronized(e.state) || sequenceLength(s) === 0 || hasFlag(s, "SYN") || hasFlag(s, "RST")) return false;
  return seqAfter(s.seq, e.sndNxt) && seqDiff(s.seq, e.sndNxt) < 2 ** 30;
}

/**
 * A retransmission of data cut otherwise than first sent (a sender may repacketize what it sends again): it starts
 * inside [SND.UNA, SND.NXT), so the retransmission timer resends it, and what it carries beyond SND.NXT is new
 * data (as after a zero-window probe of one byte, §3.8.6.1).
 */
function resend(actor: Role, e: Endpoint, s: Segment, lose: boolean): Action[] | null {
  if (s.flags !== "ACK" || s.len === 0 || !isSynchronized(e.state) || !e.unacked) return null;
  if (!seqLe(e.sndUna, s.seq) || !seqAfter(e.sndNxt, s.seq)) return null;
  const beyond = seqAfter(endOf(s), e.sndNxt) ? seqDiff(endOf(s), e.sndNxt) : 0;
  // Sent as one segment: whether it was lost is the last action's to say, as for data and a FIN together.
  return beyond > 0
    ? [
        { actor, do: "timeout=RTO" },
        { actor, do: "SEND", bytes: beyond, lose },
      ]
    : [{ actor, do: "timeout=RTO", lose }];
}

function made(checks: readonly Check[], verdict: Check["verdict"]): boolean {
  return checks.some((ch) => ch.verdict === verdict);
}

/** Which of the segments in flight to `to` is `segment`, by age, as the engine's deliver counts; -1 if none. */
function nthInFlight(network: readonly InFlight[], to: Role, segment: Segment): number {
  let nth = 0;
  for (const f of network) {
    if (f.to !== to) continue;
    if (f.segment === segment) return nth;
    nth++;
  }
  return -1;
}

/** The connection with one side's endpoint replaced, written out: a computed key or a spread makes V8 build it slowly. */
function withEndpoint(conn: ConnectionState, role: Role, e: Endpoint): ConnectionState {
  const { client, server } = conn.endpoints;
  return { endpoints: role === "client" ? { client: e, server } : { client, server: e }, network: conn.network };
}

// The next two written out too, for the same reason: V8 builds a spread that overrides a field many times slower
// than a literal, and a capture makes one or two of these for every segment.

/** Both sides' states with one side's replaced, written out for the same reason. */
function withState(states: Record<Role, Known>, role: Role, state: Known): Record<Role, Known> {
  return role === "client" ? { client: state, server: states.server } : { client: states.client, server: state };
}

/** The connection with another network in flight. */
function onNetwork(conn: ConnectionState, network: InFlight[]): ConnectionState {
  return { endpoints: conn.endpoints, network };
}

/** `f` carrying the captured segment in place of the model's equal one. */
function carrying(f: InFlight, segment: Segment): InFlight {
  const { sentAtStep, from, to, origin } = f;
  return origin ? { sentAtStep, from, to, segment, origin } : { sentAtStep, from, to, segment };
}

function rewrite(step: PlayedStep, change: Partial<PlayedStep>): PlayedStep {
  return { ...step, ...change };
}

/** Plays one captured connection through the model. */
export function explainConnection(c: CapturedConnection): ExplainedConnection {
  const wire = wireSegments(c);
  const lost = lostSegments(wire);
  const crossed = crossedSegments(wire);
  const { isn, beginning, known: fromStart } = beginningOf(c, wire);
  let conn: ConnectionState = { endpoints: { ...beginning }, network: [] };
  // The steps are kept here rather than in the engine's Connection, which copies its history at every step; the
  // player's whole steps are made from them only when it reads them (the command line never does).
  const steps: PlayedStep[] = [];
  let known = fromStart;
  const serverHeard = wire.some((w) => w.from === "server");
  const lastWnd: Record<Role, number> = { client: beginning.client.rcvWnd, server: beginning.server.rcvWnd };
  const reports: SegmentReport[] = [];
  const onTheWire = new Set<Segment>(wire.flatMap((w) => (w.segment ? [w.segment] : [])));
  /** Segments on their way, by report index, in the order sent. */
  const pending: { report: number; to: Role }[] = [];
  /** Which report a step's segment belongs to, and which reply step answers which report. */
  const answersOf = new Map<number, number>();
  /**
   * §3.10.7.4: segments inside the receiver's window but beyond RCV.NXT, held until the gap before them is filled,
   * by receiver. The engine plays arrivals in order only, so each is delivered once RCV.NXT reaches it.
   */
  const held: Record<Role, { report: number; flight: InFlight }[]> = { client: [], server: [] };
  /** Sequence space a side sent that the capture does not hold (it dropped packets), by the side that received it. */
  const gaps: Record<Role, { from: number; to: number }[]> = { client: [], server: [] };
  const startsAtSynAck = beganAt(c) === "SYN,ACK";

  const stateOf = (role: Role): Known =>
    !known || (role === "server" && !serverHeard) ? "unknown" : conn.endpoints[role].state;
  const snapshot = (): Record<Role, Known> => ({ client: stateOf("client"), server: stateOf("server") });

  /** Delivers report `k`'s segment; `wasHeld` when it waited beyond RCV.NXT, its column already showing its arrival. */
  function deliver(k: number, wasHeld = false) {
    const report = reports[k];
    const w = wire[k];
    if (!report || !w?.segment) return;
    const to = peerOf(report.from);
    const nth = nthInFlight(conn.network, to, w.segment);
    if (nth < 0) return;
    skipGaps(to);
    const at = conn.endpoints[to];
    if (at.rcvWnd !== lastWnd[to]) conn = withEndpoint(conn, to, { ...at, rcvWnd: lastWnd[to] });
    if (beyondRcvNxt(conn.endpoints[to], w.segment)) {
      const flight = conn.network.find((f) => f.to === to && f.segment === w.segment) as InFlight;
      conn = onNetwork(
        conn,
        conn.network.filter((f) => f !== flight),
      );
      held[to].push({ report: k, flight });
      addDid(report, "acceptable", "out of order");
      report.states = withState(report.states, to, stateOf(to));
      return;
    }
    const result = tryAdvance(conn, { actor: to, do: "deliver", nth }, steps.length);
    if (!result.ok) {
      report.findings.push({ kind: "model", section: "§3.10.7.4", text: result.reason });
      conn = onNetwork(
        conn,
        conn.network.filter((f) => f.segment !== w.segment),
      );
    } else {
      conn = result.connection;
      steps.push(result.step);
      report.arrivedAt = result.step.index;
      if (result.step.segment) answersOf.set(result.step.index, k);
      const checks = result.step.checks ?? [];
      const decided = checks.find((ch) => ch.decides)?.verdict;
      if (made(checks, "seq-ok") || made(checks, "seq-trimmed")) addDid(report, "acceptable");
      if (made(checks, "delivered")) addDid(report, "new data");
      if (decided === "seq-refused") {
        addDid(report, "not acceptable");
        if (seqLe(endOf(w.segment), at.rcvNxt ?? w.segment.seq)) addDid(report, "duplicate");
      }
      if (decided === "seq-rst-out") addDid(report, "out of window");
      const linux = result.step.transition.linux;
      if (linux) report.findings.push({ kind: "linux", section: result.step.transition.source, text: linux.why });
      // The receiver's column only: a segment that arrives late (it crossed) must not show what its sender did
      // meanwhile. A refused arrival changed nothing, so its column stays as it was.
      holdOlderAcks(to, result.step);
      // What it let through (held segments it filled the gap before) is processed at once, so it shows too.
      deliverHeld(to);
      if (!wasHeld) report.states = withState(report.states, to, stateOf(to));
    }
  }

  /** Past the sequence space the capture missed, as the receiver had it: RCV.NXT moves over it. */
  function skipGaps(to: Role) {
    let e = conn.endpoints[to];
    while (gaps[to].length > 0 && e.rcvNxt !== null) {
      const g = gaps[to][0] as { from: number; to: number };
      if (e.rcvNxt === g.from) e = { ...e, rcvNxt: g.to };
      else if (!seqAfter(e.rcvNxt, g.from)) break;
      // Reached, or passed by a retransmission that did reach the capture: either way it is behind RCV.NXT now.
      gaps[to].shift();
    }
    if (e !== conn.endpoints[to]) conn = withEndpoint(conn, to, e);
  }

  /** The held segments RCV.NXT has reached, delivered in turn: the gap before them is filled. */
  function deliverHeld(to: Role) {
    while (held[to].length > 0) {
      skipGaps(to);
      const rcvNxt = conn.endpoints[to].rcvNxt;
      const ready = held[to].findIndex((h) => rcvNxt !== null && seqLe(h.flight.segment.seq, rcvNxt));
      if (ready < 0) return;
      const [h] = held[to].splice(ready, 1);
      if (!h) return;
      conn = onNetwork(conn, [...conn.network, h.flight]);
      deliver(h.report, true);
    }
  }

  /**
   * An ACK the model owes that a newer one of the same side makes moot: it was held back and the newer one covers
   * it (a delayed ACK). Kept to one per side, so a side that receives a long run of data and says nothing does
   * not pile up replies the network must carry.
   */
  function holdOlderAcks(side: Role, newest: PlayedStep) {
    if (!newest.segment || !bareAck(newest.segment)) return;
    for (const f of conn.network) {
      if (f.from !== side || f.sentAtStep === null || f.sentAtStep === newest.index || onTheWire.has(f.segment))
        continue;
      if (f.segment.flags !== "ACK" || f.segment.len > 0) continue;
      const step = steps[f.sentAtStep] as PlayedStep;
      steps[f.sentAtStep] = rewrite(step, { segment: null, ackDelayed: true });
      conn = onNetwork(
        conn,
        conn.network.filter((x) => x !== f),
      );
    }
  }

  /** Delivers the segments on their way to `to` in the order sent, up to and including report `k`. */
  function arriveUpTo(to: Role, k: number) {
    while (true) {
      const x = pending.find((p) => p.to === to);
      if (!x || x.report > k) return;
      pending.splice(pending.indexOf(x), 1);
      deliver(x.report);
    }
  }

  /** Before `from` sends `s`, what reached it: everything up to the last segment `s` acknowledges or answers. */
  function arriveBefore(from: Role, s: Segment | null) {
    if (!s) return;
    let last = -1;
    for (const x of pending) {
      const w = wire[x.report]?.segment;
      if (x.to !== from || !w) continue;
      const covered = s.ack !== null && sequenceLength(w) > 0 && seqLe(endOf(w), s.ack);
      const answered = hasFlag(s, "RST") && w.ack !== null && s.seq === w.ack;
      if (covered || answered) last = x.report;
    }
    arriveUpTo(from, last);
  }

  /**
   * The replies `from` owes that `s` is not: held back (an ACK) or never sent (the capture shows none). Returns the
   * step whose reply `s` is, and where `s` is that reply with other numbers or bits (a RST without its ACK, a
   * SYN,ACK acknowledging the wrong number), the reply RFC 9293 sends.
   */
  function settleReplies(from: Role, s: Segment | null): { step: number; rfc: Segment | null } | null {
    // A reply the engine made and no captured segment has been matched to yet (captured ones are on the wire).
    const owed = conn.network.filter((f) => f.from === from && f.sentAtStep !== null && !onTheWire.has(f.segment));
    const exact = s ? owed.find((f) => sameOnTheWire(f.segment, s)) : undefined;
    const match = exact ?? (s ? owed.find((f) => sameKindOfReply(f.segment, s)) : undefined);
    for (const f of owed) {
      if (f === match) break;
      const index = f.sentAtStep as number;
      const step = steps[index] as PlayedStep;
      const bareAck = f.segment.flags === "ACK" && f.segment.len === 0;
      const owner = reports[answersOf.get(index) ?? -1];
      if (!bareAck && owner) {
        owner.findings.push({
          kind: "rfc",
          section: step.transition.source,
          text: say(
            `RFC 9293 answers this with ${f.segment.flags}; the capture shows none.`,
            `RFC 9293 会以 ${f.segment.flags} 回应它；抓包中没有。`,
          ),
        });
      }
      conn = onNetwork(
        conn,
        conn.network.filter((x) => x !== f),
      );
      steps[index] = rewrite(step, bareAck ? { segment: null, ackDelayed: true } : { segment: null });
    }
    return match ? { step: match.sentAtStep as number, rfc: exact ? null : match.segment } : null;
  }

  /** Whether the receiver of segment `k` later acknowledges everything before `seq`: then it had it. */
  function acknowledgedLater(k: number, seq: number): boolean {
    const from = wire[k]?.from;
    for (let j = k + 1; j < Math.min(wire.length, k + 1 + LOSS_HORIZON); j++) {
      const t = wire[j];
      const ack = t?.segment?.ack;
      if (t && t.from !== from && ack !== null && ack !== undefined && seqLe(seq, ack)) return true;
    }
    return false;
  }

  function send(k: number, w: Wire) {
    const s = w.segment as Segment;
    const report = reports[k] as SegmentReport;
    const lose = lost.has(k);
    const reply = settleReplies(w.from, s);
    const sender = conn.endpoints[w.from];
    if (startsAtSynAck && k === 0) {
      // The SYN,ACK the server in SYN-RECEIVED sent before the capture began to record (beginningOf).
      conn = onNetwork(conn, [...conn.network, { sentAtStep: null, from: w.from, to: peerOf(w.from), segment: s }]);
    } else if (reply !== null) {
      const replyStep = reply.step;
      const answered = answersOf.get(replyStep);
      report.answers = answered !== undefined ? (reports[answered]?.frame ?? null) : null;
      report.sentAt = replyStep;
      if (reply.rfc) {
        const step = steps[replyStep] as PlayedStep;
        report.findings.push({
          kind: "rfc",
          section: step.transition.source,
          text: say(
            `RFC 9293 answers #${report.answers ?? "?"} with ${rfcNotation(reply.rfc)}; this is ${rfcNotation(s)}.`,
            `RFC 9293 对 #${report.answers ?? "?"} 的回应是 ${rfcNotation(reply.rfc)}；这里发送的是 ${rfcNotation(s)}。`,
          ),
        });
        // The receiver gets what was sent, and the player draws it.
        steps[replyStep] = rewrite(step, { segment: s });
      }
      const verdict = steps[replyStep]?.checks?.find((ch) => ch.decides)?.verdict;
      if (verdict === "rst-challenge" || verdict === "syn-challenge" || verdict === "syn-challenge-active") {
        addDid(report, "challenge ACK");
      }
      conn = onNetwork(
        conn,
        conn.network.map((f) => (f.sentAtStep === replyStep && f.from === w.from ? carrying(f, s) : f)),
      );
      if (lose) {
        // Lost on the way: the step that sent it says so, and it never arrives.
        conn = onNetwork(
          conn,
          conn.network.filter((f) => f.segment !== s),
        );
        steps[replyStep] = rewrite(steps[replyStep] as PlayedStep, { lost: true });
      }
    } else {
      if (skipsAhead(sender, s) && acknowledgedLater(k, s.seq)) {
        // The capture dropped what this side sent before: Wireshark's "previous segment not captured". The sender
        // sent it, and its receiver is taken to have had it when RCV.NXT reaches it.
        gaps[peerOf(w.from)].push({ from: sender.sndNxt, to: s.seq });
        const missed: Segment = { ...s, flags: "ACK", seq: sender.sndNxt, len: seqDiff(s.seq, sender.sndNxt) };
        const e = { ...sender, sndNxt: s.seq, unacked: sender.unacked ?? missed };
        conn = withEndpoint(conn, w.from, e);
        addDid(report, "previous not captured");
      }
      const from = conn.endpoints[w.from];
      // With segments held beyond RCV.NXT, an ACK on its own of RCV.NXT is the immediate duplicate ACK that tells
      // the peer where the gap is (RFC 5681 §4.2): the acknowledgment §3.10.7.4 sends for an out-of-order segment.
      if (bareAck(s) && held[w.from].length > 0 && s.ack === from.rcvNxt) addDid(report, "duplicate ACK");
      const exact = firstPlayed(conn, candidates(w.from, from, s, lose), steps.length, s);
      const resent = exact ? null : resend(w.from, from, s, lose);
      const played = exact ?? (resent ? playAll(conn, resent, steps.length) : null);
      if (played) {
        conn = played.connection;
        steps.push(...played.steps);
        const last = played.steps[played.steps.length - 1] as PlayedStep;
        report.sentAt = last.index;
        if (played.steps.some((st) => st.event === "timeout=RTO")) addDid(report, "retransmission");
        const linux = last.transition.linux;
        if (linux?.flags && s.flags !== last.segment?.flags) {
          report.findings.push({ kind: "linux", section: last.transition.source, text: linux.why });
        }
        // Data and FIN in one segment: the engine sent them as two; the wire carried one.
        const ours = new Set(played.steps.map((st) => st.index));
        conn = onNetwork(
          conn,
          conn.network
            .filter((f) => !(f.sentAtStep !== null && ours.has(f.sentAtStep) && f.sentAtStep !== last.index))
            .map((f) => (f.sentAtStep === last.index ? carrying(f, s) : f)),
        );
        for (const st of played.steps) if (st !== last) steps[st.index] = rewrite(st, { segment: null });
        // A retransmission the sender cut otherwise (repacketized, or with new data after it): the wire's segment.
        if (!exact) steps[last.index] = rewrite(last, { segment: s });
        if (from.sndWnd === 0 && s.len > 0) addDid(report, "zero-window probe");
        if (played.steps.some((st) => st.event === "ABORT" || st.event === "CLOSE")) known = true;
      } else if (bareAck(s) && isSynchronized(from.state) && s.seq === from.sndNxt) {
        // An ACK on its own from a state where no call sends one: a window update (§3.8.6.2.2) or an ACK held back
        // and sent later. It changes nothing of the sender's.
        if (!lose)
          conn = onNetwork(conn, [...conn.network, { sentAtStep: null, from: w.from, to: peerOf(w.from), segment: s }]);
      } else if (isKeepAlive(s, from)) {
        // §3.8.4: a keep-alive is a segment with a sequence number one below SND.NXT, with no data or one garbage
        // byte; the peer answers it as any unacceptable segment, with an ACK. Linux probes a zero window this way too.
        addDid(report, "keep-alive");
      } else {
        report.findings.push({
          kind: "rfc",
          section: "§3.10",
          text: say(
            `RFC 9293 gives the ${w.from} in ${from.state} no call or timer that sends this segment.`,
            `在 RFC 9293 中，处于 ${from.state} 的${w.from === "client" ? "客户端" : "服务器"}没有哪个调用或计时器会发送这个报文段。`,
          ),
        });
        if (!lose)
          conn = onNetwork(conn, [...conn.network, { sentAtStep: null, from: w.from, to: peerOf(w.from), segment: s }]);
      }
    }
    if (lose) addDid(report, "lost");
    if (hasTcpFlag(w.p.flags, "FIN") || hasTcpFlag(w.p.flags, "RST")) known = true;
    lastWnd[w.from] = s.wnd;
    report.states = snapshot();
    // A server that never sends anything in the capture may not exist at all: what it would do is not known.
    if (lose || (w.from === "client" && !serverHeard)) return;
    pending.push({ report: k, to: peerOf(w.from) });
    if (!crossed.has(k)) arriveUpTo(peerOf(w.from), k);
  }

  wire.forEach((w, k) => {
    const p = w.p;
    reports.push({
      frame: p.frame,
      time: p.time,
      from: w.from,
      flags: flagsText(p.flags),
      seq: p.seq,
      ack: hasTcpFlag(p.flags, "ACK") ? p.ack : null,
      len: p.len,
      states: snapshot(),
      did: [],
      answers: null,
      sentAt: null,
      arrivedAt: null,
      findings: [],
    });
    arriveBefore(w.from, w.segment);
    if (!w.segment) {
      (reports[k] as SegmentReport).findings.push(problemFinding(w.problem));
      (reports[k] as SegmentReport).states = snapshot();
      return;
    }
    send(k, w);
  });
  for (const x of pending.splice(0)) deliver(x.report);
  settleReplies("client", null);
  settleReplies("server", null);
  let full: Step[] | undefined;
  return {
    connection: c,
    isn,
    beginning,
    get steps() {
      full ??= steps.map(fullStep);
      return full;
    },
    segments: reports,
  };
}

/**
 * playStep(), where a capture can hold what no scenario does: an arrival the transition table has no row for (the
 * engine throws rather than invent one) is told as a segment the model does not play, never a crash.
 */
function tryAdvance(conn: ConnectionState, action: Action, index: number): ReturnType<typeof playStep> {
  try {
    return playStep(conn, action, index);
  } catch (e) {
    if (!(e instanceof MissingTransition)) throw e;
    return {
      ok: false,
      reason: say(
        "RFC 9293's §3.10.7 decides this arrival, but SynAck's transition table has no row for it, so the model does not play it.",
        "RFC 9293 §3.10.7 规定了这个报文段到达时的处理，但 SynAck 的转换表中没有对应的行，所以模型不演示它。",
      ),
    };
  }
}

/** A list of actions played in turn, or null if the engine refuses one. */
function playAll(
  conn: ConnectionState,
  actions: Action[],
  index: number,
): { connection: ConnectionState; steps: PlayedStep[] } | null {
  let now = conn;
  const steps: PlayedStep[] = [];
  for (const a of actions) {
    const r = tryAdvance(now, a, index + steps.length);
    if (!r.ok) return null;
    now = r.connection;
    steps.push(r.step);
  }
  return { connection: now, steps };
}

/**
 * The first of the candidate calls the engine plays into `s`: played one at a time and no further, since the most
 * likely comes first and usually matches (a data segment need not also be played as a retransmission).
 */
function firstPlayed(conn: ConnectionState, candidates: Action[][], index: number, s: Segment) {
  for (const actions of candidates) {
    const r = playAll(conn, actions, index);
    if (r && sameOnTheWire(combined(r.steps), s)) return r;
  }
  return undefined;
}

/** What a run of steps put on the wire as one segment: a SEND's data followed by a CLOSE's FIN. */
function combined(steps: readonly PlayedStep[]): Segment {
  const first = steps.find((s) => s.segment)?.segment;
  const last = steps[steps.length - 1]?.segment;
  if (!first || !last) return { flags: "ACK", seq: -1, ack: null, len: -1, wnd: 0 };
  return steps.length > 1 ? { ...last, seq: first.seq, len: first.len + last.len } : last;
}

function problemFinding(problem: string | null): Finding {
  if (problem === "no-ack") {
    return {
      kind: "rfc",
      section: "§3.10.7.4",
      text: say(
        "No ACK bit: once a connection is synchronized every segment carries one, and the receiver drops a segment without it.",
        "没有 ACK 位：连接同步之后每个报文段都带 ACK，接收方会丢弃不带 ACK 的报文段。",
      ),
    };
  }
  return {
    kind: "rfc",
    section: "§3.1",
    text: say(
      "SYN together with FIN or RST: RFC 9293 never sends this combination, and SynAck does not play it.",
      "SYN 与 FIN 或 RST 同时置位：RFC 9293 从不发送这种组合，SynAck 也不演示它。",
    ),
  };
}
