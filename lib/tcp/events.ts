import type { State, Text } from "./states";

// The user calls (RFC 9293 §3.9.1), each named once: those Figure 5 draws arcs for, and ABORT, which it does not.
const FIGURE_CALLS = ["passive OPEN", "active OPEN", "SEND", "CLOSE"] as const;
const ABORT = "ABORT";

/**
 * The labels of RFC 9293 Figure 5's arcs. The order is kept: generated choices are drawn in it.
 */
export const FIGURE_EVENTS = [
  ...FIGURE_CALLS,
  "rcv SYN",
  "rcv SYN,ACK",
  "rcv ACK of SYN",
  "rcv ACK of FIN",
  "rcv FIN",
  "rcv RST",
  "timeout=2MSL",
] as const;

/**
 * Events that change a state where Figure 5 draws no arc for them: the ABORT call (§3.10.5), a FIN that also
 * acknowledges the side's own FIN in FIN-WAIT-1 (note 2 of the figure), the user timeout (§3.10.8), and a host
 * that reboots and loses its connections (§3.5.1's half-open connections). The FIN's event is not called "rcv
 * FIN,ACK": every FIN after the handshake carries the ACK flag, so that name says nothing about what it acknowledges.
 */
export const OTHER_STATE_EVENTS = [ABORT, "rcv FIN and ACK of FIN", "timeout=USER", "reboot"] as const;

/**
 * Events Figure 5 leaves out because they change no state (the figure shows state changes only), but which a
 * connection that carries data or loses a segment goes through: data arriving, an ACK that acknowledges no SYN or
 * FIN (of data, a duplicate, or one that acknowledges nothing sent), the retransmission timer.
 */
export const DATA_AND_TIMER_EVENTS = ["rcv data", "rcv ACK", "timeout=RTO"] as const;

export const EVENTS = [...FIGURE_EVENTS, ...OTHER_STATE_EVENTS, ...DATA_AND_TIMER_EVENTS] as const;
export type Event = (typeof EVENTS)[number];

/** The events of EVENTS that Figure 5 does not draw. */
export const NOT_DRAWN_IN_FIGURE_5: ReadonlySet<Event> = new Set([...OTHER_STATE_EVENTS, ...DATA_AND_TIMER_EVENTS]);

/** A user call: what the application asks of TCP (RFC 9293 §3.9.1). */
export const CALLS = [...FIGURE_CALLS, ABORT] as const;
export type Call = (typeof CALLS)[number];

/** The timers of RFC 9293 §3.10.8 whose expiry is an event. */
export const TIMEOUTS = ["timeout=RTO", "timeout=2MSL", "timeout=USER"] as const;
export type Timeout = (typeof TIMEOUTS)[number];

export type Send = "SYN" | "SYN,ACK" | "ACK" | "FIN" | "RST" | "none";

export function isEvent(value: string): value is Event {
  return (EVENTS as readonly string[]).includes(value);
}

export function isCall(event: Event): event is Call {
  return (CALLS as readonly string[]).includes(event);
}

export function isTimeout(event: Event): event is Timeout {
  return (TIMEOUTS as readonly string[]).includes(event);
}

export function isArrival(event: Event): boolean {
  return event.startsWith("rcv ");
}

/** The socket API call that makes each user call, as programmers meet it. */
export const SOCKET_CALL: Record<Call, string> = {
  "passive OPEN": "listen()",
  "active OPEN": "connect()",
  SEND: "send()",
  CLOSE: "close()",
  ABORT: "close() with SO_LINGER 0",
};

export const EVENT_TEXT: Record<Event, Text> = {
  "passive OPEN": { en: "passive OPEN (listen())", zh: "被动打开（listen()）" },
  "active OPEN": { en: "active OPEN (connect())", zh: "主动打开（connect()）" },
  SEND: { en: "SEND (send())", zh: "发送数据（send()）" },
  CLOSE: { en: "CLOSE (close())", zh: "关闭（close()）" },
  ABORT: { en: "ABORT (close() with SO_LINGER 0)", zh: "中止（把 SO_LINGER 设为 0 后调用 close()）" },
  "rcv SYN": { en: "receives a SYN", zh: "收到 SYN" },
  "rcv SYN,ACK": { en: "receives a SYN,ACK", zh: "收到 SYN,ACK" },
  "rcv ACK of SYN": { en: "receives the ACK of its SYN", zh: "收到对自己 SYN 的确认" },
  "rcv ACK of FIN": { en: "receives the ACK of its FIN", zh: "收到对自己 FIN 的确认" },
  "rcv FIN": { en: "receives a FIN", zh: "收到 FIN" },
  "rcv FIN and ACK of FIN": {
    en: "receives a FIN that also acknowledges its own FIN",
    zh: "收到一个同时确认了自己 FIN 的 FIN",
  },
  "rcv RST": { en: "receives a RST", zh: "收到 RST" },
  "timeout=2MSL": { en: "its 2MSL timer expires", zh: "它的 2MSL 计时器到期" },
  "timeout=USER": { en: "its user timeout expires", zh: "它的用户超时（USER TIMEOUT）到期" },
  reboot: { en: "its host reboots and forgets every connection", zh: "它所在的主机重启，忘记了所有连接" },
  "rcv data": { en: "receives data", zh: "收到数据" },
  "rcv ACK": { en: "receives an ACK", zh: "收到一个 ACK" },
  "timeout=RTO": { en: "its retransmission timer expires", zh: "它的重传计时器到期" },
};

/**
 * What an event means where a state narrows it. In FIN-WAIT-1 a FIN that also acknowledges the side's own FIN is
 * another event (straight to TIME-WAIT: Figure 5 note 2), so "rcv FIN" there is one that does not; said plainly,
 * "receives a FIN" would make TIME-WAIT a right answer too.
 */
export function eventTextIn(state: State, event: Event): Text {
  if (state === "FIN-WAIT-1" && event === "rcv FIN")
    return { en: "receives a FIN that does not acknowledge its own FIN", zh: "收到一个没有确认自己 FIN 的 FIN" };
  return EVENT_TEXT[event];
}

/**
 * What an event's name means, for a learner meeting RFC 9293's notation: in English a user call's socket call (its
 * name already says the rest), otherwise the event in words.
 */
export function eventGloss(event: Event, lang: keyof Text): string {
  return lang === "en" && isCall(event) ? SOCKET_CALL[event] : EVENT_TEXT[event][lang];
}
