// Two endpoints and the network between them, played one action at a time. Pure: a Connection is a value,
// `act` returns a new one, so a scenario, the sandbox and a question all replay the same way.
import { callRefusal } from "./calls";
import { CALLS, type Call, type Event, SOCKET_CALL } from "./events";
import { explainStep } from "./explain";
import { ackFor, type Flags, hasFlag, type Segment, seqAdd, seqAfter, sequenceLength } from "./segment";
import type { State, Text } from "./states";
import { findTransition, type Opened, type Transition } from "./transitions";

export type Role = "client" | "server";
export const ROLES: readonly Role[] = ["client", "server"];

export function peerOf(role: Role): Role {
  return role === "client" ? "server" : "client";
}

export type Timer = "RTO" | "2MSL";

/** One side's transmission control block: RFC 9293 §3.3.1's variables that the handshake and teardown use. */
export type Endpoint = {
  state: State;
  /** Initial send sequence number. */
  iss: number;
  /** Oldest unacknowledged sequence number. */
  sndUna: number;
  /** Next sequence number to send. */
  sndNxt: number;
  /** Next sequence number expected from the peer; null before its SYN arrives. */
  rcvNxt: number | null;
  /** How SYN-RECEIVED was (or would be) reached. */
  opened: Opened | null;
  /** Sequence number of our FIN once sent. */
  finSeq: number | null;
  /** The oldest segment not yet acknowledged: what the retransmission timer resends. */
  unacked: Segment | null;
};

export type InFlight = { sentAtStep: number; from: Role; to: Role; segment: Segment };

export type Action = {
  actor: Role;
  /** A user call, the arrival of the oldest segment in flight to `actor`, or a timer expiring. */
  do: Call | "deliver" | "timeout=RTO" | "timeout=2MSL";
  /** Bytes to SEND. */
  bytes?: number;
  /** The segment this action sends is lost on the way. */
  lose?: boolean;
  /** Hold back the ACK this action would send, to ride on the next segment (delayed ACK). */
  delayAck?: boolean;
  /** The socket call that makes a user call, when it is not the usual one (shutdown(SHUT_WR) for a half-close). */
  via?: string;
  /** A sentence added to the step's explanation. */
  note?: Text;
};

export type Step = {
  index: number;
  actor: Role;
  event: Event;
  /** The socket call behind a user call: "connect()", "close()". */
  call: string | null;
  /** What arrived, for an arrival, and the step that sent it. */
  received: { step: number; segment: Segment } | null;
  /** What the actor sent, or null. */
  segment: Segment | null;
  lost: boolean;
  ackDelayed: boolean;
  transition: Transition;
  states: Record<Role, State>;
  timers: Record<Role, Timer[]>;
  explain: Text;
};

export type Connection = {
  endpoints: Record<Role, Endpoint>;
  network: InFlight[];
  steps: Step[];
};

export type ActResult = { ok: true; connection: Connection; step: Step } | { ok: false; reason: Text };

function closedEndpoint(iss: number): Endpoint {
  return { state: "CLOSED", iss, sndUna: iss, sndNxt: iss, rcvNxt: null, opened: null, finSeq: null, unacked: null };
}

/** Both sides CLOSED, as before any handshake. */
export function newConnection(isn: Record<Role, number>): Connection {
  return {
    endpoints: { client: closedEndpoint(isn.client), server: closedEndpoint(isn.server) },
    network: [],
    steps: [],
  };
}

/** Both sides ESTABLISHED after a handshake with these ISNs and no data yet: where teardowns start. */
export function establishedConnection(isn: Record<Role, number>): Connection {
  const side = (role: Role): Endpoint => ({
    state: "ESTABLISHED",
    iss: isn[role],
    sndUna: seqAdd(isn[role], 1),
    sndNxt: seqAdd(isn[role], 1),
    rcvNxt: seqAdd(isn[peerOf(role)], 1),
    opened: role === "client" ? "active" : "passive",
    finSeq: null,
    unacked: null,
  });
  return { endpoints: { client: side("client"), server: side("server") }, network: [], steps: [] };
}

/** Which Figure 5 event a segment arriving at `at` is, from its flags and what it acknowledges. */
export function arrivalEvent(at: Endpoint, segment: Segment): Event {
  if (hasFlag(segment, "RST")) return "rcv RST";
  const acks = hasFlag(segment, "ACK") && segment.ack !== null ? segment.ack : null;
  const acksOurSyn = at.state === "SYN-RECEIVED" && acks === seqAdd(at.iss, 1);
  const acksOurFin = at.finSeq !== null && acks === seqAdd(at.finSeq, 1) && at.sndUna !== acks;
  if (hasFlag(segment, "SYN")) {
    if (!hasFlag(segment, "ACK")) return "rcv SYN";
    // RFC 9293 §3.5, simultaneous open: the peer's SYN,ACK reaches us in SYN-RECEIVED and what counts is
    // that it acknowledges our SYN.
    return acksOurSyn ? "rcv ACK of SYN" : "rcv SYN,ACK";
  }
  if (hasFlag(segment, "FIN")) return acksOurFin && at.state === "FIN-WAIT-1" ? "rcv FIN,ACK" : "rcv FIN";
  if (acksOurSyn) return "rcv ACK of SYN";
  if (acksOurFin) return "rcv ACK of FIN";
  if (segment.len > 0) return "rcv data";
  return "rcv ACK";
}

/** Absorbs an arriving segment into the receiver's variables (RFC 9293 §3.10.7). */
function receive(endpoint: Endpoint, segment: Segment): Endpoint {
  const next = { ...endpoint };
  if (hasFlag(segment, "SYN") && next.rcvNxt === null) next.rcvNxt = seqAdd(segment.seq, 1);
  else if (next.rcvNxt !== null && segment.seq === next.rcvNxt) next.rcvNxt = ackFor(segment);
  if (hasFlag(segment, "ACK") && segment.ack !== null && seqAfter(segment.ack, next.sndUna)) {
    next.sndUna = segment.ack;
    if (next.sndUna === next.sndNxt) next.unacked = null;
  }
  return next;
}

function build(endpoint: Endpoint, flags: Flags, len = 0): Segment {
  const withAck = flags.includes("ACK");
  return { flags, seq: endpoint.sndNxt, ack: withAck ? endpoint.rcvNxt : null, len };
}

/** What the endpoint sends for the transition's `send`, and its variables after sending it. */
function transmit(
  endpoint: Endpoint,
  t: Transition,
  action: Action,
  received: Segment | null,
): { endpoint: Endpoint; segment: Segment | null } {
  const e = { ...endpoint };
  if (t.event === "timeout=RTO" && e.unacked) {
    // Same sequence number, but the acknowledgment says what has arrived since.
    const again = e.unacked;
    return { endpoint: e, segment: { ...again, ack: hasFlag(again, "ACK") ? e.rcvNxt : null } };
  }
  switch (t.send) {
    case "none":
      // The arc sends nothing, but data that came with the segment is acknowledged (§3.10.7.4, "seventh, process
      // the segment text"): the handshake's last ACK may carry the client's first bytes.
      if (received && received.len > 0 && e.rcvNxt !== null) return { endpoint: e, segment: build(e, "ACK") };
      return { endpoint: e, segment: null };
    case "SYN":
    case "SYN,ACK": {
      const segment: Segment = { flags: t.send, seq: e.iss, ack: t.send === "SYN,ACK" ? e.rcvNxt : null, len: 0 };
      e.sndUna = e.iss;
      e.sndNxt = seqAdd(e.iss, 1);
      e.unacked = segment;
      return { endpoint: e, segment };
    }
    case "FIN": {
      const segment = build(e, "FIN,ACK");
      e.finSeq = e.sndNxt;
      e.sndNxt = seqAdd(e.sndNxt, 1);
      e.unacked ??= segment;
      return { endpoint: e, segment };
    }
    case "ACK": {
      const len = t.event === "SEND" ? (action.bytes ?? 0) : 0;
      const segment = build(e, "ACK", len);
      if (len > 0) {
        e.sndNxt = seqAdd(e.sndNxt, len);
        e.unacked ??= segment;
      }
      return { endpoint: e, segment };
    }
    case "RST": {
      // §3.10.7.1: a RST answering a segment without ACK acknowledges it, from sequence number zero.
      if (received && !hasFlag(received, "ACK")) {
        return {
          endpoint: e,
          segment: { flags: "RST,ACK", seq: 0, ack: seqAdd(received.seq, sequenceLength(received)), len: 0 },
        };
      }
      // §3.10.5 ABORT: <SEQ=SND.NXT><CTL=RST>.
      return { endpoint: e, segment: { flags: "RST", seq: e.sndNxt, ack: null, len: 0 } };
    }
  }
}

function enter(endpoint: Endpoint, t: Transition): Endpoint {
  const e = { ...endpoint, state: t.to };
  if (t.from === "LISTEN" && t.event === "rcv SYN") e.opened = "passive";
  if (t.from === "SYN-SENT" && t.event === "rcv SYN") e.opened = "active";
  if (t.from === "CLOSED" && t.event === "active OPEN") e.opened = "active";
  if (t.to === "CLOSED" || (t.to === "LISTEN" && t.from !== "CLOSED")) {
    // The TCB is deleted (or, back in LISTEN, forgets the half-open peer).
    return { ...e, sndUna: e.iss, sndNxt: e.iss, rcvNxt: null, finSeq: null, unacked: null, opened: null };
  }
  return e;
}

export function timersOf(endpoint: Endpoint): Timer[] {
  if (endpoint.state === "TIME-WAIT") return ["2MSL"];
  if (endpoint.state === "CLOSED" || endpoint.state === "LISTEN") return [];
  return endpoint.unacked ? ["RTO"] : [];
}

function refuse(en: string, zh: string): ActResult {
  return { ok: false, reason: { en, zh } };
}

/**
 * Why a segment that reached a side is not played: what RFC 9293 §3.10.7 does with it instead. The model has arcs
 * for the arrivals Figure 5 and its notes name; the RFC's other replies (a RST from a side with no connection, an
 * ACK for an unacceptable segment) are not moves of the sandbox, and it says so rather than claim the RFC has none.
 */
function unplayedArrival(state: State, event: Event, segment: Segment): Text {
  if (state === "CLOSED") {
    return event === "rcv RST"
      ? {
          en: "This side is CLOSED, with no connection: RFC 9293 §3.10.7.1 discards an arriving RST.",
          zh: "这一方处于 CLOSED，没有连接：按 RFC 9293 §3.10.7.1，到达的 RST 直接丢弃。",
        }
      : {
          en: "This side is CLOSED, with no connection: RFC 9293 §3.10.7.1 answers any segment but a RST with a RST. The sandbox does not play that reply.",
          zh: "这一方处于 CLOSED，没有连接：按 RFC 9293 §3.10.7.1，除 RST 外的任何报文段都以 RST 回应。沙盒不演示这个回应。",
        };
  }
  if (state === "LISTEN" && hasFlag(segment, "ACK")) {
    return {
      en: "A listening socket has sent nothing to acknowledge: RFC 9293 §3.10.7.2 answers a segment with an ACK by a RST. The sandbox does not play that reply.",
      zh: "监听中的套接字还没发送过任何东西，无从确认：按 RFC 9293 §3.10.7.2，带 ACK 的报文段以 RST 回应。沙盒不演示这个回应。",
    };
  }
  if (state === "SYN-SENT" && event === "rcv RST") {
    return {
      en: "RFC 9293 §3.10.7.3: in SYN-SENT a RST counts only if it acknowledges our SYN. This one does not, so the side drops it and stays in SYN-SENT; the sandbox leaves it undelivered.",
      zh: "RFC 9293 §3.10.7.3：在 SYN-SENT 状态，只有确认了自己 SYN 的 RST 才有效。这个 RST 没有，所以这一方丢弃它并停留在 SYN-SENT；沙盒不投递它。",
    };
  }
  return {
    en: `SynAck's model has no move for "${event}" in ${state}. RFC 9293 §3.10.7 still processes it (an unexpected segment is usually answered with an ACK or a RST, or dropped); the sandbox does not play that.`,
    zh: `SynAck 的模型中，${state} 状态没有针对“${event}”的走法。RFC 9293 §3.10.7 仍会处理它（意外的报文段通常以 ACK 或 RST 回应，或被丢弃）；沙盒不演示这一处理。`,
  };
}

/** Plays one action. Actions RFC 9293 does not allow are refused with the reason, and change nothing. */
export function act(connection: Connection, action: Action): ActResult {
  const actor = action.actor;
  const endpoint = connection.endpoints[actor];
  let event: Event;
  let received: InFlight | null = null;
  let network = connection.network;

  if (action.do === "deliver") {
    received = network.find((f) => f.to === actor) ?? null;
    if (!received)
      return refuse(
        `Nothing is in flight to the ${actor}.`,
        `没有发往${actor === "client" ? "客户端" : "服务器"}的报文段。`,
      );
    const arriving = received;
    network = network.filter((f) => f !== arriving);
    event = arrivalEvent(endpoint, arriving.segment);
  } else if (action.do === "timeout=2MSL") {
    if (endpoint.state !== "TIME-WAIT")
      return refuse("Only TIME-WAIT runs the 2MSL timer.", "只有 TIME-WAIT 状态才有 2MSL 计时器。");
    event = "timeout=2MSL";
  } else if (action.do === "timeout=RTO") {
    if (!timersOf(endpoint).includes("RTO")) {
      return refuse(
        "No retransmission timer is running: everything sent has been acknowledged.",
        "重传计时器没有运行：发出的内容都已被确认。",
      );
    }
    event = "timeout=RTO";
  } else {
    event = action.do;
    const refusal = callRefusal(endpoint.state, action.do);
    if (refusal) return { ok: false, reason: refusal };
  }

  // RFC 9293 §3.10.7.3: a RST reaching SYN-SENT is acceptable only with an ACK of our SYN; otherwise it is dropped.
  const unacceptableRst =
    received !== null &&
    endpoint.state === "SYN-SENT" &&
    event === "rcv RST" &&
    !(hasFlag(received.segment, "ACK") && received.segment.ack === seqAdd(endpoint.iss, 1));
  const t = unacceptableRst ? null : findTransition(endpoint.state, event, endpoint.opened);
  if (!t && received) return { ok: false, reason: unplayedArrival(endpoint.state, event, received.segment) };
  if (!t) {
    return refuse(
      `RFC 9293 has no transition for "${event}" in ${endpoint.state}.`,
      `RFC 9293 中 ${endpoint.state} 状态没有针对“${event}”的转换。`,
    );
  }

  const index = connection.steps.length;
  const absorbed = received ? receive(endpoint, received.segment) : endpoint;
  // Sent from the variables as they are before the state change: an ABORT's RST carries SND.NXT even
  // though entering CLOSED deletes the TCB.
  const sent = transmit(absorbed, t, action, received?.segment ?? null);
  const next = enter(sent.endpoint, t);
  const ackDelayed = Boolean(action.delayAck && sent.segment?.flags === "ACK" && sent.segment.len === 0);
  const segment = ackDelayed ? null : sent.segment;
  const lost = Boolean(action.lose && segment);
  if (segment && !lost) network = [...network, { sentAtStep: index, from: actor, to: peerOf(actor), segment }];

  const endpoints = { ...connection.endpoints, [actor]: next };
  const states = { client: endpoints.client.state, server: endpoints.server.state };
  const stepWithoutText = {
    index,
    actor,
    event,
    call: (CALLS as readonly string[]).includes(action.do) ? (action.via ?? SOCKET_CALL[action.do as Call]) : null,
    received: received ? { step: received.sentAtStep, segment: received.segment } : null,
    segment,
    lost,
    ackDelayed,
    transition: t,
    states,
    timers: { client: timersOf(endpoints.client), server: timersOf(endpoints.server) },
  };
  const step = withExplanation(stepWithoutText, action.note);
  return { ok: true, step, connection: { endpoints, network, steps: [...connection.steps, step] } };
}

/**
 * A step with its narration written when first read, not when the step is played: most steps played are never
 * narrated (the sandbox tries every move to show which are allowed; a seq/ack question replays a whole scenario to
 * ask about one step), and writing the text is a large part of playing. The property is enumerable, so JSON and
 * copies of the step carry the text as before.
 */
export function withExplanation(facts: Omit<Step, "explain">, note?: Text): Step {
  let text: Text | undefined;
  // A literal with every field named and the getter in it, rather than a spread or Object.defineProperty: the same
  // own, enumerable properties in the same order, but an object V8 keeps in its fast form, at a fraction of the
  // cost (a seq/ack question builds a whole trace of these to read one).
  return {
    index: facts.index,
    actor: facts.actor,
    event: facts.event,
    call: facts.call,
    received: facts.received,
    segment: facts.segment,
    lost: facts.lost,
    ackDelayed: facts.ackDelayed,
    transition: facts.transition,
    states: facts.states,
    timers: facts.timers,
    get explain() {
      text ??= explainStep(facts, note);
      return text;
    },
  };
}

/** Every action the actor could take now that RFC 9293 allows, for the "drive it yourself" mode. */
export function possibleActions(connection: Connection, actor: Role): Action[] {
  const candidates: Action[] = [
    ...CALLS.map((call): Action => (call === "SEND" ? { actor, do: call, bytes: 100 } : { actor, do: call })),
    { actor, do: "deliver" },
    { actor, do: "timeout=RTO" },
    { actor, do: "timeout=2MSL" },
  ];
  return candidates.filter((a) => act(connection, a).ok);
}

/**
 * The network loses the oldest segment in flight to `to`. No endpoint notices: the step that sent it is now
 * told as "lost on the way", and the sender's retransmission timer (if the segment needs an answer) still runs.
 */
export function loseInFlight(connection: Connection, to: Role): ActResult {
  const lost = connection.network.find((f) => f.to === to);
  if (!lost) {
    return refuse(
      `Nothing is in flight to the ${to}, so there is nothing to lose.`,
      `没有发往${to === "client" ? "客户端" : "服务器"}的报文段，无从丢失。`,
    );
  }
  const sender = connection.steps[lost.sentAtStep];
  if (!sender) throw new Error(`No step ${lost.sentAtStep} sent the segment in flight.`);
  const { explain: _, ...facts } = { ...sender, lost: true };
  const step = withExplanation(facts);
  return {
    ok: true,
    step,
    connection: {
      endpoints: connection.endpoints,
      network: connection.network.filter((f) => f !== lost),
      steps: connection.steps.map((s) => (s === sender ? step : s)),
    },
  };
}
