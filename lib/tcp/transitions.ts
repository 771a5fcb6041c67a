// RFC 9293's state machine as a table: Figure 5's arcs first, then what §3.10 adds.
import type { Event, Send } from "./events";
import type { State, Text } from "./states";

/** How the connection reached SYN-RECEIVED decides where a RST takes it (Figure 5, note 1). */
export type Opened = "passive" | "active";

export type TransitionKind =
  /** An arc of RFC 9293 Figure 5. */
  | "figure"
  /** A state change §3.10 specifies that the figure leaves out (RST, ABORT, FIN,ACK in FIN-WAIT-1). */
  | "event-processing"
  /** No state change, but a segment is sent or processed (data, a duplicate, a retransmission). */
  | "same-state";

export type Transition = {
  from: State;
  event: Event;
  to: State;
  send: Send;
  /** Where in RFC 9293 this is specified. */
  source: string;
  kind: TransitionKind;
  /** Only for SYN-RECEIVED: the rule applies to a connection opened this way. */
  opened?: Opened;
  why: Text;
};

function arc(
  from: State,
  event: Event,
  to: State,
  send: Send,
  source: string,
  kind: TransitionKind,
  why: Text,
  opened?: Opened,
): Transition {
  return opened ? { from, event, to, send, source, kind, opened, why } : { from, event, to, send, source, kind, why };
}

const FIGURE = "figure" as const;
const RULE = "event-processing" as const;
const SAME = "same-state" as const;

export const TRANSITIONS: readonly Transition[] = [
  // ── RFC 9293 Figure 5 ────────────────────────────────────────────────────────────────────────────
  arc("CLOSED", "passive OPEN", "LISTEN", "none", "§3.10.1", FIGURE, {
    en: "listen() creates the TCB and waits for a SYN; nothing is sent.",
    zh: "listen() 创建传输控制块（TCB）并等待 SYN，此时不发送任何报文段。",
  }),
  arc("CLOSED", "active OPEN", "SYN-SENT", "SYN", "§3.10.1", FIGURE, {
    en: "connect() chooses an initial sequence number (ISN) and sends a SYN carrying it.",
    zh: "connect() 选择初始序号（ISN），并发送携带该序号的 SYN。",
  }),
  arc("LISTEN", "CLOSE", "CLOSED", "none", "§3.10.4", FIGURE, {
    en: "Closing a listening socket deletes its TCB; no connection exists, so nothing is sent.",
    zh: "关闭监听套接字会删除其 TCB；因为还没有连接，所以不发送任何报文段。",
  }),
  arc("LISTEN", "rcv SYN", "SYN-RECEIVED", "SYN,ACK", "§3.10.7.2", FIGURE, {
    en: "The server records the client's ISN, acknowledges it (ack = ISN + 1) and sends its own SYN in the same segment.",
    zh: "服务器记下客户端的 ISN，对其确认（ack = ISN + 1），并在同一个报文段里发送自己的 SYN。",
  }),
  arc("LISTEN", "SEND", "SYN-SENT", "SYN", "§3.10.2", FIGURE, {
    en: "A SEND on a listening connection turns it into an active open; the sockets API has no way to do this.",
    zh: "在监听状态下调用 SEND 会把它变成主动打开；套接字 API 无法做到这一点。",
  }),
  arc("SYN-SENT", "CLOSE", "CLOSED", "none", "§3.10.4", FIGURE, {
    en: "Closing before the handshake completes deletes the TCB; the peer has nothing to be told.",
    zh: "在握手完成前关闭会直接删除 TCB；不需要通知对方。",
  }),
  arc("SYN-SENT", "rcv SYN", "SYN-RECEIVED", "SYN,ACK", "§3.10.7.3", FIGURE, {
    en: "Simultaneous open: a SYN arrives while ours is unanswered. We acknowledge it and repeat our SYN, as a SYN,ACK. (RFC 793's diagram labelled this arc 'snd ACK'.)",
    zh: "同时打开：自己的 SYN 尚未得到回应时收到了对方的 SYN。于是确认它，并重发自己的 SYN，合在一个 SYN,ACK 里。（RFC 793 的状态图把这条弧标成了“snd ACK”。）",
  }),
  arc("SYN-SENT", "rcv SYN,ACK", "ESTABLISHED", "ACK", "§3.10.7.3", FIGURE, {
    en: "The SYN,ACK acknowledges our SYN and carries the server's ISN: the client is established and acknowledges the server's SYN (ack = server ISN + 1).",
    zh: "SYN,ACK 确认了我们的 SYN，并带来了服务器的 ISN：客户端进入已建立状态，并确认服务器的 SYN（ack = 服务器 ISN + 1）。",
  }),
  arc("SYN-RECEIVED", "rcv ACK of SYN", "ESTABLISHED", "none", "§3.10.7.4", FIGURE, {
    en: "Our SYN is acknowledged, so both directions are synchronized: established. The ACK itself needs no answer (data riding on it is acknowledged).",
    zh: "自己的 SYN 已被确认，两个方向都已同步：进入已建立状态。这个 ACK 本身不需要回复（若它携带了数据，则确认这些数据）。",
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
      en: "Reached from LISTEN (passive open): the half-open attempt is dropped and the socket goes back to listening (Figure 5, note 1).",
      zh: "由 LISTEN 进入（被动打开）：这次半连接被丢弃，套接字回到监听状态（见图 5 注 1）。",
    },
    "passive",
  ),
  arc("ESTABLISHED", "CLOSE", "FIN-WAIT-1", "FIN", "§3.10.4", FIGURE, {
    en: "The application closes: TCP sends a FIN, which takes one sequence number. This side is the active closer.",
    zh: "应用调用 close()：TCP 发送 FIN，FIN 占用一个序号。这一方是主动关闭方。",
  }),
  arc("ESTABLISHED", "rcv FIN", "CLOSE-WAIT", "ACK", "§3.10.7.4", FIGURE, {
    en: "The peer will send no more data. We acknowledge the FIN (ack = its seq + 1) and wait for our application to close.",
    zh: "对方不再发送数据。我们确认这个 FIN（ack = 其序号 + 1），然后等待本地应用关闭。",
  }),
  arc("FIN-WAIT-1", "rcv ACK of FIN", "FIN-WAIT-2", "none", "§3.10.7.4", FIGURE, {
    en: "Our FIN is acknowledged; now we wait for the peer's FIN, and can still receive data (after shutdown(SHUT_WR); after close(), Linux answers data with a RST).",
    zh: "自己的 FIN 已被确认；现在等待对方的 FIN，期间仍可接收数据（用 shutdown(SHUT_WR) 关闭时如此；调用 close() 后，Linux 会用 RST 回应数据）。",
  }),
  arc("FIN-WAIT-1", "rcv FIN", "CLOSING", "ACK", "§3.10.7.4", FIGURE, {
    en: "Simultaneous close: the peer's FIN arrives before the ACK of ours. Acknowledge it and wait for our ACK.",
    zh: "同时关闭：对方的 FIN 在对自己 FIN 的确认之前到达。确认它，并继续等待对自己 FIN 的确认。",
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

  // ── §3.10 event processing: state changes the figure leaves out ──────────────────────────────────
  arc("FIN-WAIT-1", "rcv FIN,ACK", "TIME-WAIT", "ACK", "§3.10.7.4", RULE, {
    en: "The peer's FIN also acknowledges ours (it closed as soon as our FIN arrived): skip FIN-WAIT-2 and CLOSING, acknowledge and wait 2×MSL.",
    zh: "对方的 FIN 同时确认了我们的 FIN（对方一收到我们的 FIN 就关闭了）：跳过 FIN-WAIT-2 和 CLOSING，确认后等待 2MSL。",
  }),
  arc(
    "SYN-RECEIVED",
    "rcv RST",
    "CLOSED",
    "none",
    "§3.10.7.4",
    RULE,
    {
      en: "Reached from SYN-SENT (active open): the connection was refused, so it is closed, not returned to LISTEN.",
      zh: "由 SYN-SENT 进入（主动打开）：连接被拒绝，因此直接关闭，而不是回到 LISTEN。",
    },
    "active",
  ),
  arc("SYN-SENT", "rcv RST", "CLOSED", "none", "§3.10.7.3", RULE, {
    en: "A RST that acknowledges our SYN means nobody listens on that port: connection refused (ECONNREFUSED).",
    zh: "确认了我们 SYN 的 RST 表示该端口没有进程在监听：连接被拒绝（ECONNREFUSED）。",
  }),
  ...(["ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT"] as const).map((from) =>
    arc(from, "rcv RST", "CLOSED", "none", "§3.10.7.4", RULE, {
      en: "A valid RST aborts the connection at once: queued data is discarded and the application gets 'connection reset' (ECONNRESET).",
      zh: "合法的 RST 立即终止连接：排队的数据被丢弃，应用收到“连接被重置”（ECONNRESET）。",
    }),
  ),
  ...(["CLOSING", "LAST-ACK", "TIME-WAIT"] as const).map((from) =>
    arc(from, "rcv RST", "CLOSED", "none", "§3.10.7.4", RULE, {
      en:
        from === "TIME-WAIT"
          ? "RFC 9293 lets a RST end TIME-WAIT early. RFC 1337 warns this 'TIME-WAIT assassination' can let old segments through; Linux allows it unless net.ipv4.tcp_rfc1337=1."
          : "The connection was closing anyway; a RST ends it at once.",
      zh:
        from === "TIME-WAIT"
          ? "RFC 9293 允许 RST 提前结束 TIME-WAIT。RFC 1337 提醒这种“TIME-WAIT 暗杀”可能让旧报文段混入新连接；Linux 默认允许，除非设置 net.ipv4.tcp_rfc1337=1。"
          : "连接本来就在关闭中；RST 让它立即结束。",
    }),
  ),
  arc("LISTEN", "rcv RST", "LISTEN", "none", "§3.10.7.2", SAME, {
    en: "A RST cannot belong to anything a listening socket sent, so it is ignored.",
    zh: "RST 不可能是针对监听套接字发出的报文段，因此被忽略。",
  }),
  arc("CLOSED", "rcv RST", "CLOSED", "none", "§3.10.7.1", SAME, {
    en: "There is no connection to reset; a RST to a closed port is discarded, never answered.",
    zh: "没有可以重置的连接；发往关闭端口的 RST 被丢弃，不作任何回应。",
  }),
  arc("CLOSED", "rcv SYN", "CLOSED", "RST", "§3.10.7.1", SAME, {
    en: "Nobody listens on this port: TCP answers the SYN with a RST that acknowledges it (ack = ISN + 1), so the client learns at once.",
    zh: "该端口无人监听：TCP 用一个确认该 SYN 的 RST 回应（ack = ISN + 1），让客户端立即得知。",
  }),
  ...(["LISTEN", "SYN-SENT"] as const).map((from) =>
    arc(from, "ABORT", "CLOSED", "none", "§3.10.5", RULE, {
      en: "No connection is synchronized yet, so there is nobody to tell: the TCB is deleted.",
      zh: "还没有同步的连接，不需要通知对方：直接删除 TCB。",
    }),
  ),
  ...(["SYN-RECEIVED", "ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2", "CLOSE-WAIT"] as const).map((from) =>
    arc(from, "ABORT", "CLOSED", "RST", "§3.10.5", RULE, {
      en: "An abort sends a RST (seq = our next sequence number) and deletes the TCB at once, with no FIN and no TIME-WAIT.",
      zh: "中止会发送 RST（seq = 自己的下一个序号）并立即删除 TCB，不发 FIN，也不进入 TIME-WAIT。",
    }),
  ),
  ...(["CLOSING", "LAST-ACK", "TIME-WAIT"] as const).map((from) =>
    arc(from, "ABORT", "CLOSED", "none", "§3.10.5", RULE, {
      en: "Both FINs have been sent already, so an abort just deletes the TCB; no RST is needed.",
      zh: "双方的 FIN 都已发出，中止只需删除 TCB，不需要发送 RST。",
    }),
  ),

  // ── Same state: duplicates, data and retransmissions ─────────────────────────────────────────────
  arc("ESTABLISHED", "rcv SYN,ACK", "ESTABLISHED", "ACK", "§3.10.7.4", SAME, {
    en: "A repeated SYN,ACK means the peer did not get our ACK: acknowledge again (the peer is still in SYN-RECEIVED).",
    zh: "重复的 SYN,ACK 说明对方没有收到我们的 ACK：再确认一次（对方仍处于 SYN-RECEIVED）。",
  }),
  arc("TIME-WAIT", "rcv FIN", "TIME-WAIT", "ACK", "§3.10.7.4", SAME, {
    en: "The peer resent its FIN, so our last ACK was lost. Acknowledge again and restart the 2MSL timer: this is why TIME-WAIT exists.",
    zh: "对方重传了 FIN，说明我们最后的 ACK 丢失了。再次确认并重新启动 2MSL 计时器：这正是 TIME-WAIT 存在的原因。",
  }),
  ...(["ESTABLISHED", "CLOSE-WAIT"] as const).map((from) =>
    arc(from, "SEND", from, "ACK", "§3.10.2", SAME, {
      en:
        from === "CLOSE-WAIT"
          ? "Half-close: the peer has finished sending, but this side may still send. The data takes one sequence number per byte."
          : "Data is sent with the ACK flag set; it takes one sequence number per byte.",
      zh:
        from === "CLOSE-WAIT"
          ? "半关闭：对方已经不再发送，但这一方仍然可以发送。数据每个字节占用一个序号。"
          : "数据随 ACK 标志一起发送；每个字节占用一个序号。",
    }),
  ),
  ...(["ESTABLISHED", "FIN-WAIT-1", "FIN-WAIT-2"] as const).map((from) =>
    arc(from, "rcv data", from, "ACK", "§3.10.7.4", SAME, {
      en: `Data is delivered to the application and acknowledged (ack = seq + length).${
        from === "ESTABLISHED"
          ? ""
          : " A side in FIN-WAIT can still receive, as RFC 9293's CLOSE allows and shutdown(SHUT_WR) does; after close(), Linux answers the data with a RST instead."
      }`,
      zh: `数据交付给应用并被确认（ack = seq + 长度）。${
        from === "ESTABLISHED"
          ? ""
          : "处于 FIN-WAIT 的一方仍然可以接收数据：RFC 9293 的 CLOSE 允许这样，shutdown(SHUT_WR) 也是如此；调用 close() 后，Linux 则会用 RST 回应这些数据。"
      }`,
    }),
  ),
  ...(["ESTABLISHED", "CLOSE-WAIT"] as const).map((from) =>
    arc(from, "rcv ACK", from, "none", "§3.10.7.4", SAME, {
      en: "The data we sent is acknowledged and leaves the retransmission queue.",
      zh: "我们发送的数据已被确认，从重传队列中移除。",
    }),
  ),
  ...(
    [
      ["SYN-SENT", "SYN"],
      ["SYN-RECEIVED", "SYN,ACK"],
      ["FIN-WAIT-1", "FIN"],
      ["CLOSING", "FIN"],
      ["LAST-ACK", "FIN"],
    ] as const
  ).map(([from, send]) =>
    arc(from, "timeout=RTO", from, send, "§3.8.1", SAME, {
      en: `No acknowledgment came in time, so the ${send} is sent again with the same sequence number.`,
      zh: `在超时之前没有收到确认，于是用相同的序号重传 ${send}。`,
    }),
  ),
];

/** The transition for `event` in `from`, or null when RFC 9293 has none (the event is an error or ignored). */
export function findTransition(from: State, event: Event, opened?: Opened | null): Transition | null {
  const candidates = TRANSITIONS.filter((t) => t.from === from && t.event === event);
  if (candidates.length <= 1) return candidates[0] ?? null;
  return candidates.find((t) => t.opened === (opened ?? "passive")) ?? null;
}

/** Every transition that leaves `state` (including those that stay in it). */
export function transitionsFrom(state: State): Transition[] {
  return TRANSITIONS.filter((t) => t.from === state);
}

/** A stable id for a transition, used by questions and flashcards: "ESTABLISHED|rcv FIN". */
export function transitionId(t: Pick<Transition, "from" | "event" | "opened">): string {
  return t.opened ? `${t.from}|${t.event}|${t.opened}` : `${t.from}|${t.event}`;
}
