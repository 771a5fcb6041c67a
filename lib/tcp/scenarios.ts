// The connections SynAck plays. Each is a list of actions; every state, segment and number in a trace is
// computed by the engine from the transition table, never written here.
import {
  type Action,
  act,
  type Connection,
  establishedConnection,
  newConnection,
  type Role,
  type Step,
} from "./connection";
import type { State, Text } from "./states";

export type Level = "basics" | "intermediate" | "advanced";
export type Topic = "handshake" | "teardown" | "edge-cases";

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
    const result = act(connection, action);
    if (!result.ok)
      throw new ScenarioError(`${scenario.id}, action ${i + 1} (${action.actor} ${action.do}): ${result.reason.en}`);
    connection = result.connection;
  });
  const { id, title, summary, topic, level, isn } = scenario;
  return { id, title, summary, topic, level, isn, initial, steps: connection.steps };
}
