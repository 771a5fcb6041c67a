// One endpoint's transmission control block: RFC 9293 §3.3.1's variables, as SynAck's engine keeps them.
import type { Segment } from "./segment";
import type { State } from "./states";
import type { Opened } from "./transitions";

/** The window every SynAck endpoint offers, in bytes: the largest an unscaled TCP header can say. */
export const DEFAULT_WINDOW = 65535;

/**
 * The retransmission timeout a connection starts with, in seconds (RFC 6298 §2.1; Linux's TCP_TIMEOUT_INIT), and
 * the most it backs off to (RFC 6298 §2.5 allows a maximum of at least 60 s).
 */
export const INITIAL_RTO_S = 1;
export const MAX_RTO_S = 60;

export type Endpoint = {
  state: State;
  /** The ISN this side's scenario gave it: a new incarnation's ISS is set relative to it. */
  baseIss: number;
  /** Initial send sequence number, of this incarnation or (in CLOSED and LISTEN) the next one. */
  iss: number;
  /** Initial receive sequence number: the peer's ISN, once its SYN has arrived. */
  irs: number | null;
  /** Oldest unacknowledged sequence number. */
  sndUna: number;
  /** Next sequence number to send. */
  sndNxt: number;
  /** The window the peer offers (SEG.WND of its latest acceptable ACK), once known. */
  sndWnd: number | null;
  /** Next sequence number expected from the peer; null before its SYN arrives. */
  rcvNxt: number | null;
  /** The window this side offers. */
  rcvWnd: number;
  /** How SYN-RECEIVED was (or would be) reached. */
  opened: Opened | null;
  /** Sequence number of our FIN once sent. */
  finSeq: number | null;
  /** The oldest segment not yet acknowledged: what the retransmission timer resends. */
  unacked: Segment | null;
  /** The timeout the retransmission timer runs with now, in seconds: doubled at each expiry (RFC 6298 §5.5). */
  rto: number;
};

/** The variables the player and the questions show, each null where the state has no value for it. */
export type Tcb = {
  iss: number | null;
  irs: number | null;
  sndUna: number | null;
  sndNxt: number | null;
  sndWnd: number | null;
  rcvNxt: number | null;
  rcvWnd: number | null;
};

export const TCB_FIELDS = ["iss", "irs", "sndUna", "sndNxt", "sndWnd", "rcvNxt", "rcvWnd"] as const;
export type TcbField = (typeof TCB_FIELDS)[number];

/** RFC 9293's names of the variables. */
export const TCB_NAME: Record<TcbField, string> = {
  iss: "ISS",
  irs: "IRS",
  sndUna: "SND.UNA",
  sndNxt: "SND.NXT",
  sndWnd: "SND.WND",
  rcvNxt: "RCV.NXT",
  rcvWnd: "RCV.WND",
};

export function closedEndpoint(iss: number, rcvWnd = DEFAULT_WINDOW): Endpoint {
  return {
    state: "CLOSED",
    baseIss: iss,
    iss,
    irs: null,
    sndUna: iss,
    sndNxt: iss,
    sndWnd: null,
    rcvNxt: null,
    rcvWnd,
    opened: null,
    finSeq: null,
    unacked: null,
    rto: INITIAL_RTO_S,
  };
}

/**
 * `{ ...e, ...change }`, written out field by field: V8 builds a spread that overrides fields far slower than a
 * literal (hundreds of nanoseconds against a few), and the engine makes a new endpoint at nearly every step. A field
 * left undefined in `change` keeps its value; every field of an Endpoint is a value or null, never undefined.
 */
export function updated(e: Endpoint, change: Partial<Endpoint>): Endpoint {
  return {
    state: change.state ?? e.state,
    baseIss: change.baseIss ?? e.baseIss,
    iss: change.iss ?? e.iss,
    irs: change.irs !== undefined ? change.irs : e.irs,
    sndUna: change.sndUna ?? e.sndUna,
    sndNxt: change.sndNxt ?? e.sndNxt,
    sndWnd: change.sndWnd !== undefined ? change.sndWnd : e.sndWnd,
    rcvNxt: change.rcvNxt !== undefined ? change.rcvNxt : e.rcvNxt,
    rcvWnd: change.rcvWnd ?? e.rcvWnd,
    opened: change.opened !== undefined ? change.opened : e.opened,
    finSeq: change.finSeq !== undefined ? change.finSeq : e.finSeq,
    unacked: change.unacked !== undefined ? change.unacked : e.unacked,
    rto: change.rto ?? e.rto,
  };
}

/** The endpoint with its connection forgotten: the TCB deleted (CLOSED), or back in LISTEN without the peer. */
export function forget(e: Endpoint, state: "CLOSED" | "LISTEN"): Endpoint {
  return updated(e, {
    state,
    irs: null,
    sndUna: e.iss,
    sndNxt: e.iss,
    sndWnd: null,
    rcvNxt: null,
    opened: null,
    finSeq: null,
    unacked: null,
    rto: INITIAL_RTO_S,
  });
}

/** What the TCB holds in its state: nothing in CLOSED, only the offered window in LISTEN, then what is known. */
export function tcbOf(e: Endpoint): Tcb {
  if (e.state === "CLOSED") {
    return { iss: null, irs: null, sndUna: null, sndNxt: null, sndWnd: null, rcvNxt: null, rcvWnd: null };
  }
  if (e.state === "LISTEN") {
    return { iss: null, irs: null, sndUna: null, sndNxt: null, sndWnd: null, rcvNxt: null, rcvWnd: e.rcvWnd };
  }
  return {
    iss: e.iss,
    irs: e.irs,
    sndUna: e.sndUna,
    sndNxt: e.sndNxt,
    sndWnd: e.sndWnd,
    rcvNxt: e.rcvNxt,
    rcvWnd: e.rcvWnd,
  };
}
