// The connections SynAck plays. Each is a list of actions; every state, segment and number in a trace is
// computed by the engine from the transition table, never written here.
import {
  type Action,
  act,
  type Connection,
  establishedConnection,
  inject,
  newConnection,
  type Role,
  type Step,
} from "./connection";
import type { Level, Topic } from "./curriculum";
import type { State, Text } from "./states";

export type { Level, Topic } from "./curriculum";

export type Scenario = {
  id: string;
  title: Text;
  summary: Text;
  topic: Topic;
  level: Level;
  /** Initial sequence numbers. */
  isn: Record<Role, number>;
  /** Where the two sides start: both CLOSED, or both ESTABLISHED after a handshake. */
  start: "closed" | "established";
  actions: Action[];
};

/** A scenario played out: its description, where both sides started, and every step. */
export type Trace = Omit<Scenario, "start" | "actions"> & { initial: Record<Role, State>; steps: Step[] };

const ISN = { client: 4000, server: 9000 };

const c = (what: Action["do"], extra: Partial<Action> = {}): Action => ({ actor: "client", do: what, ...extra });
const s = (what: Action["do"], extra: Partial<Action> = {}): Action => ({ actor: "server", do: what, ...extra });

const LISTEN_THEN_CONNECT = [s("passive OPEN"), c("active OPEN"), s("deliver")];

export const SCENARIOS: readonly Scenario[] = [
  {
    id: "handshake",
    title: { en: "Three-way handshake", zh: "三次握手" },
    summary: {
      en: "SYN, SYN,ACK, ACK: each side sends its ISN and acknowledges the other's.",
      zh: "SYN、SYN,ACK、ACK：双方各自发送初始序号，并确认对方的初始序号。",
    },
    topic: "handshake",
    level: "basics",
    isn: ISN,
    start: "closed",
    actions: [...LISTEN_THEN_CONNECT, c("deliver"), s("deliver")],
  },
  {
    id: "teardown",
    title: { en: "Four-way teardown", zh: "四次挥手" },
    summary: {
      en: "The client closes first; the server acknowledges, closes later, and the client waits in TIME-WAIT.",
      zh: "客户端先关闭；服务器先确认，稍后再关闭，客户端在 TIME-WAIT 中等待。",
    },
    topic: "teardown",
    level: "basics",
    isn: ISN,
    start: "established",
    actions: [c("CLOSE"), s("deliver"), c("deliver"), s("CLOSE"), c("deliver"), s("deliver"), c("timeout=2MSL")],
  },
  {
    id: "teardown-combined",
    title: { en: "Teardown in three segments", zh: "三次挥手（ACK 与 FIN 合并）" },
    summary: {
      en: "The server closes as soon as the client's FIN arrives, so its ACK and FIN travel in one segment.",
      zh: "服务器一收到客户端的 FIN 就关闭，于是它的 ACK 和 FIN 合并在同一个报文段里发送。",
    },
    topic: "teardown",
    level: "intermediate",
    isn: ISN,
    start: "established",
    actions: [
      c("CLOSE"),
      s("deliver", {
        delayAck: true,
        note: {
          en: "Delayed ACK: TCP may wait a little (Linux: 40 ms or more, at most 200 ms) in case it has something to send with the ACK.",
          zh: "延迟确认：TCP 可以稍等片刻（Linux 至少约 40 毫秒，最多 200 毫秒），看看是否有内容可以和 ACK 一起发送。",
        },
      }),
      s("CLOSE", {
        note: {
          en: "This FIN,ACK acknowledges the client's FIN too: three segments instead of four.",
          zh: "这个 FIN,ACK 同时确认了客户端的 FIN：挥手只需要三个报文段，而不是四个。",
        },
      }),
      c("deliver"),
      s("deliver"),
      c("timeout=2MSL"),
    ],
  },
  {
    id: "simultaneous-open",
    title: { en: "Simultaneous open", zh: "同时打开" },
    summary: {
      en: "Both sides call connect() at once; their SYNs cross and both pass through SYN-RECEIVED.",
      zh: "双方同时调用 connect()；两个 SYN 在途中交错，双方都经过 SYN-RECEIVED。",
    },
    topic: "handshake",
    level: "advanced",
    isn: ISN,
    start: "closed",
    actions: [c("active OPEN"), s("active OPEN"), c("deliver"), s("deliver"), c("deliver"), s("deliver")],
  },
  {
    id: "simultaneous-close",
    title: { en: "Simultaneous close", zh: "同时关闭" },
    summary: {
      en: "Both sides close at once; their FINs cross, both go through CLOSING and both end in TIME-WAIT.",
      zh: "双方同时关闭；两个 FIN 在途中交错，双方都经过 CLOSING，最后都进入 TIME-WAIT。",
    },
    topic: "teardown",
    level: "advanced",
    isn: ISN,
    start: "established",
    actions: [
      c("CLOSE"),
      s("CLOSE"),
      c("deliver"),
      s("deliver"),
      c("deliver"),
      s("deliver"),
      c("timeout=2MSL"),
      s("timeout=2MSL"),
    ],
  },
  {
    id: "half-close",
    title: { en: "Half-close", zh: "半关闭" },
    summary: {
      en: "The client shuts down its sending side; the server, in CLOSE-WAIT, keeps sending before it closes.",
      zh: "客户端关闭自己的发送方向；处于 CLOSE-WAIT 的服务器在关闭前继续发送数据。",
    },
    topic: "teardown",
    level: "intermediate",
    isn: ISN,
    start: "established",
    actions: [
      c("CLOSE", {
        via: "shutdown(SHUT_WR)",
        note: {
          en: "RFC 9293's CLOSE means 'I have no more data to send'; shutdown(SHUT_WR) says exactly that and keeps the socket open for reading.",
          zh: "RFC 9293 的 CLOSE 意思是“我没有数据要发送了”；shutdown(SHUT_WR) 正是这个意思，并且套接字仍可读取。",
        },
      }),
      s("deliver"),
      c("deliver"),
      s("SEND", { bytes: 100 }),
      c("deliver"),
      s("deliver"),
      s("CLOSE"),
      c("deliver"),
      s("deliver"),
      c("timeout=2MSL"),
    ],
  },
  {
    id: "handshake-lost-ack",
    title: { en: "Handshake with the final ACK lost", zh: "握手的最后一个 ACK 丢失" },
    summary: {
      en: "The client is ESTABLISHED but its ACK is lost; the server, still in SYN-RECEIVED, resends its SYN,ACK.",
      zh: "客户端已进入 ESTABLISHED，但它的 ACK 丢失了；仍处于 SYN-RECEIVED 的服务器重传 SYN,ACK。",
    },
    topic: "handshake",
    level: "intermediate",
    isn: ISN,
    start: "closed",
    actions: [
      ...LISTEN_THEN_CONNECT,
      c("deliver", {
        lose: true,
        note: {
          en: "The client cannot know its ACK was lost: ACKs are not acknowledged.",
          zh: "客户端无法知道自己的 ACK 丢失了：ACK 本身不会被确认。",
        },
      }),
      s("timeout=RTO"),
      c("deliver"),
      s("deliver"),
    ],
  },
  {
    id: "teardown-lost-ack",
    title: { en: "Teardown with the final ACK lost", zh: "挥手的最后一个 ACK 丢失" },
    summary: {
      en: "The last ACK is lost; the server resends its FIN and the client, still in TIME-WAIT, can answer it.",
      zh: "最后一个 ACK 丢失；服务器重传 FIN，仍处于 TIME-WAIT 的客户端还能回应它。",
    },
    topic: "teardown",
    level: "intermediate",
    isn: ISN,
    start: "established",
    actions: [
      c("CLOSE"),
      s("deliver"),
      c("deliver"),
      s("CLOSE"),
      c("deliver", {
        lose: true,
        note: {
          en: "Had the client closed at once, the resent FIN would meet no connection and be answered with a RST.",
          zh: "如果客户端此时立即关闭，重传的 FIN 到达时连接已不存在，只会得到一个 RST。",
        },
      }),
      s("timeout=RTO"),
      c("deliver"),
      s("deliver"),
      c("timeout=2MSL"),
    ],
  },
  {
    id: "abort",
    title: { en: "Abort with RST", zh: "用 RST 中止连接" },
    summary: {
      en: "The client aborts (SO_LINGER 0): one RST, no FIN, no TIME-WAIT; the server's connection is reset.",
      zh: "客户端中止连接（SO_LINGER 为 0）：只发一个 RST，没有 FIN，也没有 TIME-WAIT；服务器的连接被重置。",
    },
    topic: "edge-cases",
    level: "advanced",
    isn: ISN,
    start: "established",
    actions: [c("ABORT"), s("deliver")],
  },
  {
    id: "handshake-lost-synack",
    title: { en: "Handshake with the SYN,ACK lost", zh: "握手的 SYN,ACK 丢失" },
    summary: {
      en: "The server's SYN,ACK is lost, so both sides retransmit: the client its SYN, the server its SYN,ACK, each timer backing off.",
      zh: "服务器的 SYN,ACK 丢失，于是双方都重传：客户端重传 SYN，服务器重传 SYN,ACK，各自的计时器都会退避。",
    },
    topic: "handshake",
    level: "advanced",
    isn: ISN,
    start: "closed",
    actions: [
      s("passive OPEN"),
      c("active OPEN"),
      s("deliver", { lose: true }),
      c("timeout=RTO", {
        note: {
          en: "The client cannot tell its SYN from the SYN,ACK being lost: either way no answer came.",
          zh: "客户端无法分辨丢失的是自己的 SYN 还是对方的 SYN,ACK：无论哪种情况，它都没有收到回应。",
        },
      }),
      s("deliver"),
      c("deliver"),
      s("timeout=RTO"),
      c("deliver"),
      s("deliver"),
    ],
  },
  {
    id: "teardown-lost-fin",
    title: { en: "Teardown with the first FIN lost", zh: "挥手的第一个 FIN 丢失" },
    summary: {
      en: "The client's FIN is lost; it stays in FIN-WAIT-1 until its timer resends the FIN, and the teardown goes on.",
      zh: "客户端的 FIN 丢失；它停留在 FIN-WAIT-1，直到计时器重传 FIN，挥手才继续。",
    },
    topic: "teardown",
    level: "intermediate",
    isn: ISN,
    start: "established",
    actions: [
      c("CLOSE", { lose: true }),
      c("timeout=RTO"),
      s("deliver"),
      c("deliver"),
      s("CLOSE"),
      c("deliver"),
      s("deliver"),
      c("timeout=2MSL"),
    ],
  },
  {
    id: "teardown-lost-fin-ack",
    title: { en: "Teardown with the ACK of the first FIN lost", zh: "挥手时对第一个 FIN 的 ACK 丢失" },
    summary: {
      en: "The server's ACK of the client's FIN is lost: the server is in CLOSE-WAIT, the client still in FIN-WAIT-1 resends its FIN, and the server acknowledges it again.",
      zh: "服务器对客户端 FIN 的 ACK 丢失：服务器已处于 CLOSE-WAIT，客户端仍在 FIN-WAIT-1 并重传 FIN，服务器再确认一次。",
    },
    topic: "teardown",
    level: "intermediate",
    isn: ISN,
    start: "established",
    actions: [
      c("CLOSE"),
      s("deliver", { lose: true }),
      c("timeout=RTO"),
      s("deliver"),
      c("deliver"),
      s("CLOSE"),
      c("deliver"),
      s("deliver"),
      c("timeout=2MSL"),
    ],
  },
  {
    id: "teardown-lost-second-fin",
    title: { en: "Teardown with the second FIN lost", zh: "挥手的第二个 FIN 丢失" },
    summary: {
      en: "The server's FIN is lost: the client waits in FIN-WAIT-2, the server in LAST-ACK until its timer resends the FIN.",
      zh: "服务器的 FIN 丢失：客户端在 FIN-WAIT-2 中等待，服务器在 LAST-ACK 中等待，直到计时器重传 FIN。",
    },
    topic: "teardown",
    level: "intermediate",
    isn: ISN,
    start: "established",
    actions: [
      c("CLOSE"),
      s("deliver"),
      c("deliver"),
      s("CLOSE", { lose: true }),
      s("timeout=RTO"),
      c("deliver"),
      s("deliver"),
      c("timeout=2MSL"),
    ],
  },
  {
    id: "old-duplicate-syn",
    title: { en: "An old duplicate SYN", zh: "旧的重复 SYN" },
    summary: {
      en: "RFC 9293 Figure 8: an old SYN reaches the server first; the client's RST sends the server back to LISTEN, and the real SYN then opens the connection.",
      zh: "RFC 9293 图 8：一个旧的 SYN 先到达服务器；客户端的 RST 让服务器回到 LISTEN，随后真正的 SYN 建立起连接。",
    },
    topic: "edge-cases",
    level: "advanced",
    isn: { client: 100, server: 300 },
    start: "closed",
    actions: [
      s("passive OPEN"),
      c("active OPEN"),
      s("inject", {
        segment: { flags: "SYN", seq: { of: "client", field: "iss", plus: -10 }, origin: "old duplicate" },
      }),
      s("deliver", {
        nth: 1,
        note: {
          en: "This SYN is a duplicate from an earlier connection, delayed in the network; the server cannot tell, and answers it as a new one.",
          zh: "这个 SYN 是早先一个连接的重复报文段，在网络中被耽搁了；服务器无法分辨，把它当作新的 SYN 来回应。",
        },
      }),
      c("deliver"),
      s("deliver", { nth: 1 }),
      s("deliver", { newIss: 100 }),
      c("deliver"),
      s("deliver"),
    ],
  },
  {
    id: "half-open",
    title: { en: "A half-open connection discovered", zh: "发现半开连接" },
    summary: {
      en: "RFC 9293 Figure 9: the client reboots and connects again; the server, still ESTABLISHED, answers the SYN with an ACK, and the client's RST ends the stale connection.",
      zh: "RFC 9293 图 9：客户端重启后再次连接；仍处于 ESTABLISHED 的服务器用一个 ACK 回应这个 SYN，客户端的 RST 结束了这个过期的连接。",
    },
    topic: "edge-cases",
    level: "advanced",
    isn: { client: 99, server: 299 },
    start: "established",
    actions: [
      c("reboot"),
      c("active OPEN", { newIss: 301 }),
      s("deliver"),
      c("deliver"),
      s("deliver"),
      s("passive OPEN", {
        note: {
          en: "The server's application listens again; the client's SYN is still unanswered.",
          zh: "服务器的应用再次开始监听；客户端的 SYN 仍未得到回应。",
        },
      }),
      c("timeout=RTO"),
      s("deliver", { newIss: 500 }),
      c("deliver"),
      s("deliver"),
    ],
  },
  {
    id: "half-open-data",
    title: { en: "A half-open connection, found by sending", zh: "发送数据时发现半开连接" },
    summary: {
      en: "RFC 9293 Figure 10: the client's host reboots; the server sends data on the connection it thinks open and gets a RST back.",
      zh: "RFC 9293 图 10：客户端所在的主机重启；服务器在它认为仍然打开的连接上发送数据，收到一个 RST。",
    },
    topic: "edge-cases",
    level: "advanced",
    isn: { client: 99, server: 299 },
    start: "established",
    actions: [c("reboot"), s("SEND", { bytes: 10 }), c("deliver"), s("deliver")],
  },
  {
    id: "forged-rst",
    title: { en: "A forged RST, answered by a challenge ACK", zh: "伪造的 RST 与挑战 ACK" },
    summary: {
      en: "An attacker sends a RST that lands inside the server's window but not on RCV.NXT: the server sends a challenge ACK instead of resetting (RFC 5961).",
      zh: "攻击者发送的 RST 落在服务器的接收窗口内，但不等于 RCV.NXT：服务器不重置连接，而是发送挑战 ACK（RFC 5961）。",
    },
    topic: "edge-cases",
    level: "advanced",
    isn: ISN,
    start: "established",
    actions: [
      s("inject", {
        segment: { flags: "RST", seq: { of: "server", field: "rcvNxt", plus: 1000 }, origin: "forged" },
      }),
      s("deliver"),
      c("deliver", {
        note: {
          en: "The client sent no RST, so the challenge ACK is just a duplicate ACK to it. Had the RST been real, the client would answer the challenge ACK with a RST at exactly RCV.NXT.",
          zh: "客户端并没有发送 RST，所以挑战 ACK 对它来说只是一个重复的 ACK。如果那个 RST 是真的，客户端会用一个序号恰好等于 RCV.NXT 的 RST 来回应挑战 ACK。",
        },
      }),
    ],
  },
  {
    id: "refused",
    title: { en: "Connection refused", zh: "连接被拒绝" },
    summary: {
      en: "A SYN reaches a port nobody listens on; the answer is RST,ACK and connect() fails with ECONNREFUSED.",
      zh: "SYN 到达一个无人监听的端口；回应是 RST,ACK，connect() 以 ECONNREFUSED 失败。",
    },
    topic: "edge-cases",
    level: "advanced",
    isn: ISN,
    start: "closed",
    actions: [c("active OPEN"), s("deliver"), c("deliver")],
  },
];

export function scenarioById(id: string): Scenario | null {
  return SCENARIOS.find((sc) => sc.id === id) ?? null;
}

export function startOf(scenario: Pick<Scenario, "isn" | "start">): Connection {
  return scenario.start === "established" ? establishedConnection(scenario.isn) : newConnection(scenario.isn);
}

export class ScenarioError extends Error {}

/** Plays a scenario to its end. Throws if one of its actions is not allowed: a scenario must be legal TCP. */
export function play(scenario: Scenario): Trace {
  let connection = startOf(scenario);
  const initial = { client: connection.endpoints.client.state, server: connection.endpoints.server.state };
  scenario.actions.forEach((action, i) => {
    if (action.do === "inject") {
      if (!action.segment) throw new ScenarioError(`${scenario.id}, action ${i + 1}: inject needs a segment.`);
      connection = inject(connection, action.actor, action.segment);
      return;
    }
    const result = act(connection, action);
    if (!result.ok)
      throw new ScenarioError(`${scenario.id}, action ${i + 1} (${action.actor} ${action.do}): ${result.reason.en}`);
    connection = result.connection;
  });
  const { id, title, summary, topic, level, isn } = scenario;
  return { id, title, summary, topic, level, isn, initial, steps: connection.steps };
}
