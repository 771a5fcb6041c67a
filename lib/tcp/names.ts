// The one place that maps RFC 9293 state names to the spellings tools print and students write.
import { STATES, type State, type Text } from "./states";

export const TOOLS = ["linux", "ss", "netstat", "bsd", "windows"] as const;
export type Tool = (typeof TOOLS)[number];

export const TOOL_LABEL: Record<Tool, string> = {
  linux: "Linux kernel (include/net/tcp_states.h)",
  ss: "ss (iproute2)",
  netstat: "netstat on Linux (net-tools)",
  bsd: "netstat on FreeBSD and macOS",
  windows: "netstat on Windows",
};

/** The same tools in a Chinese sentence. */
export const TOOL_LABEL_ZH: Record<Tool, string> = {
  linux: "Linux 内核（include/net/tcp_states.h）",
  ss: "ss（iproute2）",
  netstat: "Linux 上的 netstat（net-tools）",
  bsd: "FreeBSD 和 macOS 上的 netstat",
  windows: "Windows 上的 netstat",
};

export type StateNames = Record<Tool, string> & {
  /** The st column of /proc/net/tcp, in hex as the kernel prints it. */
  procHex: string;
};

export const STATE_NAMES: Record<State, StateNames> = {
  CLOSED: { linux: "TCP_CLOSE", ss: "UNCONN", netstat: "CLOSE", bsd: "CLOSED", windows: "CLOSED", procHex: "07" },
  LISTEN: { linux: "TCP_LISTEN", ss: "LISTEN", netstat: "LISTEN", bsd: "LISTEN", windows: "LISTENING", procHex: "0A" },
  "SYN-SENT": {
    linux: "TCP_SYN_SENT",
    ss: "SYN-SENT",
    netstat: "SYN_SENT",
    bsd: "SYN_SENT",
    windows: "SYN_SENT",
    procHex: "02",
  },
  "SYN-RECEIVED": {
    linux: "TCP_SYN_RECV",
    ss: "SYN-RECV",
    netstat: "SYN_RECV",
    bsd: "SYN_RCVD",
    windows: "SYN_RECEIVED",
    procHex: "03",
  },
  ESTABLISHED: {
    linux: "TCP_ESTABLISHED",
    ss: "ESTAB",
    netstat: "ESTABLISHED",
    bsd: "ESTABLISHED",
    windows: "ESTABLISHED",
    procHex: "01",
  },
  "FIN-WAIT-1": {
    linux: "TCP_FIN_WAIT1",
    ss: "FIN-WAIT-1",
    netstat: "FIN_WAIT1",
    bsd: "FIN_WAIT_1",
    windows: "FIN_WAIT_1",
    procHex: "04",
  },
  "FIN-WAIT-2": {
    linux: "TCP_FIN_WAIT2",
    ss: "FIN-WAIT-2",
    netstat: "FIN_WAIT2",
    bsd: "FIN_WAIT_2",
    windows: "FIN_WAIT_2",
    procHex: "05",
  },
  "CLOSE-WAIT": {
    linux: "TCP_CLOSE_WAIT",
    ss: "CLOSE-WAIT",
    netstat: "CLOSE_WAIT",
    bsd: "CLOSE_WAIT",
    windows: "CLOSE_WAIT",
    procHex: "08",
  },
  CLOSING: {
    linux: "TCP_CLOSING",
    ss: "CLOSING",
    netstat: "CLOSING",
    bsd: "CLOSING",
    windows: "CLOSING",
    procHex: "0B",
  },
  "LAST-ACK": {
    linux: "TCP_LAST_ACK",
    ss: "LAST-ACK",
    netstat: "LAST_ACK",
    bsd: "LAST_ACK",
    windows: "LAST_ACK",
    procHex: "09",
  },
  "TIME-WAIT": {
    linux: "TCP_TIME_WAIT",
    ss: "TIME-WAIT",
    netstat: "TIME_WAIT",
    bsd: "TIME_WAIT",
    windows: "TIME_WAIT",
    procHex: "06",
  },
};

/** Abbreviations that appear in RFC 9293's own Figure 5 and in textbooks; they name the state unambiguously. */
const ABBREVIATIONS: { spelling: string; state: State; where: string }[] = [
  { spelling: "SYN RCVD", state: "SYN-RECEIVED", where: "RFC 9293 Figure 5, and many textbooks (SYN-RCVD)" },
  { spelling: "ESTAB", state: "ESTABLISHED", where: "RFC 9293 Figure 5" },
  { spelling: "NEW_SYN_RECV", state: "SYN-RECEIVED", where: "Linux's internal name for a half-open request" },
];

export type Misspelling = { spelling: string; state: State; note: Text };

/**
 * Spellings students write that are not any state's name. They are recognised (so a quiz can say what was
 * meant) but never accepted as the name.
 */
export const MISSPELLINGS: Misspelling[] = [
  {
    spelling: "SYN_SEND",
    state: "SYN-SENT",
    note: {
      en: "There is no SYN_SEND state: the SYN has been sent, so the state is SYN-SENT (Linux: SYN_SENT).",
      zh: "不存在 SYN_SEND 状态：SYN 已经发出，所以状态是 SYN-SENT（Linux 写作 SYN_SENT）。",
    },
  },
  {
    spelling: "SYN_SENDED",
    state: "SYN-SENT",
    note: { en: "The state is SYN-SENT.", zh: "正确的状态名是 SYN-SENT。" },
  },
  {
    spelling: "SYN_RECEIVE",
    state: "SYN-RECEIVED",
    note: {
      en: "The state is SYN-RECEIVED: a SYN has been received (Linux: SYN_RECV, BSD: SYN_RCVD).",
      zh: "正确的状态名是 SYN-RECEIVED：已经收到了 SYN（Linux 写作 SYN_RECV，BSD 写作 SYN_RCVD）。",
    },
  },
  {
    spelling: "SYN_RECIEVED",
    state: "SYN-RECEIVED",
    note: { en: "Spelled RECEIVED: the state is SYN-RECEIVED.", zh: "拼写是 RECEIVED：正确的状态名是 SYN-RECEIVED。" },
  },
  {
    spelling: "ESTABLISH",
    state: "ESTABLISHED",
    note: { en: "The state is ESTABLISHED (ss prints ESTAB).", zh: "正确的状态名是 ESTABLISHED（ss 显示为 ESTAB）。" },
  },
  {
    spelling: "ESTABLISED",
    state: "ESTABLISHED",
    note: { en: "Spelled ESTABLISHED.", zh: "拼写是 ESTABLISHED。" },
  },
  {
    spelling: "CLOSED_WAIT",
    state: "CLOSE-WAIT",
    note: {
      en: "The state is CLOSE-WAIT: it waits for the local application to close. It is not closed yet.",
      zh: "正确的状态名是 CLOSE-WAIT：它在等待本地应用关闭，此时连接还没有关闭。",
    },
  },
  {
    spelling: "TIMED_WAIT",
    state: "TIME-WAIT",
    note: { en: "The state is TIME-WAIT.", zh: "正确的状态名是 TIME-WAIT。" },
  },
  {
    spelling: "TIME_WAITING",
    state: "TIME-WAIT",
    note: { en: "The state is TIME-WAIT.", zh: "正确的状态名是 TIME-WAIT。" },
  },
  {
    spelling: "LAST_ACKED",
    state: "LAST-ACK",
    note: {
      en: "The state is LAST-ACK: it waits for the last ACK, it has not received it.",
      zh: "正确的状态名是 LAST-ACK：它在等待最后一个 ACK，而不是已经收到。",
    },
  },
];

/** Case, spaces, hyphens and underscores do not distinguish state names: SYN-SENT, syn_sent, Syn Sent. */
export function foldName(spelling: string): string {
  return spelling.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

export type NameMatch =
  | { kind: "rfc"; state: State }
  | { kind: "alias"; state: State; usedBy: string[] }
  | { kind: "misspelling"; state: State; note: Text }
  | { kind: "ambiguous"; states: State[]; note: Text }
  | { kind: "unknown" };

const AMBIGUOUS: Record<string, { states: State[]; note: Text }> = {
  FINWAIT: {
    states: ["FIN-WAIT-1", "FIN-WAIT-2"],
    note: {
      en: "There are two FIN-WAIT states: FIN-WAIT-1 (our FIN not yet acknowledged) and FIN-WAIT-2 (acknowledged).",
      zh: "有两个 FIN-WAIT 状态：FIN-WAIT-1（自己的 FIN 尚未被确认）和 FIN-WAIT-2（已被确认）。",
    },
  },
  SYN: {
    states: ["SYN-SENT", "SYN-RECEIVED"],
    note: {
      en: "Say which: SYN-SENT (sent a SYN, waiting) or SYN-RECEIVED (received one and answered).",
      zh: "请说明是哪一个：SYN-SENT（已发送 SYN 并等待）还是 SYN-RECEIVED（已收到 SYN 并回应）。",
    },
  },
};

const byFolded = new Map<string, NameMatch>();
for (const state of STATES) byFolded.set(foldName(state), { kind: "rfc", state });
for (const state of STATES) {
  for (const [tool, spelling] of Object.entries(STATE_NAMES[state])) {
    if (tool === "procHex") continue;
    const key = foldName(spelling);
    const existing = byFolded.get(key);
    const label = TOOL_LABEL[tool as Tool];
    if (!existing) byFolded.set(key, { kind: "alias", state, usedBy: [label] });
    else if (existing.kind === "alias") existing.usedBy.push(label);
  }
}
for (const { spelling, state, where } of ABBREVIATIONS) {
  const key = foldName(spelling);
  if (!byFolded.has(key)) byFolded.set(key, { kind: "alias", state, usedBy: [where] });
}
for (const m of MISSPELLINGS) byFolded.set(foldName(m.spelling), { kind: "misspelling", state: m.state, note: m.note });
for (const [key, value] of Object.entries(AMBIGUOUS)) byFolded.set(key, { kind: "ambiguous", ...value });

/**
 * What a written state name refers to. `rfc` and `alias` are correct names of `state`; a `misspelling`
 * points at the state the writer probably meant and says why the spelling is wrong.
 */
export function parseStateName(spelling: string): NameMatch {
  return byFolded.get(foldName(spelling)) ?? { kind: "unknown" };
}

/** The state /proc/net/tcp reports with this hex code (Linux's half-open request sockets show as 03 too). */
export function stateFromProcHex(hex: string): State | null {
  const wanted = hex.toUpperCase().padStart(2, "0");
  return STATES.find((s) => STATE_NAMES[s].procHex === wanted) ?? null;
}

export type WrittenName = { spelling: string; match: NameMatch };

/**
 * The state names in a line someone wrote, in order: "SYN_SENT ESTABLISHED", "syn-sent, established",
 * "TIME WAIT → CLOSED". A name written with spaces ("FIN WAIT 1") is read as one when the words together name a
 * state; any other word is read alone, so a run-together "SYN_SENTE STABLISHED" is two unknown words.
 */
export function parseStateList(text: string): WrittenName[] {
  const words = text.split(/[\s,，、;；|/→>]+/).filter((w) => foldName(w) !== "");
  const out: WrittenName[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 1;
    let match = parseStateName(words[i] as string);
    for (let k = Math.min(3, words.length - i); k >= 2; k--) {
      const joined = parseStateName(words.slice(i, i + k).join(" "));
      if (joined.kind === "rfc" || joined.kind === "alias" || joined.kind === "misspelling") {
        taken = k;
        match = joined;
        break;
      }
    }
    out.push({ spelling: words.slice(i, i + taken).join(" "), match });
    i += taken;
  }
  return out;
}
