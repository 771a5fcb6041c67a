// RFC 9293 §3.10.7, SEGMENT ARRIVES: what an endpoint does with a segment, in the order the RFC checks it. It
// decides which row of the transition table the segment takes (which condition holds) and does the arithmetic on
// the TCB; the row says where it leads and what kind of segment goes back. Every check made is kept, so the player
// and the questions can show the order: for the synchronized states sequence number, RST, security, SYN, ACK, URG,
// text, FIN.
import type { Case } from "./cases";
import type { Event } from "./events";
import { acceptability, ackFor, hasFlag, type Segment, seqAdd, seqAfter, seqLe, sequenceLength } from "./segment";
import type { State, Text } from "./states";
import { type Endpoint, forget, INITIAL_RTO_S, updated } from "./tcb";
import { type Alternative, findTransition, type Transition } from "./transitions";

/** The checks of §3.10.7; which ones a state makes, and in what order, is its subsection's. */
export type CheckName = "sequence" | "RST" | "security" | "SYN" | "ACK" | "URG" | "text" | "FIN";

/** §3.10.7.4's order, for the states with a TCB past SYN-SENT. */
export const CHECK_ORDER: readonly CheckName[] = ["sequence", "RST", "security", "SYN", "ACK", "URG", "text", "FIN"];

export const CHECK_TEXT: Record<CheckName, Text> = {
  sequence: { en: "sequence number", zh: "序号" },
  RST: { en: "RST bit", zh: "RST 位" },
  security: { en: "security", zh: "安全级别" },
  SYN: { en: "SYN bit", zh: "SYN 位" },
  ACK: { en: "ACK field", zh: "ACK 字段" },
  URG: { en: "URG bit", zh: "URG 位" },
  text: { en: "segment text", zh: "报文段数据" },
  FIN: { en: "FIN bit", zh: "FIN 位" },
};

/**
 * One check made on an arriving segment: what it found (a verdict, with the numbers it found it with), and whether
 * it settled what happens. The numbers are kept apart from the words so that a scenario replayed with other ISNs
 * (replay.ts) moves them like every other number; checkText() writes the sentence.
 */
export type Check = { check: CheckName; verdict: Verdict; n: number[]; states?: [State, State]; decides: boolean };

type Words = (n: number[], states?: [State, State]) => Text;

const VERDICTS = {
  "rst-discard": () => say("RST set: discarded.", "RST 置位：丢弃。"),
  "closed-rst": ([seq]) =>
    say(
      `No connection, and no RST: the ACK bit is on, so a RST goes back with seq = SEG.ACK = ${seq}.`,
      `没有连接，也不是 RST：ACK 位置位，于是回复 seq = SEG.ACK = ${seq} 的 RST。`,
    ),
  "closed-rstack": ([ack]) =>
    say(
      `No connection, and no RST: the ACK bit is off, so RST,ACK goes back with seq = 0, ack = SEG.SEQ + SEG.LEN = ${ack}.`,
      `没有连接，也不是 RST：ACK 位未置位，于是回复 RST,ACK，seq = 0，ack = SEG.SEQ + SEG.LEN = ${ack}。`,
    ),
  "rst-ignored": () => say("RST set: ignored.", "RST 置位：忽略。"),
  "not-set": () => say("not set.", "未置位。"),
  "listen-ack": ([seq]) =>
    say(
      `An ACK in LISTEN is always bad: a RST goes back with seq = SEG.ACK = ${seq}.`,
      `LISTEN 状态收到的任何 ACK 都是错误的：回复 seq = SEG.ACK = ${seq} 的 RST。`,
    ),
  "listen-syn": ([irs, rcvNxt, iss, sndNxt]) =>
    say(
      `SYN set: IRS = ${irs}, RCV.NXT = ${rcvNxt}; a SYN,ACK with ISS ${iss} goes back, SND.NXT = ${sndNxt}.`,
      `SYN 置位：IRS = ${irs}，RCV.NXT = ${rcvNxt}；回复 ISS 为 ${iss} 的 SYN,ACK，SND.NXT = ${sndNxt}。`,
    ),
  "bad-ack-rst": ([ack, iss]) =>
    say(
      `SEG.ACK ${ack} does not acknowledge the SYN (ISS ${iss}) and the RST bit is set: dropped.`,
      `SEG.ACK ${ack} 没有确认 SYN（ISS 为 ${iss}），且 RST 置位：丢弃。`,
    ),
  "bad-ack": ([ack, iss, sndNxt]) =>
    say(
      `SEG.ACK ${ack} is not in ISS < SEG.ACK =< SND.NXT (${iss} < … =< ${sndNxt}): a RST with seq = SEG.ACK goes back and the segment is discarded.`,
      `SEG.ACK ${ack} 不满足 ISS < SEG.ACK =< SND.NXT（${iss} < … =< ${sndNxt}）：回复 seq = SEG.ACK 的 RST，并丢弃该报文段。`,
    ),
  "no-ack": () => say("no ACK bit.", "没有 ACK 位。"),
  "acks-syn": ([ack]) => say(`SEG.ACK ${ack} acknowledges the SYN: acceptable.`, `SEG.ACK ${ack} 确认了 SYN：可接受。`),
  refused: () =>
    say(
      "RST with an acceptable ACK: the connection is refused, the TCB deleted.",
      "带可接受 ACK 的 RST：连接被拒绝，删除 TCB。",
    ),
  "rst-no-ack": () => say("RST without an acceptable ACK: dropped.", "不带可接受 ACK 的 RST：丢弃。"),
  security: () =>
    say("SynAck does not model IP security compartments: it matches.", "SynAck 不模拟 IP 安全分区：视为匹配。"),
  "no-syn-no-rst": () => say("Neither SYN nor RST: dropped.", "既没有 SYN 也没有 RST：丢弃。"),
  "syn-established": ([irs, rcvNxt, sndUna]) =>
    say(
      `SYN set and our SYN is acknowledged: IRS = ${irs}, RCV.NXT = ${rcvNxt}, SND.UNA = ${sndUna}; ESTABLISHED, and an ACK goes back.`,
      `SYN 置位且自己的 SYN 已被确认：IRS = ${irs}，RCV.NXT = ${rcvNxt}，SND.UNA = ${sndUna}；进入 ESTABLISHED，并回复 ACK。`,
    ),
  "syn-simultaneous": ([irs, rcvNxt]) =>
    say(
      `SYN set, our SYN not yet acknowledged: a simultaneous open. IRS = ${irs}, RCV.NXT = ${rcvNxt}; SYN-RECEIVED, and our SYN goes again as a SYN,ACK.`,
      `SYN 置位，但自己的 SYN 尚未被确认：同时打开。IRS = ${irs}，RCV.NXT = ${rcvNxt}；进入 SYN-RECEIVED，并以 SYN,ACK 的形式重发自己的 SYN。`,
    ),
  "seq-rst-out": ([seq, len, rcvNxt, wnd]) =>
    say(
      `${windowText(seq, len, rcvNxt, wnd).en}: outside the window, and a RST: dropped.`,
      `${windowText(seq, len, rcvNxt, wnd).zh}：在窗口之外，且是 RST：丢弃。`,
    ),
  "seq-refused": ([seq, len, rcvNxt, wnd]) =>
    say(
      `${windowText(seq, len, rcvNxt, wnd).en}: not acceptable (Table 6), so an ACK <SEQ=SND.NXT><ACK=RCV.NXT> goes back and the segment is dropped.`,
      `${windowText(seq, len, rcvNxt, wnd).zh}：不可接受（表 6），于是回复 ACK <SEQ=SND.NXT><ACK=RCV.NXT> 并丢弃该报文段。`,
    ),
  "seq-trimmed": ([seq, len, rcvNxt, wnd]) =>
    say(
      `${windowText(seq, len, rcvNxt, wnd).en}: its SYN repeats the one already received; trimmed of it, the segment starts at RCV.NXT and is acceptable (Figure 7).`,
      `${windowText(seq, len, rcvNxt, wnd).zh}：其中的 SYN 是已经收到过的 SYN 的重复；去掉它之后，报文段从 RCV.NXT 开始，是可接受的（图 7）。`,
    ),
  "seq-ok": ([seq, len, rcvNxt, wnd]) =>
    say(`${windowText(seq, len, rcvNxt, wnd).en}: acceptable.`, `${windowText(seq, len, rcvNxt, wnd).zh}：可接受。`),
  "rst-challenge": ([seq, rcvNxt]) =>
    say(
      `RST at ${seq}, inside the window but not RCV.NXT (${rcvNxt}): a challenge ACK goes back, the RST is dropped.`,
      `RST 的序号 ${seq} 在窗口内但不等于 RCV.NXT（${rcvNxt}）：回复挑战 ACK，丢弃这个 RST。`,
    ),
  "rst-exact": ([rcvNxt]) =>
    say(
      `RST at exactly RCV.NXT (${rcvNxt}): valid, the connection is reset.`,
      `RST 的序号恰好等于 RCV.NXT（${rcvNxt}）：有效，连接被重置。`,
    ),
  "rst-793": () =>
    say(
      "RST inside the window (RFC 793's rule, without RFC 5961): the connection is reset.",
      "RST 落在窗口内（RFC 793 的规则，未采用 RFC 5961）：连接被重置。",
    ),
  "syn-listen-again": () =>
    say(
      "A new SYN inside the window on a passive open: back to LISTEN.",
      "被动打开的连接收到窗口内的新 SYN：回到 LISTEN。",
    ),
  "syn-challenge-active": () =>
    say(
      "A new SYN inside the window on an active open: a challenge ACK goes back.",
      "主动打开的连接收到窗口内的新 SYN：回复挑战 ACK。",
    ),
  "syn-may2": ([iss]) =>
    say(
      `A new SYN above RCV.NXT, and this stack takes MAY-2: the connection reopens with ISS ${iss}, above anything it used.`,
      `序号大于 RCV.NXT 的新 SYN，且该协议栈采用 MAY-2：以 ISS ${iss}（大于旧连接用过的所有序号）重新打开连接。`,
    ),
  "syn-793": () =>
    say(
      "A SYN inside the window is an error (RFC 793's rule): a RST goes back and the connection is reset.",
      "窗口内的 SYN 被当作错误（RFC 793 的规则）：回复 RST，连接被重置。",
    ),
  "syn-challenge": () =>
    say(
      "SYN set in a synchronized state: a challenge ACK goes back and the segment is dropped (RFC 5961 §4).",
      "同步状态下 SYN 置位：回复挑战 ACK 并丢弃该报文段（RFC 5961 §4）。",
    ),
  "syn-trimmed": () => say("its SYN was trimmed off.", "其中的 SYN 已被去掉。"),
  "ack-not-our-syn": ([ack, sndUna, sndNxt]) =>
    say(
      `SEG.ACK ${ack} does not acknowledge our SYN (${sndUna} < SEG.ACK =< ${sndNxt} fails): a RST with seq = SEG.ACK goes back.`,
      `SEG.ACK ${ack} 没有确认我们的 SYN（${sndUna} < SEG.ACK =< ${sndNxt} 不成立）：回复 seq = SEG.ACK 的 RST。`,
    ),
  "ack-our-syn": ([ack, wnd]) =>
    say(
      `SEG.ACK ${ack} acknowledges our SYN: ESTABLISHED, SND.UNA = ${ack}, SND.WND = ${wnd}.`,
      `SEG.ACK ${ack} 确认了我们的 SYN：进入 ESTABLISHED，SND.UNA = ${ack}，SND.WND = ${wnd}。`,
    ),
  "ack-unsent": ([ack, sndNxt]) =>
    say(
      `SEG.ACK ${ack} acknowledges data not yet sent (SND.NXT ${sndNxt}): an ACK goes back, the segment is dropped.`,
      `SEG.ACK ${ack} 确认了尚未发送的数据（SND.NXT 为 ${sndNxt}）：回复 ACK，丢弃该报文段。`,
    ),
  "ack-new": ([ack]) =>
    say(`SEG.ACK ${ack} is new: SND.UNA = ${ack}.`, `SEG.ACK ${ack} 是新的确认：SND.UNA = ${ack}。`),
  "ack-fin": ([ack], states) =>
    say(
      `SEG.ACK ${ack} is new: SND.UNA = ${ack}, and our FIN is acknowledged: ${states?.[1]}.`,
      `SEG.ACK ${ack} 是新的确认：SND.UNA = ${ack}，我们的 FIN 已被确认：进入 ${states?.[1]}。`,
    ),
  "ack-last": ([ack]) =>
    say(
      `SEG.ACK ${ack} acknowledges our FIN: the TCB is deleted, CLOSED.`,
      `SEG.ACK ${ack} 确认了我们的 FIN：删除 TCB，进入 CLOSED。`,
    ),
  "ack-dup": ([ack, sndUna]) =>
    say(
      `SEG.ACK ${ack} acknowledges nothing new (SND.UNA ${sndUna}).`,
      `SEG.ACK ${ack} 没有确认任何新内容（SND.UNA 为 ${sndUna}）。`,
    ),
  urg: () => say("not set (SynAck sends no urgent data).", "未置位（SynAck 不发送紧急数据）。"),
  delivered: ([len, rcvNxt]) =>
    say(
      `${len} bytes delivered: RCV.NXT = ${rcvNxt}, and they are acknowledged.`,
      `${len} 字节交付给应用：RCV.NXT = ${rcvNxt}，并确认这些数据。`,
    ),
  "no-text": () => say("none.", "没有数据。"),
  fin: ([rcvNxt], states) =>
    states && states[0] !== states[1]
      ? say(
          `FIN set: RCV.NXT = ${rcvNxt}, it is acknowledged, and ${states[0]} becomes ${states[1]}.`,
          `FIN 置位：RCV.NXT = ${rcvNxt}，对它进行确认，${states[0]} 变为 ${states[1]}。`,
        )
      : say(`FIN set: RCV.NXT = ${rcvNxt}, and it is acknowledged.`, `FIN 置位：RCV.NXT = ${rcvNxt}，对它进行确认。`),
} satisfies Record<string, Words>;

export type Verdict = keyof typeof VERDICTS;

function windowText(
  seq: number | undefined,
  len: number | undefined,
  rcvNxt: number | undefined,
  wnd: number | undefined,
) {
  const t = `SEG.SEQ = ${seq}, SEG.LEN = ${len}, RCV.NXT = ${rcvNxt}, RCV.WND = ${wnd}`;
  return { en: t, zh: t };
}

/** What a check found, in both languages. */
export function checkText(c: Check): Text {
  return (VERDICTS[c.verdict] as Words)(c.n, c.states);
}

function mk(check: CheckName, verdict: Verdict, decides: boolean, n: number[] = [], states?: [State, State]): Check {
  return states ? { check, verdict, n, states, decides } : { check, verdict, n, decides };
}

export type Arrival =
  | {
      ok: true;
      event: Event;
      transition: Transition;
      checks: Check[];
      endpoint: Endpoint;
      /** The segment sent in answer, if any. */
      reply: Segment | null;
      /** A retransmitted FIN restarts TIME-WAIT's 2MSL timer (§3.10.7.4). */
      restartsTimeWait: boolean;
    }
  | { ok: false; event: Event; reason: Text };

/** Which event of the table a segment arriving at `at` is, from its flags and what it acknowledges. */
export function arrivalEvent(at: Endpoint, segment: Segment): Event {
  if (hasFlag(segment, "RST")) return "rcv RST";
  const ack = hasFlag(segment, "ACK") ? segment.ack : null;
  if (hasFlag(segment, "SYN")) return ack === null ? "rcv SYN" : "rcv SYN,ACK";
  const acksOurFin = at.finSeq !== null && ack === seqAdd(at.finSeq, 1) && at.sndUna !== ack;
  if (hasFlag(segment, "FIN")) return acksOurFin && at.state === "FIN-WAIT-1" ? "rcv FIN and ACK of FIN" : "rcv FIN";
  if (at.state === "SYN-RECEIVED" && ack !== null && acceptableAck(at, ack)) return "rcv ACK of SYN";
  if (acksOurFin) return "rcv ACK of FIN";
  return segment.len > 0 ? "rcv data" : "rcv ACK";
}

/** SND.UNA < SEG.ACK =< SND.NXT: §3.4's "acceptable ack", one that acknowledges something sent and not yet acked. */
function acceptableAck(e: Endpoint, ack: number): boolean {
  return seqAfter(ack, e.sndUna) && seqLe(ack, e.sndNxt);
}

const say = (en: string, zh: string): Text => ({ en, zh });

/** <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>: the acknowledgment §3.10.7 sends for data, a FIN, or a refused segment. */
function ackOf(e: Endpoint): Segment {
  return { flags: "ACK", seq: e.sndNxt, ack: e.rcvNxt, len: 0, wnd: e.rcvWnd };
}

/**
 * The RST that answers a segment not meant for this connection (§3.5.2, §3.10.7.1): with the segment's ACK as its
 * sequence number if it had one, otherwise from sequence number zero, acknowledging the whole segment.
 */
function resetFor(segment: Segment): Segment {
  if (hasFlag(segment, "ACK") && segment.ack !== null) {
    return { flags: "RST", seq: segment.ack, ack: null, len: 0, wnd: 0 };
  }
  return { flags: "RST,ACK", seq: 0, ack: ackFor(segment), len: 0, wnd: 0 };
}

type Decided = {
  checks: Check[];
  endpoint: Endpoint;
  reply: Segment | null;
  when?: Case;
  opened?: Endpoint["opened"];
  alternative?: Alternative;
  restartsTimeWait?: boolean;
};

/**
 * Processes a segment arriving at `e`. `allow` lists the alternatives RFC 9293 permits that this endpoint takes
 * (otherwise the usual rule applies). An arrival the table has no row for (data out of order, say) comes back
 * `ok: false` with what RFC 9293 does with it.
 */
export function processArrival(e: Endpoint, segment: Segment, allow: ReadonlySet<Alternative> = new Set()): Arrival {
  const event = arrivalEvent(e, segment);
  const decided =
    e.state === "CLOSED"
      ? closed(e, segment)
      : e.state === "LISTEN"
        ? listen(e, segment)
        : e.state === "SYN-SENT"
          ? synSent(e, segment)
          : otherStates(e, segment, event, allow);
  if ("reason" in decided) return { ok: false, event, reason: decided.reason };
  const transition = findTransition(e.state, event, {
    when: decided.when,
    opened: decided.opened ?? e.opened,
    alternative: decided.alternative ?? null,
  });
  if (!transition || transition.to !== decided.endpoint.state) {
    const key = [e.state, event, decided.when, decided.alternative].filter(Boolean).join(" | ");
    throw new MissingTransition(
      `§3.10.7 led ${key} to ${decided.endpoint.state}, which the transition table does not have.`,
    );
  }
  return {
    ok: true,
    event,
    transition,
    checks: decided.checks,
    endpoint: decided.endpoint,
    reply: decided.reply,
    restartsTimeWait: decided.restartsTimeWait ?? false,
  };
}

/**
 * §3.10.7 leads somewhere the transition table has no row for. No scenario reaches one (the scenario tests would
 * throw), but a capture can hold any segment: its caller tells the learner the model does not play it.
 */
export class MissingTransition extends Error {
  override name = "MissingTransition";
}

type Refused = { reason: Text };

function unplayed(en: string, zh: string): Refused {
  return { reason: { en, zh } };
}

/** §3.10.7.1: no TCB. Anything but a RST is answered with a RST the sender will believe. */
function closed(e: Endpoint, s: Segment): Decided {
  if (hasFlag(s, "RST")) return { checks: [mk("RST", "rst-discard", true)], endpoint: e, reply: null };
  const reply = resetFor(s);
  const check =
    reply.flags === "RST"
      ? mk("RST", "closed-rst", true, [reply.seq])
      : mk("RST", "closed-rstack", true, [reply.ack as number]);
  return { checks: [check], endpoint: e, reply };
}

/** §3.10.7.2: RST, then ACK, then SYN. */
function listen(e: Endpoint, s: Segment): Decided | Refused {
  if (hasFlag(s, "RST")) return { checks: [mk("RST", "rst-ignored", true)], endpoint: e, reply: null };
  const checks = [mk("RST", "not-set", false)];
  if (hasFlag(s, "ACK")) {
    const reply = resetFor(s);
    checks.push(mk("ACK", "listen-ack", true, [reply.seq]));
    return { checks, endpoint: e, reply };
  }
  checks.push(mk("ACK", "not-set", false));
  if (!hasFlag(s, "SYN"))
    return unplayed("Neither RST, ACK nor SYN: LISTEN drops it.", "既不是 RST，也没有 ACK 或 SYN：LISTEN 丢弃它。");
  const rcvNxt = seqAdd(s.seq, 1);
  const synAck: Segment = { flags: "SYN,ACK", seq: e.iss, ack: rcvNxt, len: 0, wnd: e.rcvWnd };
  checks.push(mk("SYN", "listen-syn", true, [s.seq, rcvNxt, e.iss, seqAdd(e.iss, 1)]));
  return {
    checks,
    endpoint: updated(e, {
      state: "SYN-RECEIVED",
      irs: s.seq,
      rcvNxt,
      sndUna: e.iss,
      sndNxt: seqAdd(e.iss, 1),
      opened: "passive",
      unacked: synAck,
      rto: INITIAL_RTO_S,
    }),
    reply: synAck,
  };
}

/** §3.10.7.3: ACK, then RST, then security, then SYN. */
function synSent(e: Endpoint, s: Segment): Decided | Refused {
  const checks: Check[] = [];
  const ack = hasFlag(s, "ACK") ? s.ack : null;
  const ackOk = ack !== null && acceptableAck(e, ack);
  if (ack !== null && !ackOk) {
    if (hasFlag(s, "RST")) {
      checks.push(mk("ACK", "bad-ack-rst", true, [ack, e.iss]));
      return { checks, endpoint: e, reply: null, when: "no-syn-ack" };
    }
    if (!hasFlag(s, "SYN") && (s.len > 0 || hasFlag(s, "FIN"))) {
      return unplayed(
        "A segment with a bad ACK in SYN-SENT is answered with a RST.",
        "SYN-SENT 状态收到确认号错误的报文段时以 RST 回应。",
      );
    }
    const reply = resetFor(s);
    checks.push(mk("ACK", "bad-ack", true, [ack, e.iss, e.sndNxt]));
    return { checks, endpoint: e, reply, when: "bad-ack" };
  }
  checks.push(ack === null ? mk("ACK", "no-ack", false) : mk("ACK", "acks-syn", false, [ack]));
  if (hasFlag(s, "RST")) {
    checks.push(mk("RST", ackOk ? "refused" : "rst-no-ack", true));
    return ackOk
      ? { checks, endpoint: forget(e, "CLOSED"), reply: null, when: "acks-syn" }
      : { checks, endpoint: e, reply: null, when: "no-syn-ack" };
  }
  checks.push(mk("RST", "not-set", false), mk("security", "security", false));
  if (!hasFlag(s, "SYN")) {
    if (!ackOk || s.len > 0 || hasFlag(s, "FIN")) {
      return unplayed("Only a SYN or a RST can move SYN-SENT.", "只有 SYN 或 RST 能改变 SYN-SENT 状态。");
    }
    checks.push(mk("SYN", "no-syn-no-rst", true));
    return { checks, endpoint: e, reply: null, when: "acks-syn" };
  }
  const rcvNxt = seqAdd(s.seq, 1);
  const sndUna = ackOk && ack !== null ? ack : e.sndUna;
  if (seqAfter(sndUna, e.iss)) {
    const established = updated(e, {
      state: "ESTABLISHED",
      irs: s.seq,
      rcvNxt,
      sndUna,
      sndWnd: s.wnd,
      unacked: sndUna === e.sndNxt ? null : e.unacked,
      rto: INITIAL_RTO_S,
    });
    checks.push(mk("SYN", "syn-established", true, [s.seq, rcvNxt, sndUna]));
    return { checks, endpoint: established, reply: ackOf(established), when: "acks-syn" };
  }
  const synAck: Segment = { flags: "SYN,ACK", seq: e.iss, ack: rcvNxt, len: 0, wnd: e.rcvWnd };
  checks.push(mk("SYN", "syn-simultaneous", true, [s.seq, rcvNxt]));
  return {
    checks,
    endpoint: updated(e, {
      state: "SYN-RECEIVED",
      irs: s.seq,
      rcvNxt,
      sndWnd: s.wnd,
      opened: "active",
      unacked: synAck,
    }),
    reply: synAck,
  };
}

/** §3.10.7.4: SYN-RECEIVED and the synchronized states. */
function otherStates(e: Endpoint, s: Segment, event: Event, allow: ReadonlySet<Alternative>): Decided | Refused {
  const checks: Check[] = [];
  const rcvNxt = e.rcvNxt as number;
  const ack = hasFlag(s, "ACK") ? s.ack : null;

  // First, the sequence number. In a simultaneous open the peer's SYN,ACK repeats its SYN, which was received
  // already: Figure 7 takes the segment's acknowledgment all the same, as Linux does (trimmed of the old SYN it is
  // an empty segment at RCV.NXT), while the letter of Table 6 refuses it.
  const simultaneous = e.state === "SYN-RECEIVED" && event === "rcv SYN,ACK" && ack !== null && acceptableAck(e, ack);
  const strict = simultaneous && allow.has("strict sequence test");
  const acceptable =
    simultaneous && !strict ? s.seq === seqAdd(rcvNxt, -1) : acceptability(s, rcvNxt, e.rcvWnd).acceptable;
  const where = [s.seq, sequenceLength(s), rcvNxt, e.rcvWnd];
  if (!acceptable) {
    if (hasFlag(s, "RST")) {
      checks.push(mk("sequence", "seq-rst-out", true, where));
      return { checks, endpoint: e, reply: null, when: "out-of-window" };
    }
    checks.push(mk("sequence", "seq-refused", true, where));
    const refused = refusedBySequence(e, s, event, strict);
    if (!refused) {
      return unplayed(
        "The segment fails the sequence number check, which answers it with an ACK; SynAck's table has no row for it.",
        "该报文段通不过序号检查，序号检查以 ACK 回应；SynAck 的转换表中没有对应的行。",
      );
    }
    return { checks, endpoint: e, reply: ackOf(e), ...refused };
  }
  checks.push(mk("sequence", simultaneous ? "seq-trimmed" : "seq-ok", false, where));

  // Second, the RST bit (RFC 5961 §3.2: only a RST at exactly RCV.NXT resets).
  if (hasFlag(s, "RST")) {
    if (s.seq !== rcvNxt && !allow.has("RFC 793")) {
      checks.push(mk("RST", "rst-challenge", true, [s.seq, rcvNxt]));
      return { checks, endpoint: e, reply: ackOf(e), when: "in-window" };
    }
    const back = e.state === "SYN-RECEIVED" && e.opened === "passive";
    const exact = s.seq === rcvNxt;
    checks.push(exact ? mk("RST", "rst-exact", true, [rcvNxt]) : mk("RST", "rst-793", true));
    return {
      checks,
      endpoint: forget(e, back ? "LISTEN" : "CLOSED"),
      reply: null,
      when: exact ? "exact" : "in-window",
      ...(exact ? {} : { alternative: "RFC 793" as const }),
    };
  }
  checks.push(mk("RST", "not-set", false), mk("security", "security", false));

  // Fourth, the SYN bit.
  if (hasFlag(s, "SYN") && !simultaneous) {
    if (e.state === "SYN-RECEIVED") {
      const back = e.opened === "passive";
      checks.push(mk("SYN", back ? "syn-listen-again" : "syn-challenge-active", true));
      return back
        ? { checks, endpoint: forget(e, "LISTEN"), reply: null, when: "in-window", opened: "passive" }
        : { checks, endpoint: e, reply: ackOf(e), when: "in-window", opened: "active" };
    }
    if (e.state === "TIME-WAIT" && allow.has("MAY-2") && seqAfter(s.seq, rcvNxt)) {
      // MAY-2 (1): the new incarnation's ISS is above every sequence number the old one used.
      const iss = seqAdd(e.sndNxt, 64_000);
      const reopened = updated(forget(e, "LISTEN"), {
        state: "SYN-RECEIVED",
        iss,
        irs: s.seq,
        rcvNxt: seqAdd(s.seq, 1),
        sndUna: iss,
        sndNxt: seqAdd(iss, 1),
        opened: "passive",
      });
      const synAck: Segment = { flags: "SYN,ACK", seq: iss, ack: reopened.rcvNxt, len: 0, wnd: e.rcvWnd };
      checks.push(mk("SYN", "syn-may2", true, [iss]));
      return {
        checks,
        endpoint: updated(reopened, { unacked: synAck }),
        reply: synAck,
        when: "new-syn",
        alternative: "MAY-2",
      };
    }
    if (allow.has("RFC 793") && e.state !== "TIME-WAIT") {
      checks.push(mk("SYN", "syn-793", true));
      return { checks, endpoint: forget(e, "CLOSED"), reply: resetFor(s), alternative: "RFC 793" };
    }
    checks.push(mk("SYN", "syn-challenge", true));
    return { checks, endpoint: e, reply: ackOf(e) };
  }
  checks.push(mk("SYN", simultaneous ? "syn-trimmed" : "not-set", false));

  // Fifth, the ACK field.
  if (ack === null) {
    return unplayed("A segment without ACK in a synchronized state is dropped.", "同步状态下不带 ACK 的报文段被丢弃。");
  }
  let next: Endpoint = e;
  let when: Case | undefined;
  if (e.state === "SYN-RECEIVED") {
    if (!acceptableAck(e, ack)) {
      if (event !== "rcv ACK") {
        return unplayed(
          "A segment with a bad ACK in SYN-RECEIVED is answered with a RST.",
          "SYN-RECEIVED 状态收到确认号错误的报文段时以 RST 回应。",
        );
      }
      checks.push(mk("ACK", "ack-not-our-syn", true, [ack, e.sndUna, e.sndNxt]));
      return { checks, endpoint: e, reply: resetFor(s), when: "bad-ack" };
    }
    next = updated(e, { state: "ESTABLISHED", sndUna: ack, sndWnd: s.wnd, unacked: null, rto: INITIAL_RTO_S });
    when = event === "rcv ACK of SYN" ? undefined : "acks-syn";
    checks.push(mk("ACK", "ack-our-syn", false, [ack, s.wnd]));
  } else {
    if (seqAfter(ack, e.sndNxt)) {
      if (event !== "rcv ACK") return unplayed("It acknowledges data not yet sent.", "它确认了尚未发送的数据。");
      checks.push(mk("ACK", "ack-unsent", true, [ack, e.sndNxt]));
      return { checks, endpoint: e, reply: ackOf(e), when: "acks-unsent" };
    }
    const fresh = seqAfter(ack, e.sndUna);
    next = fresh
      ? updated(e, { sndUna: ack, sndWnd: s.wnd, unacked: ack === e.sndNxt ? null : e.unacked, rto: INITIAL_RTO_S })
      : updated(e, { sndWnd: s.wnd });
    if (event === "rcv ACK") when = fresh ? "new-data" : "dup-ack";
    const finAcked = e.finSeq !== null && fresh && seqLe(seqAdd(e.finSeq, 1), ack);
    if (finAcked && e.state === "LAST-ACK") {
      checks.push(mk("ACK", "ack-last", true, [ack]));
      return { checks, endpoint: forget(e, "CLOSED"), reply: null };
    }
    const after: State | null =
      finAcked && e.state === "FIN-WAIT-1" ? "FIN-WAIT-2" : finAcked && e.state === "CLOSING" ? "TIME-WAIT" : null;
    if (after) next = updated(next, { state: after });
    checks.push(
      !fresh
        ? mk("ACK", "ack-dup", false, [ack, e.sndUna])
        : after
          ? mk("ACK", "ack-fin", false, [ack], [e.state, after])
          : mk("ACK", "ack-new", false, [ack]),
    );
  }
  checks.push(mk("URG", "urg", false));

  // Seventh, the segment text.
  let reply: Segment | null = null;
  if (s.len > 0) {
    if (!RECEIVES_DATA.includes(next.state)) {
      return unplayed(
        "Data after the peer's FIN is ignored (§3.10.7.4, seventh).",
        "对方发送 FIN 之后的数据被忽略（§3.10.7.4 第七步）。",
      );
    }
    if (s.seq !== next.rcvNxt) {
      return unplayed(
        "Data inside the window but beyond RCV.NXT is held until the gap is filled (§3.10.7.4); SynAck's table does not play reordering.",
        "落在窗口内但超出 RCV.NXT 的数据会被暂存，直到空缺被填上（§3.10.7.4）；SynAck 的转换表不演示乱序。",
      );
    }
    next = updated(next, { rcvNxt: seqAdd(rcvNxt, s.len) });
    if (event === "rcv data") when = "in-order";
    checks.push(mk("text", "delivered", !hasFlag(s, "FIN"), [s.len, next.rcvNxt as number]));
    reply = ackOf(next);
  } else {
    checks.push(mk("text", "no-text", false));
  }

  // Eighth, the FIN bit.
  if (hasFlag(s, "FIN")) {
    const from = next.state;
    const to: State =
      from === "ESTABLISHED"
        ? "CLOSE-WAIT"
        : from === "FIN-WAIT-1"
          ? "CLOSING"
          : from === "FIN-WAIT-2"
            ? "TIME-WAIT"
            : from;
    next = updated(next, {
      rcvNxt: seqAdd(next.rcvNxt as number, 1),
      state: to,
      ...(to === "TIME-WAIT" ? { unacked: null } : {}),
    });
    checks.push(mk("FIN", "fin", true, [next.rcvNxt as number], [from, to]));
    reply = ackOf(next);
  } else {
    checks.push(mk("FIN", "not-set", false));
  }
  // The repeated SYN of a simultaneous open's SYN,ACK occupies a sequence number, and is acknowledged again.
  if (simultaneous && reply === null) reply = ackOf(next);
  // Where the ACK field moved the state (SYN-RECEIVED to ESTABLISHED, our FIN acknowledged) and processing went on
  // with nothing else to do, that check settled what happened.
  if (!checks.some((c) => c.decides)) {
    const moved = checks.findIndex((c) => c.verdict === "ack-our-syn" || c.verdict === "ack-fin");
    if (moved >= 0) checks[moved] = { ...(checks[moved] as Check), decides: true };
  }
  return when ? { checks, endpoint: next, reply, when } : { checks, endpoint: next, reply };
}

/** The states that take in data (§3.10.7.4, seventh): after the peer's FIN there is none. */
export const RECEIVES_DATA: readonly State[] = ["ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2"];

/** Which row a segment refused by the sequence number check takes, by its event and the state. */
function refusedBySequence(
  e: Endpoint,
  s: Segment,
  event: Event,
  strict: boolean,
): Pick<Decided, "when" | "alternative" | "restartsTimeWait"> | null {
  if (strict) return { when: "acks-syn", alternative: "strict sequence test" };
  if (event === "rcv SYN") return e.state === "SYN-RECEIVED" ? { when: "duplicate" } : {};
  if (event === "rcv SYN,ACK" && e.state === "ESTABLISHED") return {};
  if (event === "rcv FIN" && ["CLOSE-WAIT", "CLOSING", "LAST-ACK", "TIME-WAIT"].includes(e.state)) {
    return { restartsTimeWait: e.state === "TIME-WAIT" };
  }
  if (event === "rcv data" && s.len > 0 && RECEIVES_DATA.includes(e.state)) {
    return { when: "duplicate" };
  }
  return null;
}
