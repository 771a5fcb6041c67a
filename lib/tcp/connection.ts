// Two endpoints and the network between them, played one action at a time. Pure: a Connection is a value,
// `act` returns a new one, so a scenario, the sandbox and a question all replay the same way.
import { type Arrival, type Check, processArrival } from "./arrive";
import { callRefusal } from "./calls";
import { CALLS, type Call, type Event, SOCKET_CALL } from "./events";
import { explainStep } from "./explain";
import { type Flags, type Segment, seqAdd } from "./segment";
import type { State, Text } from "./states";
import { closedEndpoint, type Endpoint, forget, INITIAL_RTO_S, MAX_RTO_S, type Tcb, tcbOf, updated } from "./tcb";
import { type Alternative, findTransition, type Transition } from "./transitions";

export type { Endpoint } from "./tcb";

import { ROLES, type Role } from "./roles";

export { ROLES, type Role };

export function peerOf(role: Role): Role {
  return role === "client" ? "server" : "client";
}

export type Timer = "RTO" | "2MSL";

/** Where a segment in flight came from: one side's step, or (for an injected one) somewhere else entirely. */
export type Origin = "forged" | "old duplicate";

export type InFlight = { sentAtStep: number | null; from: Role; to: Role; segment: Segment; origin?: Origin };

/** A sequence or acknowledgment number of an injected segment, relative to a side's variable. */
export type SeqExpr = { of: Role; field: "iss" | "sndNxt" | "rcvNxt"; plus: number };

/** A segment that reaches a side without its peer having sent it now: forged by an attacker, or an old duplicate. */
export type Injected = { flags: Flags; seq: SeqExpr; ack?: SeqExpr; len?: number; origin: Origin };

export type Action = {
  actor: Role;
  /**
   * A user call; the arrival of a segment in flight to `actor`; a timer expiring; the actor's host rebooting; or
   * (inject) a segment put on the wire to `actor` as if from its peer.
   */
  do: Call | "deliver" | "timeout=RTO" | "timeout=2MSL" | "timeout=USER" | "reboot" | "inject";
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
  /** deliver: which of the segments in flight to the actor arrives, by age (0, the default, is the oldest). */
  nth?: number;
  /** An OPEN or a SYN arriving in LISTEN: the new ISS is the actor's first ISN plus this (a new incarnation). */
  newIss?: number;
  /** Alternatives RFC 9293 allows that the actor takes at this action (Figure 5 note 3, MAY-2, RFC 793's rules). */
  allow?: Alternative[];
  /** inject: the segment. */
  segment?: Injected;
};

export type Step = {
  index: number;
  actor: Role;
  event: Event;
  /** The socket call behind a user call: "connect()", "close()". */
  call: string | null;
  /** What arrived, for an arrival: the step that sent it (null for an injected segment, with its origin). */
  received: { step: number | null; segment: Segment; origin?: Origin } | null;
  /** What the actor sent, or null. */
  segment: Segment | null;
  lost: boolean;
  ackDelayed: boolean;
  transition: Transition;
  /** For an arrival, §3.10.7's checks in the order they were made; null otherwise. */
  checks: Check[] | null;
  states: Record<Role, State>;
  timers: Record<Role, Timer[]>;
  /** The timeout each side's retransmission timer runs with after this step, in seconds; null when not running. */
  rto: Record<Role, number | null>;
  /** Whether this step (re)started the actor's 2MSL timer: on entering TIME-WAIT, or on a retransmitted FIN. */
  timeWaitStarted: boolean;
  /** Both sides' TCB variables after this step. */
  tcb: Record<Role, Tcb>;
  /** The scenario's own sentence about this step, if it has one. */
  note: Text | null;
  explain: Text;
};

export type Connection = {
  endpoints: Record<Role, Endpoint>;
  network: InFlight[];
  steps: Step[];
};

export type ActResult = { ok: true; connection: Connection; step: Step } | { ok: false; reason: Text };

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
    ...closedEndpoint(isn[role]),
    state: "ESTABLISHED",
    irs: isn[peerOf(role)],
    sndUna: seqAdd(isn[role], 1),
    sndNxt: seqAdd(isn[role], 1),
    sndWnd: closedEndpoint(isn[peerOf(role)]).rcvWnd,
    rcvNxt: seqAdd(isn[peerOf(role)], 1),
    opened: role === "client" ? "active" : "passive",
  });
  return { endpoints: { client: side("client"), server: side("server") }, network: [], steps: [] };
}

function dataSegment(e: Endpoint, flags: "ACK" | "FIN,ACK", len = 0): Segment {
  return { flags, seq: e.sndNxt, ack: e.rcvNxt, len, wnd: e.rcvWnd };
}

function withIss(e: Endpoint, newIss: number | undefined): Endpoint {
  if (newIss === undefined) return e;
  const iss = seqAdd(e.baseIss, newIss);
  return updated(e, { iss, sndUna: iss, sndNxt: iss });
}

/** What a user call or a timer does to the actor: its next endpoint and what it sends. */
type Done = { endpoint: Endpoint; segment: Segment | null; transition: Transition; timeWaitStarted?: boolean };

function refuse(en: string, zh: string): { ok: false; reason: Text } {
  return { ok: false, reason: { en, zh } };
}

type CallOrTimer = Call | "timeout=RTO" | "timeout=2MSL" | "timeout=USER" | "reboot";

// Module functions rather than closures inside callOrTimer: a capture plays hundreds of thousands of calls.
function rowFor(e: Endpoint, event: Event, alternative: Alternative | null = null): Transition | null {
  return findTransition(e.state, event, { opened: e.opened, alternative });
}

function noRow(e: Endpoint, what: CallOrTimer): { ok: false; reason: Text } {
  return refuse(
    `RFC 9293 has no transition for "${what}" in ${e.state}.`,
    `RFC 9293 中 ${e.state} 状态没有针对“${what}”的转换。`,
  );
}

function callOrTimer(e: Endpoint, action: Action): Done | { ok: false; reason: Text } {
  const what = action.do as CallOrTimer;
  switch (what) {
    case "timeout=2MSL": {
      if (e.state !== "TIME-WAIT")
        return refuse("Only TIME-WAIT runs the 2MSL timer.", "只有 TIME-WAIT 状态才有 2MSL 计时器。");
      const t = rowFor(e, what);
      return t ? { endpoint: forget(e, "CLOSED"), segment: null, transition: t } : noRow(e, what);
    }
    case "timeout=USER":
    case "reboot": {
      if (e.state === "CLOSED") {
        return what === "reboot"
          ? refuse("This side has no connection to lose.", "这一方没有可以丢失的连接。")
          : refuse("No connection, so no user timeout runs.", "没有连接，也就没有用户超时在计时。");
      }
      const t = rowFor(e, what);
      return t ? { endpoint: forget(e, "CLOSED"), segment: null, transition: t } : noRow(e, what);
    }
    case "timeout=RTO": {
      if (!e.unacked) {
        return refuse(
          "No retransmission timer is running: everything sent has been acknowledged.",
          "重传计时器没有运行：发出的内容都已被确认。",
        );
      }
      const t = rowFor(e, what);
      if (!t) return noRow(e, what);
      // Same sequence number; the acknowledgment says what has arrived since. RFC 6298 §5.5: the timer backs off.
      const again = e.unacked;
      const segment = { ...again, ack: again.ack === null ? null : e.rcvNxt };
      return { endpoint: updated(e, { rto: Math.min(e.rto * 2, MAX_RTO_S) }), segment, transition: t };
    }
    default: {
      const refusal = callRefusal(e.state, what);
      if (refusal) return { ok: false, reason: refusal };
      const note3 = what === "ABORT" && action.allow?.includes("note 3") === true;
      const t = rowFor(e, what, note3 ? "note 3" : null) ?? rowFor(e, what);
      if (!t) return noRow(e, what);
      const done = performCall(e, t, action);
      return { endpoint: done.endpoint, segment: done.segment, transition: t, timeWaitStarted: done.timeWaitStarted };
    }
  }
}

/** What a user call sends and does to the TCB (RFC 9293 §3.10.1–§3.10.5). */
function performCall(e: Endpoint, t: Transition, action: Action): Omit<Done, "transition"> {
  switch (t.send) {
    case "SYN": {
      const opened = withIss(e, action.newIss);
      const syn: Segment = { flags: "SYN", seq: opened.iss, ack: null, len: 0, wnd: opened.rcvWnd };
      const endpoint = updated(opened, {
        state: t.to,
        sndUna: opened.iss,
        sndNxt: seqAdd(opened.iss, 1),
        opened: "active",
        unacked: syn,
        rto: INITIAL_RTO_S,
      });
      return { endpoint, segment: syn };
    }
    case "FIN": {
      const fin = dataSegment(e, "FIN,ACK");
      return {
        endpoint: updated(e, { state: t.to, finSeq: e.sndNxt, sndNxt: seqAdd(e.sndNxt, 1), unacked: e.unacked ?? fin }),
        segment: fin,
      };
    }
    case "ACK": {
      const len = action.bytes ?? 0;
      const data = dataSegment(e, "ACK", len);
      return {
        endpoint: updated(e, { sndNxt: seqAdd(e.sndNxt, len), unacked: len > 0 ? (e.unacked ?? data) : e.unacked }),
        segment: data,
      };
    }
    case "RST": {
      // §3.10.5 ABORT: <SEQ=SND.NXT><CTL=RST>. Sent from the variables as they are before the TCB is deleted.
      const rst: Segment = { flags: "RST", seq: e.sndNxt, ack: null, len: 0, wnd: 0 };
      const endpoint = t.to === "TIME-WAIT" ? updated(e, { state: t.to, unacked: null }) : forget(e, "CLOSED");
      return { endpoint, segment: rst, timeWaitStarted: t.to === "TIME-WAIT" };
    }
    default: {
      if (t.to === "CLOSED") return { endpoint: forget(e, "CLOSED"), segment: null };
      const endpoint =
        t.to === "LISTEN" ? withIss(updated(e, { state: "LISTEN" }), action.newIss) : updated(e, { state: t.to });
      return { endpoint, segment: null };
    }
  }
}

export function timersOf(endpoint: Endpoint): Timer[] {
  if (endpoint.state === "TIME-WAIT") return ["2MSL"];
  if (endpoint.state === "CLOSED" || endpoint.state === "LISTEN") return [];
  return endpoint.unacked ? ["RTO"] : [];
}

function value(connection: Connection, expr: SeqExpr): number {
  const e = connection.endpoints[expr.of];
  const base = expr.field === "rcvNxt" ? e.rcvNxt : e[expr.field];
  if (base === null) throw new Error(`${expr.of} has no ${expr.field} yet.`);
  return seqAdd(base, expr.plus);
}

/** Plays one action. Actions RFC 9293 does not allow are refused with the reason, and change nothing. */
export function act(connection: Connection, action: Action): ActResult {
  const result = advance(connection, action, connection.steps.length);
  if (!result.ok) return result;
  const { endpoints, network } = result.connection;
  return { ok: true, step: result.step, connection: { endpoints, network, steps: [...connection.steps, result.step] } };
}

/** Both endpoints and the network: a connection without the steps that led to it. */
export type ConnectionState = Pick<Connection, "endpoints" | "network">;

/**
 * act() for a caller that keeps the steps itself, numbering this one `index`: a capture of tens of thousands of
 * segments is played a step at a time, and copying the whole history at every step would make that quadratic.
 */
export function advance(
  connection: ConnectionState,
  action: Action,
  index: number,
): { ok: true; connection: ConnectionState; step: Step } | { ok: false; reason: Text } {
  const result = playStep(connection, action, index);
  return result.ok ? { ok: true, connection: result.connection, step: fullStep(result.step) } : result;
}

/**
 * A step as the engine plays it, with the endpoints after it, before both sides' timers, timeouts and TCBs and the
 * narration are written from them: what a caller that reads none of those while it plays keeps.
 */
export type PlayedStep = Omit<Step, "timers" | "rto" | "tcb" | "explain"> & { endpoints: Record<Role, Endpoint> };

/**
 * advance() without writing the player's parts of the step: a capture plays a step for every segment and reads
 * only what happened (the row, the checks, the segment sent), so it makes the whole Step with fullStep() only when
 * the player asks for it. Writing both sides' snapshots at every step was most of the cost of playing one.
 */
export function playStep(
  connection: ConnectionState,
  action: Action,
  index: number,
): { ok: true; connection: ConnectionState; step: PlayedStep } | { ok: false; reason: Text } {
  const actor = action.actor;
  const endpoint = connection.endpoints[actor];

  if (action.do === "inject") {
    return refuse(
      "An injected segment is put on the wire with inject(), not played as a step.",
      "注入的报文段用 inject() 放到线路上，而不是作为一步来演示。",
    );
  }

  let done: Done;
  let received: InFlight | null = null;
  let network = connection.network;
  let checks: Check[] | null = null;
  let event: Event;
  if (action.do === "deliver") {
    received = nthTo(network, actor, action.nth ?? 0);
    if (!received) {
      return refuse(
        `Nothing is in flight to the ${actor}.`,
        `没有发往${actor === "client" ? "客户端" : "服务器"}的报文段。`,
      );
    }
    const arriving = received;
    // A SYN reaching LISTEN opens a new incarnation: the ISS it answers with may be a new one.
    const at = endpoint.state === "LISTEN" ? withIss(endpoint, action.newIss) : endpoint;
    const arrival: Arrival = processArrival(
      at,
      arriving.segment,
      action.allow ? new Set(action.allow) : NO_ALTERNATIVE,
    );
    if (!arrival.ok) return { ok: false, reason: arrival.reason };
    network = network.filter((f) => f !== arriving);
    event = arrival.event;
    checks = arrival.checks;
    done = {
      endpoint: arrival.endpoint,
      segment: arrival.reply,
      transition: arrival.transition,
      timeWaitStarted:
        arrival.restartsTimeWait || (arrival.endpoint.state === "TIME-WAIT" && endpoint.state !== "TIME-WAIT"),
    };
  } else {
    const result = callOrTimer(endpoint, action);
    if ("ok" in result) return result;
    done = {
      endpoint: result.endpoint,
      segment: result.segment,
      transition: result.transition,
      timeWaitStarted:
        result.timeWaitStarted ?? (result.endpoint.state === "TIME-WAIT" && endpoint.state !== "TIME-WAIT"),
    };
    event = result.transition.event;
  }

  const next = done.endpoint;
  const ackDelayed = Boolean(action.delayAck && done.segment?.flags === "ACK" && done.segment.len === 0);
  const segment = ackDelayed ? null : done.segment;
  const lost = Boolean(action.lose && segment);
  if (segment && !lost) network = [...network, { sentAtStep: index, from: actor, to: peerOf(actor), segment }];

  // Written out rather than { ...endpoints, [actor]: next }: a computed key makes V8 build the object slowly.
  const endpoints =
    actor === "client"
      ? { client: next, server: connection.endpoints.server }
      : { client: connection.endpoints.client, server: next };
  const step: PlayedStep = {
    index,
    actor,
    event,
    call: isCallAction(action.do) ? (action.via ?? SOCKET_CALL[action.do]) : null,
    received: received
      ? received.origin
        ? { step: received.sentAtStep, segment: received.segment, origin: received.origin }
        : { step: received.sentAtStep, segment: received.segment }
      : null,
    segment,
    lost,
    ackDelayed,
    transition: done.transition,
    checks,
    states: { client: endpoints.client.state, server: endpoints.server.state },
    timeWaitStarted: done.timeWaitStarted ?? false,
    note: action.note ?? null,
    endpoints,
  };
  return { ok: true, step, connection: { endpoints, network } };
}

const NO_ALTERNATIVE: ReadonlySet<Alternative> = new Set();

const CALL_SET: ReadonlySet<string> = new Set(CALLS);

function isCallAction(what: Action["do"]): what is Call {
  return CALL_SET.has(what);
}

/** The `nth` oldest segment in flight to `to`, without a filtered copy of the network at every arrival. */
function nthTo(network: readonly InFlight[], to: Role, nth: number): InFlight | null {
  let seen = 0;
  for (const f of network) {
    if (f.to !== to) continue;
    if (seen === nth) return f;
    seen++;
  }
  return null;
}

function rtoOf(e: Endpoint): number | null {
  return timersOf(e).includes("RTO") ? e.rto : null;
}

/** The whole step: both sides' timers, retransmission timeouts and TCBs after it, and its narration. */
export function fullStep(played: PlayedStep): Step {
  const { client, server } = played.endpoints;
  return withExplanation({
    index: played.index,
    actor: played.actor,
    event: played.event,
    call: played.call,
    received: played.received,
    segment: played.segment,
    lost: played.lost,
    ackDelayed: played.ackDelayed,
    transition: played.transition,
    checks: played.checks,
    states: played.states,
    timers: { client: timersOf(client), server: timersOf(server) },
    rto: { client: rtoOf(client), server: rtoOf(server) },
    timeWaitStarted: played.timeWaitStarted,
    tcb: { client: tcbOf(client), server: tcbOf(server) },
    note: played.note,
  });
}

/**
 * Puts a segment on the wire to `to`, as if from its peer: forged by an attacker, or an old duplicate of this
 * connection's past. Nobody sent it now, so it is no step; the step that receives it shows where it came from.
 */
export function inject(connection: Connection, to: Role, injected: Injected): Connection {
  const segment: Segment = {
    flags: injected.flags,
    seq: value(connection, injected.seq),
    ack: injected.ack ? value(connection, injected.ack) : null,
    len: injected.len ?? 0,
    wnd: 0,
  };
  return {
    ...connection,
    network: [...connection.network, { sentAtStep: null, from: peerOf(to), to, segment, origin: injected.origin }],
  };
}

/**
 * A step with its narration written when first read, not when the step is played: most steps played are never
 * narrated (the sandbox tries every move to show which are allowed; a seq/ack question replays a whole scenario to
 * ask about one step), and writing the text is a large part of playing. The property is enumerable, so JSON and
 * copies of the step carry the text like any other field.
 */
export function withExplanation(facts: Omit<Step, "explain">): Step {
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
    checks: facts.checks,
    states: facts.states,
    timers: facts.timers,
    rto: facts.rto,
    timeWaitStarted: facts.timeWaitStarted,
    tcb: facts.tcb,
    note: facts.note,
    get explain() {
      text ??= explainStep(facts);
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
  if (lost.sentAtStep === null) {
    return refuse("That segment was injected; drop it by not delivering it.", "那个报文段是注入的；不投递它即可。");
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
