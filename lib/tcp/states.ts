// RFC 9293 §3.3.2: the eleven states of a TCP connection, in the order the RFC lists them.

export const STATES = [
  "CLOSED",
  "LISTEN",
  "SYN-SENT",
  "SYN-RECEIVED",
  "ESTABLISHED",
  "FIN-WAIT-1",
  "FIN-WAIT-2",
  "CLOSE-WAIT",
  "CLOSING",
  "LAST-ACK",
  "TIME-WAIT",
] as const;

export type State = (typeof STATES)[number];

export type Text = { en: string; zh: string };

export type StateInfo = {
  state: State;
  /** The name Chinese textbooks use beside the RFC name. */
  zhName: string;
  /** What the state means, in RFC 9293 §3.3.2's words where it has them. */
  meaning: Text;
  /** Which side is usually found here. */
  who: Text;
  phase: Phase;
};

/** Where in a connection's life a state lies. Figure 5 draws the opening states above ESTABLISHED, the closing below. */
export const PHASES = ["closed", "opening", "open", "closing"] as const;
export type Phase = (typeof PHASES)[number];

/** The phase a state is in (STATE_INFO holds it; this reads it). */
export const phaseOf = (state: State): Phase => STATE_INFO[state].phase;

export function isState(value: string): value is State {
  return (STATES as readonly string[]).includes(value);
}

export const STATE_INFO: Record<State, StateInfo> = {
  CLOSED: {
    state: "CLOSED",
    zhName: "关闭",
    meaning: {
      en: "No connection at all. It is fictional: there is no TCB, so nothing remembers the connection.",
      zh: "没有任何连接。它是一个虚构的状态：没有传输控制块（TCB），也就没有任何关于连接的记录。",
    },
    who: { en: "Both sides, before and after a connection.", zh: "连接建立之前和释放之后的双方。" },
    phase: "closed",
  },
  LISTEN: {
    state: "LISTEN",
    zhName: "监听",
    meaning: {
      en: "Waiting for a connection request (a SYN) from any remote TCP and port.",
      zh: "等待来自任意远端 TCP 和端口的连接请求（SYN）。",
    },
    who: { en: "The server, after listen().", zh: "调用 listen() 之后的服务器。" },
    phase: "opening",
  },
  "SYN-SENT": {
    state: "SYN-SENT",
    zhName: "同步已发送",
    meaning: {
      en: "Has sent a SYN and waits for a matching SYN (or SYN,ACK) from the other side.",
      zh: "已发送 SYN，正在等待对方匹配的 SYN（或 SYN,ACK）。",
    },
    who: { en: "The client, right after connect().", zh: "刚调用 connect() 的客户端。" },
    phase: "opening",
  },
  "SYN-RECEIVED": {
    state: "SYN-RECEIVED",
    zhName: "同步收到",
    meaning: {
      en: "Has both received and sent a SYN, and waits for the acknowledgment of its own SYN.",
      zh: "已经收到并发送了 SYN，正在等待对方确认自己的 SYN。",
    },
    who: {
      en: "The server during the handshake; both sides in a simultaneous open.",
      zh: "握手过程中的服务器；同时打开时的双方。",
    },
    phase: "opening",
  },
  ESTABLISHED: {
    state: "ESTABLISHED",
    zhName: "已建立连接",
    meaning: {
      en: "An open connection: data received can be delivered to the user. The normal state for data transfer.",
      zh: "连接已打开：收到的数据可以交付给应用。这是传输数据时的正常状态。",
    },
    who: { en: "Both sides, while they exchange data.", zh: "交换数据时的双方。" },
    phase: "open",
  },
  "FIN-WAIT-1": {
    state: "FIN-WAIT-1",
    zhName: "终止等待1",
    meaning: {
      en: "Has sent its FIN and waits for the ACK of that FIN, or for the other side's FIN.",
      zh: "已发送自己的 FIN，正在等待对方对该 FIN 的确认，或对方的 FIN。",
    },
    who: { en: "The side that closes first (the active closer).", zh: "先关闭的一方（主动关闭方）。" },
    phase: "closing",
  },
  "FIN-WAIT-2": {
    state: "FIN-WAIT-2",
    zhName: "终止等待2",
    meaning: {
      en: "Its FIN is acknowledged; waits for the other side's FIN. It can still receive data (half-close) if it closed with shutdown(SHUT_WR); after close(), Linux answers new data with a RST.",
      zh: "自己的 FIN 已被确认，正在等待对方的 FIN。如果是用 shutdown(SHUT_WR) 关闭的，此时仍可以接收数据（半关闭）；如果调用的是 close()，Linux 会用 RST 回应新到的数据。",
    },
    who: { en: "The active closer.", zh: "主动关闭方。" },
    phase: "closing",
  },
  "CLOSE-WAIT": {
    state: "CLOSE-WAIT",
    zhName: "关闭等待",
    meaning: {
      en: "The other side has closed its direction; waits for the local application to close. It may still send.",
      zh: "对方已关闭它那一方向的数据传输，正在等待本地应用调用 close()。此时仍可以发送数据。",
    },
    who: { en: "The side that closes second (the passive closer).", zh: "后关闭的一方（被动关闭方）。" },
    phase: "closing",
  },
  CLOSING: {
    state: "CLOSING",
    zhName: "同时关闭",
    meaning: {
      en: "Both sides sent a FIN before seeing the other's; waits for the ACK of its own FIN.",
      zh: "双方都在收到对方的 FIN 之前发出了自己的 FIN；正在等待对方对自己 FIN 的确认。",
    },
    who: { en: "Both sides in a simultaneous close.", zh: "同时关闭时的双方。" },
    phase: "closing",
  },
  "LAST-ACK": {
    state: "LAST-ACK",
    zhName: "最后确认",
    meaning: {
      en: "Has received the other's FIN and sent its own; waits for the last ACK, of its FIN.",
      zh: "已收到对方的 FIN 并发出了自己的 FIN，正在等待最后一个 ACK（对自己 FIN 的确认）。",
    },
    who: { en: "The passive closer.", zh: "被动关闭方。" },
    phase: "closing",
  },
  "TIME-WAIT": {
    state: "TIME-WAIT",
    zhName: "时间等待",
    meaning: {
      en: "Waits 2×MSL: long enough to answer the other side's FIN again if the last ACK was lost, and for old segments of this connection to die out.",
      zh: "等待 2MSL：如果最后的 ACK 丢失，还能再次确认对方重传的 FIN；同时让本连接的旧报文段在网络中消失。",
    },
    who: {
      en: "The active closer (both sides after a simultaneous close).",
      zh: "主动关闭方（同时关闭时为双方）。",
    },
    phase: "closing",
  },
};
