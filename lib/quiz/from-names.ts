// Questions about names: what ss, netstat and Linux print, and which spellings are not states at all.
import {
  foldName,
  type Misspelling,
  STATE_NAMES,
  STATES,
  type State,
  TOOL_LABEL,
  TOOL_LABEL_ZH,
  type Tool,
} from "@/lib/tcp";
import { withDistractors } from "./choices";
import type { Rng } from "./rng";
import type { Lang, Question } from "./types";

const ASKED_TOOLS: Tool[] = ["ss", "netstat", "linux", "bsd"];

/**
 * Spellings that differ from the RFC name by more than separators and Linux's TCP_ prefix: the ones worth asking
 * about (SYN_RECV, ESTAB, FIN_WAIT1), not TCP_LISTEN, whose prompt would give the answer away.
 */
export function translatable(): { tool: Tool; state: State; spelling: string }[] {
  const fold = (s: string) => foldName(s).replace(/^TCP(?=.)/, "");
  return STATES.flatMap((state) =>
    ASKED_TOOLS.filter((tool) => fold(STATE_NAMES[state][tool]) !== fold(state)).map((tool) => ({
      tool,
      state,
      spelling: STATE_NAMES[state][tool],
    })),
  );
}

export function nameTranslation(item: { tool: Tool; state: State; spelling: string }, rng: Rng, lang: Lang): Question {
  const freeText = rng.next() < 0.4;
  const tool = (lang === "en" ? TOOL_LABEL : TOOL_LABEL_ZH)[item.tool];
  return {
    id: `name-translation:${item.tool}:${item.spelling}${freeText ? ":typed" : ""}`,
    type: "name-translation",
    level: item.tool === "linux" || item.tool === "bsd" ? "intermediate" : "basics",
    topic: "naming",
    format: freeText ? "state-name" : "choice",
    prompt:
      item.tool === "linux"
        ? lang === "en"
          ? `The Linux kernel's source calls a state ${item.spelling}. Which RFC 9293 state is that?`
          : `Linux 内核源码把一个状态叫作 ${item.spelling}。它对应 RFC 9293 的哪个状态？`
        : lang === "en"
          ? `${tool} shows a socket as ${item.spelling}. Which RFC 9293 state is that?`
          : `${tool} 把一个套接字显示为 ${item.spelling}。它对应 RFC 9293 的哪个状态？`,
    ...(freeText ? {} : { choices: withDistractors(rng, item.state, rng.shuffle(STATES)) }),
    answer: item.state,
    explanation:
      lang === "en"
        ? `${item.spelling} is how ${tool} spells ${item.state}. RFC 9293 §3.3.2 names the eleven states.`
        : `${item.spelling} 是 ${tool} 对 ${item.state} 的写法。RFC 9293 §3.3.2 给出了十一个状态的名称。`,
    basis: { kind: "name", spelling: item.spelling, state: item.state },
    rfc: "§3.3.2",
    link: `/learn#${encodeURIComponent(item.state)}`,
  };
}

/** Every spelling the asked tools print, in a fixed order (the question shuffles it). */
const SPELLINGS: readonly string[] = STATES.flatMap((s) => ASKED_TOOLS.map((tool) => STATE_NAMES[s][tool]));

export function spotMisspelling(m: Misspelling, rng: Rng, lang: Lang): Question {
  const correct = rng.shuffle(SPELLINGS).filter((spelling) => spelling !== m.spelling);
  return {
    id: `spot-misspelling:${m.spelling}`,
    type: "spot-misspelling",
    level: "basics",
    topic: "naming",
    format: "choice",
    prompt:
      lang === "en"
        ? "Three of these are state names as Linux, ss, netstat or BSD print them. Which one is not a TCP state at all?"
        : "下面有三个是 Linux、ss、netstat 或 BSD 显示的状态名。哪一个根本不是 TCP 状态？",
    choices: withDistractors(rng, m.spelling, correct),
    answer: m.spelling,
    explanation: m.note[lang],
    basis: { kind: "name", spelling: m.spelling, state: null },
    rfc: "§3.3.2",
    link: `/learn#${encodeURIComponent(m.state)}`,
  };
}
