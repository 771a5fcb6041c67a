// RFC 9293's state machine as one table: Figure 5's arcs first, then everything §3.10 describes besides, each with
// the condition it holds under, what it sends, and where Linux does otherwise. The segment processing in arrive.ts
// decides which row an arriving segment takes, following §3.10.7's order of checks; this table says where the row
// leads and why.
import { CASE_INFO, type Case } from "./cases";
import type { Event, Send } from "./events";
import type { Flags } from "./segment";
import { STATES, type State, type Text } from "./states";

/** How the connection reached SYN-RECEIVED decides where a RST takes it (Figure 5, note 1). */
export type Opened = "passive" | "active";

export type TransitionKind =
  /** An arc of RFC 9293 Figure 5. */
  | "figure"
  /** A state change §3.10 specifies that the figure leaves out (RST, ABORT, a FIN that acks our FIN, timeouts). */
  | "event-processing"
  /** No state change, but a segment is sent or processed (data, a duplicate, a retransmission, a refusal). */
  | "same-state"
  /** Not TCP's doing: a host that reboots loses its connections (§3.5.1's half-open connections). */
  | "failure";

/**
 * Behaviour RFC 9293 also describes or allows for the same event, besides what the rest of the table says. The
 * engine plays such a row only when an action asks for it; every question about the event says which one it means.
 */
export type Alternative =
  /** Without RFC 5961's protection, which §3.10.7.4 keeps as "the original behavior described in RFC 793". */
  | "RFC 793"
  /** §3.6.1 MAY-2: a new SYN may reopen a connection in TIME-WAIT (RFC 6191 with timestamps). */
  | "MAY-2"
  /** Figure 5 note 3 and §3.5.2: the side that sends a RST should enter TIME-WAIT. */
  | "note 3"
  /** §3.10.7.4's sequence test read to the letter, where Figure 7 draws the simultaneous open otherwise. */
  | "strict sequence test";

export type Transition = {
  from: State;
  event: Event;
  to: State;
  send: Send;
  /** Where in RFC 9293 this is specified. */
  source: string;
  kind: TransitionKind;
  /** The condition on the arriving segment this row holds under, when the event has other outcomes in `from`. */
  when?: Case;
  /** Only for SYN-RECEIVED: the rule applies to a connection opened this way. */
  opened?: Opened;
  /** Set on behaviour the RFC allows beside the usual row for the same event. */
  alternative?: Alternative;
  /**
   * What Linux does instead, where it differs from RFC 9293 (checked by tests/kernel): another kind of segment, or
   * the same kind with other flags on the wire (its abort's RST carries an ACK).
   */
  linux?: { send?: Send; flags?: Flags; to?: State; why: Text };
  /** A user call RFC 9293 has but no sockets call makes, so a question names the RFC call, not a socket call. */
  rfcCallOnly?: true;
  why: Text;
};

/** How a question says which reading of RFC 9293 it means, for an event that has an alternative row. */
export const READING: Record<Alternative, { usual: Text; alternative: Text }> = {
  "RFC 793": {
    usual: {
      en: " (with the RFC 5961 protection RFC 9293 recommends)",
      zh: "（采用 RFC 9293 推荐的 RFC 5961 防护）",
    },
    alternative: {
      en: " (in a stack without RFC 5961's protection, which keeps RFC 793's behaviour)",
      zh: "（在没有采用 RFC 5961 防护、沿用 RFC 793 行为的协议栈中）",
    },
  },
  "MAY-2": {
    usual: {
      en: " (in a stack that does not take RFC 9293's option MAY-2 to reopen from TIME-WAIT)",
      zh: "（在不采用 RFC 9293 可选项 MAY-2、不从 TIME-WAIT 直接重新打开连接的协议栈中）",
    },
    alternative: {
      en: " (in a stack that takes RFC 9293's option MAY-2 and reopens the connection from TIME-WAIT)",
      zh: "（在采用 RFC 9293 可选项 MAY-2、从 TIME-WAIT 直接重新打开连接的协议栈中）",
    },
  },
  "note 3": {
    usual: { en: " (as §3.10.5 specifies ABORT)", zh: "（按 §3.10.5 对 ABORT 的规定）" },
    alternative: {
      en: " (in a stack that follows Figure 5's note 3 and §3.5.2 for the side that resets a connection)",
      zh: "（在遵循图 5 注 3 和 §3.5.2 中关于主动重置连接一方的规定的协议栈中）",
    },
  },
  "strict sequence test": {
    usual: { en: " (as RFC 9293 Figure 7 draws it)", zh: "（按 RFC 9293 图 7 的画法）" },
    alternative: {
      en: " (reading §3.10.7.4's sequence number test to the letter)",
      zh: "（严格按照 §3.10.7.4 的序号检查逐字执行）",
    },
  },
};

type Extra = Pick<Transition, "when" | "opened" | "alternative" | "linux" | "rfcCallOnly">;

function arc(
  from: State,
  event: Event,
  to: State,
  send: Send,
  source: string,
  kind: TransitionKind,
  why: Text,
  extra: Extra = {},
): Transition {
  const row: Transition = { from, event, to, send, source, kind, why };
  // Only the fields that are set, in a fixed order: the model's JSON and the question ids read them.
  if (extra.when) row.when = extra.when;
  if (extra.opened) row.opened = extra.opened;
  if (extra.alternative) row.alternative = extra.alternative;
  if (extra.linux) row.linux = extra.linux;
  if (extra.rfcCallOnly) row.rfcCallOnly = true;
  return row;
}

const FIGURE = "figure" as const;
const RULE = "event-processing" as const;
const SAME = "same-state" as const;

/** RFC 9293 §3.3.2's synchronized states: both ISNs are known, so sequence numbers can be checked. */
export const SYNCHRONIZED = [
  "ESTABLISHED",
  "FIN-WAIT-1",
  "FIN-WAIT-2",
  "CLOSE-WAIT",
  "CLOSING",
  "LAST-ACK",
  "TIME-WAIT",
] as const satisfies readonly State[];

export function isSynchronized(state: State): boolean {
  return (SYNCHRONIZED as readonly State[]).includes(state);
}

/** The synchronized states in which the application still holds the connection open and is told of a reset. */
const USER_OPEN = ["ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT"] as const;
/** The synchronized states after both FINs were sent, where a reset or an abort just deletes the TCB. */
const BOTH_FINS = ["CLOSING", "LAST-ACK", "TIME-WAIT"] as const;

/** What the application is told when a RST resets the connection, as Linux reports it (tcp_reset()). */
const RESET_ERROR: Record<(typeof USER_OPEN)[number], Text> = {
  ESTABLISHED: {
    en: "the application's next call fails with 'connection reset' (ECONNRESET)",
    zh: "应用的下一次调用以“连接被重置”（ECONNRESET）失败",
  },
  "FIN-WAIT-1": {
    en: "the application, which may still be reading, gets 'connection reset' (ECONNRESET)",
    zh: "仍可能在读取的应用收到“连接被重置”（ECONNRESET）",
  },
  "FIN-WAIT-2": {
    en: "the application, which may still be reading, gets 'connection reset' (ECONNRESET)",
    zh: "仍可能在读取的应用收到“连接被重置”（ECONNRESET）",
  },
  "CLOSE-WAIT": {
    en: "the application has already read the end of the peer's data, so Linux reports the reset to its next write as EPIPE ('broken pipe'), not ECONNRESET",
    zh: "应用已经读到了对方数据的结尾，所以 Linux 把这个重置报告为下一次写入的 EPIPE（“管道破裂”），而不是 ECONNRESET",
  },
};

const CHALLENGE_ACK: Text = {
  en: "It answers with a challenge ACK, <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK> (RFC 5961), and drops the segment: the real peer, if it did send it, learns the sequence number it must use; a blind attacker learns nothing.",
  zh: "它回复一个挑战 ACK，即 <SEQ=SND.NXT><ACK=RCV.NXT><CTL=ACK>（RFC 5961），并丢弃这个报文段：如果这确实是对方发来的，对方由此得知应当使用的序号；盲目攻击者则什么也得不到。",
};

export const TRANSITIONS: readonly Transition[] = [
  // ── RFC 9293 Figure 5 ────────────────────────────────────────────────────────────────────────────
  arc("CLOSED", "passive OPEN", "LISTEN", "none", "§3.10.1", FIGURE, {
    en: "listen() creates the TCB and waits for a SYN; nothing is sent.",
    zh: "listen() 创建传输控制块（TCB）并等待 SYN，此时不发送任何报文段。",
  }),
  arc("CLOSED", "active OPEN", "SYN-SENT", "SYN", "§3.10.1", FIGURE, {
    en: "connect() chooses an initial sequence number (ISS) and sends a SYN carrying it: SND.UNA = ISS, SND.NXT = ISS + 1.",
    zh: "connect() 选择初始序号（ISS），并发送携带该序号的 SYN：SND.UNA = ISS，SND.NXT = ISS + 1。",
  }),
  arc("LISTEN", "CLOSE", "CLOSED", "none", "§3.10.4", FIGURE, {
    en: "Closing a listening socket deletes its TCB; no connection exists, so nothing is sent.",
    zh: "关闭监听套接字会删除其 TCB；因为还没有连接，所以不发送任何报文段。",
  }),
  arc("LISTEN", "rcv SYN", "SYN-RECEIVED", "SYN,ACK", "§3.10.7.2", FIGURE, {
    en: "The server records the client's ISN (IRS = SEG.SEQ, RCV.NXT = SEG.SEQ + 1), acknowledges it and sends its own SYN in the same segment.",
    zh: "服务器记下客户端的 ISN（IRS = SEG.SEQ，RCV.NXT = SEG.SEQ + 1），对其确认，并在同一个报文段里发送自己的 SYN。",
  }),
  arc(
    "LISTEN",
    "SEND",
    "SYN-SENT",
    "SYN",
    "§3.10.2",
    FIGURE,
    {
      en: "RFC 9293's SEND on a listening connection whose remote socket is specified turns it into an active open: a SYN, SYN-SENT. No sockets call does this: send() on a listening socket fails (ENOTCONN).",
      zh: "对一个已指定远端套接字的监听连接调用 RFC 9293 的 SEND，会把它变成主动打开：发送 SYN，进入 SYN-SENT。没有哪个套接字调用能做到这一点：在监听套接字上调用 send() 会失败（ENOTCONN）。",
    },
    { rfcCallOnly: true },
  ),
  arc("SYN-SENT", "CLOSE", "CLOSED", "none", "§3.10.4", FIGURE, {
    en: "Closing before the handshake completes deletes the TCB; the peer has nothing to be told.",
    zh: "在握手完成前关闭会直接删除 TCB；不需要通知对方。",
  }),
  arc("SYN-SENT", "rcv SYN", "SYN-RECEIVED", "SYN,ACK", "§3.10.7.3", FIGURE, {
    en: "Simultaneous open: a SYN arrives while ours is unanswered. We acknowledge it and repeat our SYN, as a SYN,ACK. (RFC 793's diagram labelled this arc 'snd ACK'.)",
    zh: "同时打开：自己的 SYN 尚未得到回应时收到了对方的 SYN。于是确认它，并重发自己的 SYN，合在一个 SYN,ACK 里。（RFC 793 的状态图把这条状态转换标成了“snd ACK”。）",
  }),
  arc(
    "SYN-SENT",
    "rcv SYN,ACK",
    "ESTABLISHED",
    "ACK",
    "§3.10.7.3",
    FIGURE,
    {
      en: "The SYN,ACK acknowledges our SYN and carries the server's ISN: the client is established (IRS = SEG.SEQ, RCV.NXT = SEG.SEQ + 1, SND.UNA = SEG.ACK) and acknowledges the server's SYN.",
      zh: "SYN,ACK 确认了我们的 SYN，并带来了服务器的 ISN：客户端进入已建立状态（IRS = SEG.SEQ，RCV.NXT = SEG.SEQ + 1，SND.UNA = SEG.ACK），并确认服务器的 SYN。",
    },
    { when: "acks-syn" },
  ),
  arc("SYN-RECEIVED", "rcv ACK of SYN", "ESTABLISHED", "none", "§3.10.7.4", FIGURE, {
    en: "Our SYN is acknowledged, so both directions are synchronized: established (SND.WND = SEG.WND). The ACK itself needs no answer; data riding on it is acknowledged.",
    zh: "自己的 SYN 已被确认，两个方向都已同步：进入已建立状态（SND.WND = SEG.WND）。这个 ACK 本身不需要回复；若它携带了数据，则确认这些数据。",
  }),
  arc("SYN-RECEIVED", "CLOSE", "FIN-WAIT-1", "FIN", "§3.10.4", FIGURE, {
    en: "Closing after a SYN was exchanged needs an orderly close: send a FIN.",
    zh: "已经交换过 SYN 后关闭，需要有序释放：发送 FIN。",
  }),
  arc(
    "SYN-RECEIVED",
    "rcv RST",
    "LISTEN",
    "none",
    "§3.10.7.4",
    FIGURE,
    {
      en: "Reached from LISTEN (a passive open): the half-open attempt is dropped and the socket goes back to listening, without telling the application (Figure 5, note 1).",
      zh: "由 LISTEN 进入（被动打开）：这次半连接被丢弃，套接字回到监听状态，不通知应用（见图 5 注 1）。",
    },
    { when: "exact", opened: "passive" },
  ),
  arc("ESTABLISHED", "CLOSE", "FIN-WAIT-1", "FIN", "§3.10.4", FIGURE, {
    en: "The application closes its sending side (close(), or shutdown(SHUT_WR)): TCP sends a FIN, which takes one sequence number. This side is the active closer.",
    zh: "应用关闭了自己的发送方向（调用 close() 或 shutdown(SHUT_WR)）：TCP 发送 FIN，FIN 占用一个序号。这一方是主动关闭方。",
  }),
  arc("ESTABLISHED", "rcv FIN", "CLOSE-WAIT", "ACK", "§3.10.7.4", FIGURE, {
    en: "The peer will send no more data. We acknowledge the FIN (RCV.NXT moves past it) and wait for our application to close.",
    zh: "对方不再发送数据。我们确认这个 FIN（RCV.NXT 越过它），然后等待本地应用关闭。",
  }),
  arc("FIN-WAIT-1", "rcv ACK of FIN", "FIN-WAIT-2", "none", "§3.10.7.4", FIGURE, {
    en: "Our FIN is acknowledged; now we wait for the peer's FIN, and can still receive data (after shutdown(SHUT_WR); after close(), Linux answers data with a RST).",
    zh: "自己的 FIN 已被确认；现在等待对方的 FIN，期间仍可接收数据（用 shutdown(SHUT_WR) 关闭时如此；调用 close() 后，Linux 会用 RST 回应数据）。",
  }),
  arc("FIN-WAIT-1", "rcv FIN", "CLOSING", "ACK", "§3.10.7.4", FIGURE, {
    en: "Simultaneous close: the peer's FIN arrives, and it does not acknowledge our FIN, which is still unacknowledged. Acknowledge it and wait for the ACK of ours.",
    zh: "同时关闭：对方的 FIN 到达了，但它没有确认我们的 FIN，我们的 FIN 仍未被确认。确认对方的 FIN，并等待对自己 FIN 的确认。",
  }),
  arc("FIN-WAIT-2", "rcv FIN", "TIME-WAIT", "ACK", "§3.10.7.4", FIGURE, {
    en: "The peer closes too. We send the last ACK and wait 2×MSL in case it is lost and the FIN comes again.",
    zh: "对方也关闭了。我们发送最后一个 ACK，并等待 2MSL，以防这个 ACK 丢失、对方重传 FIN。",
  }),
  arc("CLOSING", "rcv ACK of FIN", "TIME-WAIT", "none", "§3.10.7.4", FIGURE, {
    en: "Our FIN is acknowledged after a simultaneous close: wait 2×MSL like any side that sent the last ACK.",
    zh: "同时关闭后自己的 FIN 被确认：和任何发送了最后一个 ACK 的一方一样，等待 2MSL。",
  }),
  arc("CLOSE-WAIT", "CLOSE", "LAST-ACK", "FIN", "§3.10.4", FIGURE, {
    en: "Our application closes too: send our FIN and wait for its acknowledgment, the last ACK.",
    zh: "本地应用也关闭了：发送自己的 FIN，并等待对它的确认，即最后一个 ACK。",
  }),
  arc("LAST-ACK", "rcv ACK of FIN", "CLOSED", "none", "§3.10.7.4", FIGURE, {
    en: "The last ACK arrives: the connection is gone. The passive closer never waits in TIME-WAIT.",
    zh: "最后一个 ACK 到达：连接释放。被动关闭方不经过 TIME-WAIT。",
  }),
  arc("TIME-WAIT", "timeout=2MSL", "CLOSED", "none", "§3.10.8", FIGURE, {
    en: "2×MSL has passed with no FIN resent, so the last ACK is taken to have arrived, and any old segment of this connection has died out.",
    zh: "2MSL 已过且没有收到重传的 FIN，于是认为最后一个 ACK 已被收到；本连接的旧报文段也都已在网络中消失。",
  }),

  // ── §3.10: state changes the figure leaves out ───────────────────────────────────────────────────
  arc("FIN-WAIT-1", "rcv FIN and ACK of FIN", "TIME-WAIT", "ACK", "§3.10.7.4", RULE, {
    en: "The peer's FIN also acknowledges ours (it closed as soon as our FIN arrived). The ACK check moves us to FIN-WAIT-2, then the FIN check to TIME-WAIT, in one segment (Figure 5, note 2): acknowledge and wait 2×MSL.",
    zh: "对方的 FIN 同时确认了我们的 FIN（对方一收到我们的 FIN 就关闭了）。ACK 检查先把我们带到 FIN-WAIT-2，FIN 检查再带到 TIME-WAIT，都在同一个报文段里完成（见图 5 注 2）：确认后等待 2MSL。",
  }),
  arc(
    "SYN-RECEIVED",
    "rcv RST",
    "CLOSED",
    "none",
    "§3.10.7.4",
    RULE,
    {
      en: "Reached from SYN-SENT (an active open): the connection was refused, so it is closed and the application told, not returned to LISTEN.",
      zh: "由 SYN-SENT 进入（主动打开）：连接被拒绝，因此直接关闭并通知应用，而不是回到 LISTEN。",
    },
    { when: "exact", opened: "active" },
  ),
  arc(
    "SYN-SENT",
    "rcv RST",
    "CLOSED",
    "none",
    "§3.10.7.3",
    RULE,
    {
      en: "A RST that acknowledges our SYN means nobody listens on that port: the connection is refused (Linux: ECONNREFUSED).",
      zh: "确认了我们 SYN 的 RST 表示该端口没有进程在监听：连接被拒绝（Linux 报告 ECONNREFUSED）。",
    },
    { when: "acks-syn" },
  ),
  arc(
    "SYN-SENT",
    "rcv RST",
    "SYN-SENT",
    "none",
    "§3.10.7.3",
    SAME,
    {
      en: "In SYN-SENT a RST counts only if it acknowledges our SYN; this one does not, so it is dropped and the side keeps waiting (its SYN is retransmitted as usual).",
      zh: "在 SYN-SENT 状态，只有确认了自己 SYN 的 RST 才有效；这个没有，所以被丢弃，这一方继续等待（SYN 照常重传）。",
    },
    { when: "no-syn-ack" },
  ),
  arc(
    "SYN-RECEIVED",
    "rcv FIN",
    "CLOSE-WAIT",
    "ACK",
    "§3.10.7.4",
    RULE,
    {
      en: "The FIN's ACK acknowledges our SYN, so the ACK check makes the connection ESTABLISHED, and the FIN check then moves it to CLOSE-WAIT: the peer opened and closed before we saw its ACK of our SYN.",
      zh: "这个 FIN 携带的 ACK 确认了我们的 SYN，于是 ACK 检查让连接进入 ESTABLISHED，FIN 检查再把它带到 CLOSE-WAIT：对方在我们看到它对 SYN 的确认之前就已经打开并关闭了。",
    },
    { when: "acks-syn" },
  ),
  arc(
    "SYN-RECEIVED",
    "rcv SYN,ACK",
    "ESTABLISHED",
    "ACK",
    "§3.10.7.4",
    RULE,
    {
      en: "Simultaneous open: the peer's SYN,ACK acknowledges our SYN, and RFC 9293 Figure 7 shows it taking SYN-RECEIVED to ESTABLISHED. Its SYN repeats the peer's SYN (seq = RCV.NXT − 1), which is acknowledged again; Linux does the same.",
      zh: "同时打开：对方的 SYN,ACK 确认了我们的 SYN，RFC 9293 图 7 画的是它让 SYN-RECEIVED 进入 ESTABLISHED。其中的 SYN 是对方 SYN 的重复（seq = RCV.NXT − 1），于是再确认一次；Linux 也是这样做的。",
    },
    { when: "acks-syn" },
  ),
  arc(
    "SYN-RECEIVED",
    "rcv SYN,ACK",
    "SYN-RECEIVED",
    "ACK",
    "§3.10.7.4",
    SAME,
    {
      en: "Read to the letter, §3.10.7.4's sequence test does not accept this SYN,ACK: it occupies only seq = RCV.NXT − 1, the peer's SYN already received. It is answered with an ACK and dropped, and SYN-RECEIVED waits for the peer's ACK.",
      zh: "严格按照 §3.10.7.4 的序号检查，这个 SYN,ACK 是不可接受的：它只占用 seq = RCV.NXT − 1，也就是已经收到的对方 SYN。于是回复一个 ACK 并丢弃它，SYN-RECEIVED 继续等待对方的 ACK。",
    },
    { when: "acks-syn", alternative: "strict sequence test" },
  ),
  ...USER_OPEN.map((from) =>
    arc(
      from,
      "rcv RST",
      "CLOSED",
      "none",
      "§3.10.7.4",
      RULE,
      {
        en: `A RST at exactly RCV.NXT is valid: the connection is aborted at once, queued data is discarded, and ${RESET_ERROR[from].en}.`,
        zh: `序号恰好等于 RCV.NXT 的 RST 是有效的：连接立即终止，排队的数据被丢弃，${RESET_ERROR[from].zh}。`,
      },
      { when: "exact" },
    ),
  ),
  ...BOTH_FINS.map((from) =>
    arc(
      from,
      "rcv RST",
      "CLOSED",
      "none",
      "§3.10.7.4",
      RULE,
      {
        en:
          from === "TIME-WAIT"
            ? "RFC 9293 lets a valid RST end TIME-WAIT early. RFC 1337 warns this 'TIME-WAIT assassination' can let old segments into a new connection; Linux allows it unless net.ipv4.tcp_rfc1337=1."
            : "The connection was closing anyway; a valid RST (at exactly RCV.NXT) ends it at once.",
        zh:
          from === "TIME-WAIT"
            ? "RFC 9293 允许有效的 RST 提前结束 TIME-WAIT。RFC 1337 提醒这种“TIME-WAIT 暗杀”可能让旧报文段混入新连接；Linux 默认允许，除非设置 net.ipv4.tcp_rfc1337=1。"
            : "连接本来就在关闭中；有效的 RST（序号恰好等于 RCV.NXT）让它立即结束。",
      },
      { when: "exact" },
    ),
  ),
  arc(
    "LISTEN",
    "active OPEN",
    "SYN-SENT",
    "SYN",
    "§3.10.1",
    RULE,
    {
      en: "RFC 9293's OPEN, made active on a listening connection with the remote socket specified, changes it from passive to active: it selects an ISS, sends a SYN and enters SYN-SENT. The sockets API has no such call: connect() on a listening socket fails.",
      zh: "对监听中的连接调用主动的 OPEN 并指定远端套接字，会把它从被动改为主动：选择 ISS、发送 SYN、进入 SYN-SENT。套接字 API 没有这样的调用：在监听套接字上调用 connect() 会失败。",
    },
    { rfcCallOnly: true },
  ),
  ...(["LISTEN", "SYN-SENT"] as const).map((from) =>
    arc(from, "ABORT", "CLOSED", "none", "§3.10.5", RULE, {
      en: "No connection is synchronized yet, so there is nobody to tell: the TCB is deleted.",
      zh: "还没有同步的连接，不需要通知对方：直接删除 TCB。",
    }),
  ),
  ...(["SYN-RECEIVED", "ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT"] as const).flatMap((from) => [
    arc(
      from,
      "ABORT",
      "CLOSED",
      "RST",
      "§3.10.5",
      RULE,
      {
        en: "An abort sends a RST (<SEQ=SND.NXT><CTL=RST>) and deletes the TCB at once, with no FIN and no TIME-WAIT.",
        zh: "中止会发送 RST（<SEQ=SND.NXT><CTL=RST>）并立即删除 TCB，不发 FIN，也不进入 TIME-WAIT。",
      },
      {
        linux: {
          flags: "RST,ACK",
          why: {
            en: "Linux's RST carries an ACK as well: RST,ACK with ack = RCV.NXT (tcp_send_active_reset()).",
            zh: "Linux 发出的 RST 同时带 ACK 标志：RST,ACK，ack = RCV.NXT（tcp_send_active_reset()）。",
          },
        },
      },
    ),
    arc(
      from,
      "ABORT",
      "TIME-WAIT",
      "RST",
      "§3.5.2",
      RULE,
      {
        en: "Figure 5's note 3 and §3.5.2 say the side that sends a RST should enter TIME-WAIT, which spares a busy server's memory for connections the client closes; §3.10.5 itself says CLOSED, and Linux deletes the socket.",
        zh: "图 5 注 3 和 §3.5.2 说发送 RST 的一方应当进入 TIME-WAIT，这样可以为繁忙的服务器节省被客户端关闭的连接所占的内存；但 §3.10.5 本身规定进入 CLOSED，Linux 也直接删除套接字。",
      },
      { alternative: "note 3" },
    ),
  ]),
  ...BOTH_FINS.map((from) =>
    arc(from, "ABORT", "CLOSED", "none", "§3.10.5", RULE, {
      en: "Both FINs have been sent already, so an abort just deletes the TCB; no RST is needed.",
      zh: "双方的 FIN 都已发出，中止只需删除 TCB，不需要发送 RST。",
    }),
  ),
  ...STATES.filter((s) => s !== "CLOSED").map((from) =>
    arc(from, "timeout=USER", "CLOSED", "none", "§3.10.8", RULE, {
      en: "The user timeout (how long data may stay unacknowledged) expired: the queues are flushed, the application gets 'connection aborted due to user timeout', and the TCB is deleted. Nothing is sent; Linux's TCP_USER_TIMEOUT ends the connection the same way.",
      zh: "用户超时（数据最长可以多久得不到确认）到期：清空各个队列，应用收到“连接因用户超时而中止”，TCB 被删除。不发送任何报文段；Linux 的 TCP_USER_TIMEOUT 也这样结束连接。",
    }),
  ),

  // ── Same state: refusals, duplicates, data and retransmissions ──────────────────────────────────
  arc("CLOSED", "rcv RST", "CLOSED", "none", "§3.10.7.1", SAME, {
    en: "There is no connection to reset; a RST to a closed port is discarded, never answered.",
    zh: "没有可以重置的连接；发往关闭端口的 RST 被丢弃，不作任何回应。",
  }),
  arc("CLOSED", "rcv SYN", "CLOSED", "RST", "§3.10.7.1", SAME, {
    en: "Nobody listens on this port: TCP answers the SYN with <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>, a RST that acknowledges it, so the client believes it and learns at once.",
    zh: "该端口无人监听：TCP 用 <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK> 回应这个 SYN，这个 RST 确认了该 SYN，客户端因而相信它并立即得知。",
  }),
  ...(["rcv SYN,ACK", "rcv ACK", "rcv data", "rcv FIN"] as const).map((event) =>
    arc("CLOSED", event, "CLOSED", "RST", "§3.10.7.1", SAME, {
      en: "There is no connection (a host that rebooted, or one long closed): any segment but a RST is answered with <SEQ=SEG.ACK><CTL=RST>, taking its sequence number from the segment's ACK so the sender accepts it.",
      zh: "这里没有连接（主机已重启，或连接早已关闭）：除 RST 外的任何报文段都以 <SEQ=SEG.ACK><CTL=RST> 回应，序号取自该报文段的确认号，好让发送方接受它。",
    }),
  ),
  arc("LISTEN", "rcv RST", "LISTEN", "none", "§3.10.7.2", SAME, {
    en: "A RST cannot belong to anything a listening socket sent, so it is ignored.",
    zh: "RST 不可能是针对监听套接字发出的报文段，因此被忽略。",
  }),
  ...(["rcv SYN,ACK", "rcv ACK", "rcv data", "rcv FIN"] as const).map((event) =>
    arc("LISTEN", event, "LISTEN", "RST", "§3.10.7.2", SAME, {
      en: "A listening socket has sent nothing, so any acknowledgment is bad: it answers with <SEQ=SEG.ACK><CTL=RST> and keeps listening.",
      zh: "监听中的套接字还没发送过任何东西，所以任何确认都是错误的：它以 <SEQ=SEG.ACK><CTL=RST> 回应，并继续监听。",
    }),
  ),
  ...(["rcv SYN,ACK", "rcv ACK"] as const).map((event) =>
    arc(
      "SYN-SENT",
      event,
      "SYN-SENT",
      "RST",
      "§3.10.7.3",
      SAME,
      {
        en: "The ACK acknowledges something this side never sent (SEG.ACK =< ISS or > SND.NXT): an old duplicate, or the peer of a half-open connection. It answers with <SEQ=SEG.ACK><CTL=RST>, drops the segment and keeps waiting for its own SYN's answer.",
        zh: "这个确认号确认的是这一方从未发送过的内容（SEG.ACK =< ISS 或 > SND.NXT）：可能是旧的重复报文段，或半开连接的对端。它以 <SEQ=SEG.ACK><CTL=RST> 回应，丢弃该报文段，继续等待对自己 SYN 的回应。",
      },
      {
        when: "bad-ack",
        linux: {
          why: {
            en: "Linux then sends its SYN again within milliseconds (TCP_TIMEOUT_MIN) instead of waiting out the RTO, if it has not retransmitted yet: the RST may just have cleared the peer's half-open connection (tcp_rcv_synsent_state_process()).",
            zh: "如果还没有重传过，Linux 随后会在几毫秒内（TCP_TIMEOUT_MIN）再次发送 SYN，而不是等到 RTO 超时：这个 RST 可能刚刚清除了对端的半开连接（tcp_rcv_synsent_state_process()）。",
          },
        },
      },
    ),
  ),
  arc(
    "SYN-SENT",
    "rcv ACK",
    "SYN-SENT",
    "none",
    "§3.10.7.3",
    SAME,
    {
      en: "An ACK of our SYN that carries no SYN cannot complete the handshake: with neither SYN nor RST set, §3.10.7.3 drops it. The peer's SYN,ACK is still to come.",
      zh: "确认了我们 SYN 但不带 SYN 的 ACK 无法完成握手：既没有 SYN 也没有 RST，§3.10.7.3 丢弃它。对方的 SYN,ACK 还没有到。",
    },
    { when: "acks-syn" },
  ),
  arc(
    "SYN-RECEIVED",
    "rcv ACK",
    "SYN-RECEIVED",
    "RST",
    "§3.10.7.4",
    SAME,
    {
      en: "The ACK does not acknowledge our SYN (SND.UNA < SEG.ACK =< SND.NXT fails), so it is answered with <SEQ=SEG.ACK><CTL=RST> and the side stays in SYN-RECEIVED.",
      zh: "这个 ACK 没有确认我们的 SYN（SND.UNA < SEG.ACK =< SND.NXT 不成立），所以以 <SEQ=SEG.ACK><CTL=RST> 回应，这一方仍处于 SYN-RECEIVED。",
    },
    { when: "bad-ack" },
  ),
  arc(
    "SYN-RECEIVED",
    "rcv SYN",
    "SYN-RECEIVED",
    "ACK",
    "§3.10.7.4",
    SAME,
    {
      en: "A retransmitted SYN (its SYN is at RCV.NXT − 1, already received) fails the sequence number check, which answers it with an ACK, <SEQ=SND.NXT><ACK=RCV.NXT>, and drops it.",
      zh: "重传的 SYN（其 SYN 位于 RCV.NXT − 1，已经收到过）通不过序号检查，序号检查以一个 ACK <SEQ=SND.NXT><ACK=RCV.NXT> 回应并丢弃它。",
    },
    {
      when: "duplicate",
      linux: {
        send: "SYN,ACK",
        why: {
          en: "Linux answers a retransmitted SYN in SYN-RECEIVED by sending its SYN,ACK again (tcp_check_req()), since that SYN,ACK may be what was lost.",
          zh: "Linux 在 SYN-RECEIVED 收到重传的 SYN 时，会再次发送自己的 SYN,ACK（tcp_check_req()），因为丢失的可能正是那个 SYN,ACK。",
        },
      },
    },
  ),
  ...(["SYN-RECEIVED", ...SYNCHRONIZED] as const).flatMap((from) => [
    arc(
      from,
      "rcv RST",
      from,
      "ACK",
      "§3.10.7.4",
      SAME,
      {
        en: `A RST inside the window that is not exactly at RCV.NXT may be forged. ${CHALLENGE_ACK.en}`,
        zh: `序号在窗口内但不恰好等于 RCV.NXT 的 RST 可能是伪造的。${CHALLENGE_ACK.zh}`,
      },
      { when: "in-window" },
    ),
    arc(
      from,
      "rcv RST",
      from,
      "none",
      "§3.10.7.4",
      SAME,
      {
        en: "The sequence number check finds the RST outside the receive window; an unacceptable RST is dropped silently (an ACK would answer any other unacceptable segment).",
        zh: "序号检查发现这个 RST 在接收窗口之外；不可接受的 RST 被悄悄丢弃（其他不可接受的报文段则会得到一个 ACK）。",
      },
      { when: "out-of-window" },
    ),
  ]),
  ...(["SYN-RECEIVED", ...SYNCHRONIZED] as const).flatMap((from) =>
    (from === "SYN-RECEIVED" ? (["passive", "active"] as const) : [undefined]).map((opened) =>
      arc(
        from,
        "rcv RST",
        opened === "passive" ? "LISTEN" : "CLOSED",
        "none",
        "§3.10.7.4",
        RULE,
        {
          en: "Without RFC 5961's protection (RFC 793's rule) a RST anywhere in the window resets the connection: a blind attacker then needs only to land in the window, not on RCV.NXT exactly.",
          zh: "没有 RFC 5961 防护时（RFC 793 的规则），窗口内任何位置的 RST 都会重置连接：盲目攻击者只要落在窗口之内即可，而不必恰好命中 RCV.NXT。",
        },
        { when: "in-window", alternative: "RFC 793", ...(opened ? { opened } : {}) },
      ),
    ),
  ),
  arc(
    "SYN-RECEIVED",
    "rcv SYN",
    "LISTEN",
    "none",
    "§3.10.7.4",
    RULE,
    {
      en: "Another SYN inside the window, on a connection that came from LISTEN: the half-open attempt is abandoned and the connection returns to LISTEN (§3.10.7.4, fourth, check the SYN bit).",
      zh: "在由 LISTEN 进入的连接上收到另一个落在窗口内的 SYN：放弃这次半连接，连接回到 LISTEN（§3.10.7.4 第四步，检查 SYN 位）。",
    },
    { when: "in-window", opened: "passive" },
  ),
  arc(
    "SYN-RECEIVED",
    "rcv SYN",
    "SYN-RECEIVED",
    "ACK",
    "§3.10.7.4",
    SAME,
    {
      en: `Another SYN inside the window, on a connection opened actively: it is handled as in the synchronized states. ${CHALLENGE_ACK.en}`,
      zh: `在主动打开的连接上收到另一个落在窗口内的 SYN：按同步状态的规则处理。${CHALLENGE_ACK.zh}`,
    },
    { when: "in-window", opened: "active" },
  ),
  ...SYNCHRONIZED.flatMap((from) => [
    arc(from, "rcv SYN", from, "ACK", "§3.10.7.4", SAME, {
      en: `A SYN in a synchronized state may be a peer that rebooted, a new connection attempt or an attack. ${CHALLENGE_ACK.en} (A SYN outside the window gets the same ACK from the sequence number check.)`,
      zh: `同步状态下收到的 SYN 可能来自重启过的对端、一次新的连接尝试，或一次攻击。${CHALLENGE_ACK.zh}（窗口之外的 SYN 也会由序号检查得到同样的 ACK。）`,
    }),
    ...(from === "TIME-WAIT"
      ? []
      : [
          arc(
            from,
            "rcv SYN",
            "CLOSED",
            "RST",
            "§3.10.7.4",
            RULE,
            {
              en: "Without RFC 5961's protection (RFC 793's rule) a SYN inside the window is an error: the side sends a RST, tells the application 'connection reset' and closes.",
              zh: "没有 RFC 5961 防护时（RFC 793 的规则），窗口内的 SYN 被当作错误：这一方发送 RST，通知应用“连接被重置”，然后关闭。",
            },
            { alternative: "RFC 793" },
          ),
        ]),
  ]),
  arc(
    "TIME-WAIT",
    "rcv SYN",
    "SYN-RECEIVED",
    "SYN,ACK",
    "§3.6.1",
    RULE,
    {
      en: "MAY-2: a stack may accept a new SYN in TIME-WAIT and reopen the connection at once, if its new ISS is above every sequence number of the old incarnation and it goes back to TIME-WAIT should the SYN prove an old duplicate. RFC 6191 does this safely with timestamps; Linux accepts such a SYN this way.",
      zh: "MAY-2：协议栈可以在 TIME-WAIT 中接受一个新的 SYN 并立即重新打开连接，前提是新的 ISS 大于旧连接用过的所有序号，并且在发现这个 SYN 是旧的重复报文段时回到 TIME-WAIT。RFC 6191 借助时间戳安全地做到这一点；Linux 也这样接受这种 SYN。",
    },
    { when: "new-syn", alternative: "MAY-2" },
  ),
  arc("ESTABLISHED", "rcv SYN,ACK", "ESTABLISHED", "ACK", "§3.10.7.4", SAME, {
    en: "A repeated SYN,ACK (its SYN is at RCV.NXT − 1, already received) fails the sequence number check, which answers with an ACK: the peer, still in SYN-RECEIVED, did not get ours.",
    zh: "重复的 SYN,ACK（其 SYN 位于 RCV.NXT − 1，已经收到过）通不过序号检查，序号检查以一个 ACK 回应：对方仍处于 SYN-RECEIVED，没有收到我们的 ACK。",
  }),
  ...(["CLOSE-WAIT", "CLOSING", "LAST-ACK", "TIME-WAIT"] as const).map((from) =>
    arc(from, "rcv FIN", from, "ACK", "§3.10.7.4", SAME, {
      en:
        from === "TIME-WAIT"
          ? "The peer resent its FIN, so our last ACK was lost. The FIN (at RCV.NXT − 1, already received) fails the sequence number check, which acknowledges it again, and the 2MSL timer restarts (§3.10.7.4, TIME-WAIT): this is why TIME-WAIT exists."
          : "The peer resent its FIN, so our ACK of it was lost. The FIN (at RCV.NXT − 1, already received) fails the sequence number check, which acknowledges it again; the state stays.",
      zh:
        from === "TIME-WAIT"
          ? "对方重传了 FIN，说明我们最后的 ACK 丢失了。这个 FIN（位于 RCV.NXT − 1，已经收到过）通不过序号检查，序号检查再次确认它，2MSL 计时器重新开始（§3.10.7.4，TIME-WAIT）：这正是 TIME-WAIT 存在的原因。"
          : "对方重传了 FIN，说明我们对它的 ACK 丢失了。这个 FIN（位于 RCV.NXT − 1，已经收到过）通不过序号检查，序号检查再次确认它；状态不变。",
    }),
  ),
  ...(["ESTABLISHED", "CLOSE-WAIT"] as const).map((from) =>
    arc(from, "SEND", from, "ACK", "§3.10.2", SAME, {
      en:
        from === "CLOSE-WAIT"
          ? "Half-close: the peer has finished sending, but this side may still send. The data takes one sequence number per byte and carries the ACK flag (ack = RCV.NXT)."
          : "Data is sent with the ACK flag set (ack = RCV.NXT); it takes one sequence number per byte.",
      zh:
        from === "CLOSE-WAIT"
          ? "半关闭：对方已经不再发送，但这一方仍然可以发送。数据每个字节占用一个序号，并带 ACK 标志（ack = RCV.NXT）。"
          : "数据随 ACK 标志一起发送（ack = RCV.NXT）；每个字节占用一个序号。",
    }),
  ),
  ...(["ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2"] as const).flatMap((from) => [
    arc(
      from,
      "rcv data",
      from,
      "ACK",
      "§3.10.7.4",
      SAME,
      {
        en: `Data is delivered to the application and acknowledged: RCV.NXT moves past it (ack = seq + length).${
          from === "ESTABLISHED"
            ? ""
            : " A side in FIN-WAIT can still receive, as RFC 9293's CLOSE allows and shutdown(SHUT_WR) does; after close(), Linux answers the data with a RST instead."
        }`,
        zh: `数据交付给应用并被确认：RCV.NXT 越过这些数据（ack = seq + 长度）。${
          from === "ESTABLISHED"
            ? ""
            : "处于 FIN-WAIT 的一方仍然可以接收数据：RFC 9293 的 CLOSE 允许这样，shutdown(SHUT_WR) 也是如此；调用 close() 后，Linux 则会用 RST 回应这些数据。"
        }`,
      },
      { when: "in-order" },
    ),
    arc(
      from,
      "rcv data",
      from,
      "ACK",
      "§3.10.7.4",
      SAME,
      {
        en: "The data was received already (the peer retransmitted it): it fails the sequence number check, which answers with an ACK of RCV.NXT and drops it.",
        zh: "这些数据已经收到过（对方重传了它）：它通不过序号检查，序号检查以一个确认 RCV.NXT 的 ACK 回应并丢弃它。",
      },
      { when: "duplicate" },
    ),
  ]),
  ...(["ESTABLISHED", "CLOSE-WAIT"] as const).flatMap((from) => [
    arc(
      from,
      "rcv ACK",
      from,
      "none",
      "§3.10.7.4",
      SAME,
      {
        en: "The data we sent is acknowledged: SND.UNA moves up to SEG.ACK and the data leaves the retransmission queue.",
        zh: "我们发送的数据已被确认：SND.UNA 前移到 SEG.ACK，这些数据从重传队列中移除。",
      },
      { when: "new-data" },
    ),
    arc(
      from,
      "rcv ACK",
      from,
      "none",
      "§3.10.7.4",
      SAME,
      {
        en: "A duplicate ACK (SEG.ACK =< SND.UNA) acknowledges nothing new and is ignored.",
        zh: "重复的 ACK（SEG.ACK =< SND.UNA）没有确认任何新内容，被忽略。",
      },
      { when: "dup-ack" },
    ),
    arc(
      from,
      "rcv ACK",
      from,
      "ACK",
      "§3.10.7.4",
      SAME,
      {
        en: "An ACK of data not yet sent (SEG.ACK > SND.NXT) cannot be right: TCP sends an ACK of its own, drops the segment and returns.",
        zh: "确认了尚未发送的数据（SEG.ACK > SND.NXT）的 ACK 不可能正确：TCP 回复一个自己的 ACK，丢弃该报文段并返回。",
      },
      { when: "acks-unsent" },
    ),
  ]),
  ...(["FIN-WAIT-1", "CLOSING", "LAST-ACK"] as const).map((from) =>
    arc(
      from,
      "rcv ACK",
      from,
      "none",
      "§3.10.7.4",
      SAME,
      {
        en: "The ACK acknowledges data sent before the FIN, but not the FIN itself: SND.UNA moves up and the FIN is still awaited.",
        zh: "这个 ACK 确认了 FIN 之前发送的数据，但没有确认 FIN 本身：SND.UNA 前移，仍在等待对 FIN 的确认。",
      },
      { when: "new-data" },
    ),
  ),
  ...(["FIN-WAIT-1", "FIN-WAIT-2", "CLOSING", "LAST-ACK", "TIME-WAIT"] as const).map((from) =>
    arc(
      from,
      "rcv ACK",
      from,
      "none",
      "§3.10.7.4",
      SAME,
      {
        en:
          from === "TIME-WAIT"
            ? "A duplicate ACK acknowledges nothing new and is ignored; the 2MSL timer keeps running (§3.10.7.4 expects only a retransmitted FIN in TIME-WAIT, and Linux ignores a bare ACK there)."
            : "A duplicate ACK (SEG.ACK =< SND.UNA) acknowledges nothing new and is ignored.",
        zh:
          from === "TIME-WAIT"
            ? "重复的 ACK 没有确认任何新内容，被忽略；2MSL 计时器继续计时（§3.10.7.4 认为 TIME-WAIT 中只会收到重传的 FIN，Linux 也会忽略这里的单纯 ACK）。"
            : "重复的 ACK（SEG.ACK =< SND.UNA）没有确认任何新内容，被忽略。",
      },
      { when: "dup-ack" },
    ),
  ),
  ...(
    [
      ["SYN-SENT", "SYN"],
      ["SYN-RECEIVED", "SYN,ACK"],
      ["ESTABLISHED", "ACK"],
      ["CLOSE-WAIT", "ACK"],
      ["FIN-WAIT-1", "FIN"],
      ["CLOSING", "FIN"],
      ["LAST-ACK", "FIN"],
    ] as const
  ).map(([from, send]) =>
    arc(from, "timeout=RTO", from, send, "§3.10.8", SAME, {
      en: `No acknowledgment came in time, so the oldest unacknowledged segment (a ${send === "ACK" ? "data segment" : send}) is sent again with the same sequence number, and the timer restarts with its timeout doubled (RFC 6298 §5.5: 1 s, 2 s, 4 s ...).`,
      zh: `在超时之前没有收到确认，于是用相同的序号重传最早一个未被确认的报文段（${send === "ACK" ? "数据报文段" : send}），计时器重新开始，超时时间加倍（RFC 6298 §5.5：1 秒、2 秒、4 秒……）。`,
    }),
  ),
  ...STATES.filter((s) => s !== "CLOSED").map((from) =>
    arc(from, "reboot", "CLOSED", "none", "§3.5.1", "failure", {
      en: "A crash or reboot wipes the host's TCBs without a word to the peer, which may still believe the connection open: a half-open connection.",
      zh: "崩溃或重启让主机丢失了所有 TCB，而且不通知对端；对端可能仍然认为连接是打开的：这就是半开连接。",
    }),
  ),
];

export type TransitionKey = Pick<Transition, "from" | "event" | "when" | "opened" | "alternative">;

/**
 * The row for this event, condition and way of opening in `from`; the usual row unless `alternative` asks for one
 * of the others; null when RFC 9293 has none (the event is an error or ignored).
 */
export function findTransition(
  from: State,
  event: Event,
  options: { when?: Case | undefined; opened?: Opened | null; alternative?: Alternative | null } = {},
): Transition | null {
  // One pass over the rows, without a filtered copy: every step played looks its row up here.
  const alternative = options.alternative ?? null;
  const opened = options.opened ?? "passive";
  let first: Transition | null = null;
  let ofOpened: Transition | null = null;
  let count = 0;
  for (const t of rowsOf(from, event)) {
    if (t.when !== options.when || (t.alternative ?? null) !== alternative) continue;
    count++;
    first ??= t;
    if (!ofOpened && t.opened === opened) ofOpened = t;
  }
  return count <= 1 ? first : ofOpened;
}

/** Every transition that leaves `state` (including those that stay in it). */
export function transitionsFrom(state: State): Transition[] {
  return TRANSITIONS.filter((t) => t.from === state);
}

/**
 * A stable id for a transition, used by questions, flashcards and mastery: "ESTABLISHED|rcv FIN",
 * "ESTABLISHED|rcv RST|exact", "SYN-RECEIVED|rcv RST|exact|passive", "TIME-WAIT|rcv SYN|new-syn|MAY-2".
 */
export function transitionId(t: TransitionKey): string {
  return [t.from, t.event, t.when, t.opened, t.alternative].filter(Boolean).join("|");
}

/**
 * The rows of each state and event, found once: every step played and every question asked looks its row up. By
 * state, then event, so that a lookup builds no key string.
 */
const BY_STATE_AND_EVENT = new Map<State, Map<Event, Transition[]>>();
for (const t of TRANSITIONS) {
  const byEvent = BY_STATE_AND_EVENT.get(t.from) ?? new Map<Event, Transition[]>();
  BY_STATE_AND_EVENT.set(t.from, byEvent);
  byEvent.set(t.event, [...(byEvent.get(t.event) ?? []), t]);
}

const NO_ROWS: readonly Transition[] = [];

function rowsOf(from: State, event: Event): readonly Transition[] {
  return BY_STATE_AND_EVENT.get(from)?.get(event) ?? NO_ROWS;
}

/** The rows for the same event in the same state as `t`, whatever the condition: what a question must tell apart. */
export function siblingsOf(t: Pick<Transition, "from" | "event">): readonly Transition[] {
  return rowsOf(t.from, t.event);
}

/**
 * What tells this row apart from the others of the same event, as words after the event: the condition it holds
 * under (" whose sequence number is exactly RCV.NXT") and, where RFC 9293 allows another behaviour for the same
 * event, which reading it is. Questions and flashcards add it, so that each says exactly one row.
 */
export function conditionPhrase(tr: Transition): Text {
  const when = tr.when ? CASE_INFO[tr.when].phrase : { en: "", zh: "" };
  const reading = readingPin(tr);
  return { en: `${when.en}${reading.en}`, zh: `${when.zh}${reading.zh}` };
}

/** Which reading of RFC 9293 `tr` is, where the same event has an alternative row; empty where it has none. */
export function readingPin(tr: Transition): Text {
  if (tr.alternative) return READING[tr.alternative].alternative;
  const others = new Set(
    siblingsOf(tr)
      .filter((o) => o.alternative && (o.when === undefined || o.when === tr.when || tr.when === undefined))
      .filter((o) => !o.opened || !tr.opened || o.opened === tr.opened)
      .map((o) => o.alternative as Alternative),
  );
  const pins = [...others].map((a) => READING[a].usual);
  return { en: pins.map((p) => p.en).join(""), zh: pins.map((p) => p.zh).join("") };
}
