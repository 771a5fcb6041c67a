// The flashcard deck, generated from lib/tcp: one card per transition, per state, per name spelling and per
// seq/ack step of a scenario. Ids are built from what a card is about, never from its position, so when the
// model grows the deck regenerates and every existing card keeps its id and its review history.

import { stepLink, transitionLink } from "@/lib/animation/links";
import type { MsgKey } from "@/lib/i18n/translate";
import { BANK } from "@/lib/interview";
import {
  CHECK_ORDER,
  CHECK_TEXT,
  conditionPhrase,
  eventTextIn,
  foldName,
  formatSegment,
  isCall,
  isSynchronized,
  MISSPELLINGS,
  phaseOf,
  play,
  SCENARIOS,
  STATE_INFO,
  STATE_NAMES,
  STATES,
  type State,
  SUBJECTS,
  type Text,
  TOOL_LABEL,
  TOOL_LABEL_ZH,
  TOOLS,
  type Tool,
  TRANSITIONS,
  type Transition,
  transitionId,
  transitionTopic,
} from "@/lib/tcp";

export type CardKind = "transition" | "state" | "name" | "seq-ack" | "concept";
/** What a card is about: a subject of the quiz's, or an interview question. */
export const CARD_TOPICS = [...SUBJECTS, "interview"] as const;
export type CardTopic = (typeof CARD_TOPICS)[number];

export type Flashcard = {
  /** Stable: "t:ESTABLISHED|rcv FIN", "s:TIME-WAIT", "n:ss:SYN-RECV", "q:teardown#2". */
  id: string;
  kind: CardKind;
  topic: CardTopic;
  front: Text;
  /** The answer, short enough to check yourself against. */
  back: Text;
  /** Why, in a sentence or two. */
  detail: Text;
  rfc: string | null;
  /** The page that shows it: the animated step, or the state on /learn. */
  link: string;
  /** For a transition card: the arc to draw beside the answer. */
  arc: { from: State; event: string; send: string; to: State } | null;
  /** The key quiz answers use for the same thing ("ESTABLISHED|rcv FIN", "teardown#2", "name:SYN_RECV"). */
  mastery: string | null;
};

const SENDS = (t: Transition): Text =>
  t.send === "none" ? { en: "sends nothing", zh: "不发送报文段" } : { en: `sends ${t.send}`, zh: `发送 ${t.send}` };

/** "receives a RST whose sequence number is exactly RCV.NXT", or RFC 9293's own call where no socket call makes it. */
function eventWords(t: Transition): Text {
  const condition = conditionPhrase(t);
  const event =
    t.rfcCallOnly && isCall(t.event)
      ? {
          en: `RFC 9293's ${t.event} is called with the remote socket specified (no sockets call does this)`,
          zh: `调用 RFC 9293 的 ${t.event} 并指定远端套接字（没有哪个套接字调用能做到这一点）`,
        }
      : eventTextIn(t.from, t.event);
  return { en: `${event.en}${condition.en}`, zh: `${event.zh}${condition.zh}` };
}

function transitionCard(t: Transition): Flashcard {
  const when = t.opened
    ? {
        en: ` (reached by ${t.opened === "active" ? "an" : "a"} ${t.opened} open)`,
        zh: `（经${t.opened === "passive" ? "被动" : "主动"}打开到达）`,
      }
    : { en: "", zh: "" };
  const moves = t.from === t.to;
  const event = eventWords(t);
  return {
    id: `t:${transitionId(t)}`,
    kind: "transition",
    topic: transitionTopic(t),
    front: {
      en: `In ${t.from}${when.en}, ${event.en.replace(/^its /, "the side's ")}. What state next, and what is sent?`,
      zh: `处于 ${t.from}${when.zh || " "}时，${event.zh}。接下来是什么状态？发送什么？`,
    },
    back: {
      en: `${moves ? `Stays in ${t.to}` : `→ ${t.to}`}, ${SENDS(t).en}.`,
      zh: `${moves ? `保持 ${t.to}` : `→ ${t.to}`}，${SENDS(t).zh}。`,
    },
    detail: t.why,
    rfc: `RFC 9293 ${t.source}`,
    link: transitionLink(t),
    arc: { from: t.from, event: t.event, send: t.send, to: t.to },
    mastery: transitionId(t),
  };
}

/**
 * Rules §3.10 applies alike in many states: one card each, naming the states, instead of a card per state (eight
 * cards that a RST inside the window gets a challenge ACK would teach nothing the first did not).
 */
type Rule = { id: string; rows: (t: Transition) => boolean; front: Text };

const RULES: readonly Rule[] = [
  {
    id: "rst-in-window",
    rows: (t) => t.event === "rcv RST" && t.when === "in-window" && !t.alternative,
    front: {
      en: "A RST arrives whose sequence number is inside the receive window but is not RCV.NXT. What does TCP do?",
      zh: "收到一个序号在接收窗口内、但不等于 RCV.NXT 的 RST。TCP 怎么做？",
    },
  },
  {
    id: "rst-out-of-window",
    rows: (t) => t.event === "rcv RST" && t.when === "out-of-window",
    front: {
      en: "A RST arrives whose sequence number is outside the receive window. What does TCP do?",
      zh: "收到一个序号在接收窗口之外的 RST。TCP 怎么做？",
    },
  },
  {
    id: "syn-synchronized",
    rows: (t) => t.event === "rcv SYN" && isSynchronized(t.from) && !t.alternative && !t.when,
    front: {
      en: "A SYN arrives on a synchronized connection (ESTABLISHED or later). What does TCP do?",
      zh: "在已同步的连接上（ESTABLISHED 及之后的状态）收到一个 SYN。TCP 怎么做？",
    },
  },
  {
    id: "fin-again",
    rows: (t) => t.event === "rcv FIN" && ["CLOSE-WAIT", "CLOSING", "LAST-ACK"].includes(t.from),
    front: {
      en: "The peer's FIN arrives again, after we acknowledged it (our ACK was lost). What does TCP do?",
      zh: "对方的 FIN 在我们确认之后又到达了一次（我们的 ACK 丢失了）。TCP 怎么做？",
    },
  },
  {
    id: "user-timeout",
    rows: (t) => t.event === "timeout=USER",
    front: {
      en: "The user timeout (USER TIMEOUT) expires. What happens?",
      zh: "用户超时（USER TIMEOUT）到期。会发生什么？",
    },
  },
  {
    id: "closed-reset",
    rows: (t) => t.from === "CLOSED" && t.send === "RST" && t.event !== "rcv SYN",
    front: {
      en: "A segment with the ACK bit on (a SYN,ACK, an ACK, data, a FIN) reaches a port with no connection. What goes back?",
      zh: "一个带 ACK 位的报文段（SYN,ACK、ACK、数据或 FIN）到达一个没有连接的端口。回复什么？",
    },
  },
  {
    id: "listen-reset",
    rows: (t) => t.from === "LISTEN" && t.send === "RST",
    front: {
      en: "A segment with the ACK bit on reaches a listening socket. What goes back?",
      zh: "一个带 ACK 位的报文段到达监听中的套接字。回复什么？",
    },
  },
  {
    id: "dup-ack",
    rows: (t) => t.event === "rcv ACK" && t.when === "dup-ack",
    front: {
      en: "An ACK arrives that acknowledges nothing new (SEG.ACK =< SND.UNA). What does TCP do?",
      zh: "收到一个没有确认任何新内容的 ACK（SEG.ACK =< SND.UNA）。TCP 怎么做？",
    },
  },
  {
    id: "data-again",
    rows: (t) => t.event === "rcv data" && t.when === "duplicate",
    front: {
      en: "Data arrives that was received already (the peer retransmitted it). What does TCP do?",
      zh: "收到已经收到过的数据（对方重传了它）。TCP 怎么做？",
    },
  },
  {
    id: "rfc-793",
    rows: (t) => t.alternative === "RFC 793",
    front: {
      en: "Without RFC 5961's protection (RFC 793's rules), what does a RST or a SYN inside the window do to a synchronized connection?",
      zh: "没有 RFC 5961 防护时（RFC 793 的规则），窗口内的 RST 或 SYN 会对已同步的连接造成什么影响？",
    },
  },
  {
    id: "note-3",
    rows: (t) => t.alternative === "note 3",
    front: {
      en: "Figure 5's note 3: where may the side that aborts with a RST go, and what does §3.10.5 say instead?",
      zh: "图 5 注 3：用 RST 中止连接的一方可以进入什么状态？§3.10.5 又是怎么规定的？",
    },
  },
];

function ruleCard(rule: Rule, rows: readonly Transition[]): Flashcard {
  const first = rows[0] as Transition;
  const states = [...new Set(rows.map((t) => t.from))];
  const outcome = (t: Transition) =>
    t.from === t.to
      ? { en: `stays, ${SENDS(t).en}`, zh: `保持原状态，${SENDS(t).zh}` }
      : { en: `→ ${t.to}, ${SENDS(t).en}`, zh: `→ ${t.to}，${SENDS(t).zh}` };
  const outcomes = [...new Map(rows.map((t) => [JSON.stringify(outcome(t)), outcome(t)])).values()];
  return {
    id: `r:${rule.id}`,
    kind: "transition",
    topic: transitionTopic(first),
    front: rule.front,
    back: {
      en: `In ${states.join(", ")}: ${outcomes.map((o) => o.en).join("; ")}.`,
      zh: `在 ${states.join("、")} 中：${outcomes.map((o) => o.zh).join("；")}。`,
    },
    detail: first.why,
    rfc: `RFC 9293 ${first.source}`,
    link: transitionLink(first),
    arc: null,
    mastery: null,
  };
}

/** A card per row, except the rows a rule card covers and a host's failure; then the rule cards. */
function transitionCards(): Flashcard[] {
  const ruled = new Set<Transition>();
  const rules = RULES.map((rule) => {
    const rows = TRANSITIONS.filter(rule.rows);
    for (const t of rows) ruled.add(t);
    return ruleCard(rule, rows);
  });
  return [...TRANSITIONS.filter((t) => !ruled.has(t) && t.kind !== "failure").map(transitionCard), ...rules];
}

/** The order §3.10.7.4 checks an arriving segment in, as a card. */
function checkOrderCard(): Flashcard {
  return {
    id: "c:check-order",
    kind: "concept",
    topic: "edge-cases",
    front: {
      en: "A segment arrives in a synchronized state. In what order does RFC 9293 §3.10.7.4 check it?",
      zh: "在同步状态下收到一个报文段。RFC 9293 §3.10.7.4 按什么顺序检查它？",
    },
    back: {
      en: CHECK_ORDER.map((c, i) => `${i + 1}. ${CHECK_TEXT[c].en}`).join(", "),
      zh: CHECK_ORDER.map((c, i) => `${i + 1}. ${CHECK_TEXT[c].zh}`).join("，"),
    },
    detail: {
      en: "The sequence number comes first: a segment outside the window is answered with an ACK (a RST is dropped) before anything else in it is believed. Then RST, security, SYN, ACK, URG, the data and last the FIN.",
      zh: "序号检查在最前面：窗口之外的报文段先得到一个 ACK（RST 则被丢弃），其中的其他内容都不会被采信。然后依次是 RST、安全级别、SYN、ACK、URG、数据，最后是 FIN。",
    },
    rfc: "RFC 9293 §3.10.7.4",
    link: "/learn/forged-rst?step=1",
    arc: null,
    mastery: null,
  };
}

function stateCard(state: State): Flashcard {
  const info = STATE_INFO[state];
  const into = [...new Set(TRANSITIONS.filter((t) => t.to === state && t.from !== state).map((t) => t.from))];
  // The ways out the RFC's usual reading gives, each once (a RST's conditions and the user timeout included).
  const out = [
    ...new Map(
      TRANSITIONS.filter((t) => t.from === state && t.to !== state && !t.alternative && t.kind !== "failure").map(
        (t) => [`${t.event} → ${t.to}`, t],
      ),
    ).values(),
  ];
  return {
    id: `s:${state}`,
    kind: "state",
    topic: phaseOf(state) === "closing" ? "teardown" : "handshake",
    front: {
      en: `${state}: what does it mean, who is in it, and how do you get in and out?`,
      zh: `${state}（${info.zhName}）：它是什么意思？哪一方会处于这个状态？如何进入和离开？`,
    },
    back: info.meaning,
    detail: {
      en: `${info.who.en} In from: ${into.join(", ") || "nowhere (it is where every connection starts)"}. Out: ${out.map((t) => `${t.event} → ${t.to}`).join("; ")}.`,
      zh: `${info.who.zh} 从这些状态进入：${into.join("、") || "无（所有连接都从这里开始）"}。离开：${out.map((t) => `${t.event} → ${t.to}`).join("；")}。`,
    },
    rfc: "RFC 9293 §3.3.2",
    link: `/learn#${state}`,
    arc: null,
    mastery: null,
  };
}

/**
 * One card per spelling tools print that is not the RFC name. Spellings that differ only in separators or Linux's
 * TCP_ prefix (SYN-RECV, SYN_RECV, TCP_SYN_RECV) are one card naming every tool; the id is the folded spelling.
 */
function nameCards(): Flashcard[] {
  const cards: Flashcard[] = [];
  for (const state of STATES) {
    const groups = new Map<string, { spelling: string; tool: Tool }[]>();
    for (const tool of TOOLS) {
      const spelling = STATE_NAMES[state][tool];
      const key = foldName(spelling.replace(/^TCP_/, ""));
      // TCP_SYN_SENT, SYN_SENT or LISTENING ask nothing: the answer is written in the question.
      if (key.startsWith(foldName(state))) continue;
      groups.set(key, [...(groups.get(key) ?? []), { spelling, tool }]);
    }
    for (const [key, uses] of groups) {
      const where = {
        en: uses.map((u) => `${TOOL_LABEL[u.tool]}: ${u.spelling}`).join("; "),
        zh: uses.map((u) => `${TOOL_LABEL_ZH[u.tool]}：${u.spelling}`).join("；"),
      };
      const first = uses[0]?.spelling ?? key;
      cards.push({
        id: `n:${key}`,
        kind: "name",
        topic: "naming",
        front: {
          en: `Tools print ${where.en}. Which RFC 9293 state is it?`,
          zh: `工具显示 ${where.zh}。它是 RFC 9293 中的哪个状态？`,
        },
        back: { en: state, zh: `${state}（${STATE_INFO[state].zhName}）` },
        detail: STATE_INFO[state].meaning,
        rfc: "RFC 9293 §3.3.2",
        link: `/learn#${state}`,
        arc: null,
        mastery: `name:${first}`,
      });
    }
  }
  for (const m of MISSPELLINGS) {
    cards.push({
      id: `n:${foldName(m.spelling)}`,
      kind: "name",
      topic: "naming",
      front: {
        en: `Notes and answers online write ${m.spelling}. What is the state really called?`,
        zh: `网上的笔记和答案写作 ${m.spelling}。这个状态的正确名字是什么？`,
      },
      back: { en: m.state, zh: `${m.state}（${STATE_INFO[m.state].zhName}）` },
      detail: m.note,
      rfc: "RFC 9293 §3.3.2",
      link: `/learn#${m.state}`,
      arc: null,
      mastery: `name:${m.spelling}`,
    });
  }
  return cards;
}

/** A card for each step that answers a received segment with an acknowledgment: the seq/ack to work out. */
function seqAckCards(): Flashcard[] {
  const cards: Flashcard[] = [];
  for (const scenario of SCENARIOS) {
    for (const step of play(scenario).steps) {
      if (!step.received || !step.segment || step.segment.ack === null || step.segment.flags.startsWith("RST")) {
        continue;
      }
      const n = step.index + 1;
      const who = step.actor === "client" ? { en: "client", zh: "客户端" } : { en: "server", zh: "服务器" };
      cards.push({
        id: `q:${scenario.id}#${n}`,
        kind: "seq-ack",
        topic: "seq-ack",
        front: {
          en: `${scenario.title.en} (client ISN ${scenario.isn.client}, server ISN ${scenario.isn.server}), step ${n}: the ${who.en} receives ${formatSegment(step.received.segment)} and answers with ${step.segment.flags}. Its seq and ack?`,
          zh: `${scenario.title.zh}（客户端 ISN ${scenario.isn.client}，服务器 ISN ${scenario.isn.server}），第 ${n} 步：${who.zh}收到 ${formatSegment(step.received.segment)}，并回复 ${step.segment.flags}。它的 seq 和 ack 是多少？`,
        },
        back: { en: formatSegment(step.segment), zh: formatSegment(step.segment) },
        detail: step.explain,
        rfc: `RFC 9293 ${step.transition.source}`,
        link: stepLink(scenario.id, step.index),
        arc: null,
        mastery: `${scenario.id}#${n}`,
      });
    }
  }
  return cards;
}

/** A card per interview question: the question on the front, the answer to say aloud on the back. */
function interviewCards(): Flashcard[] {
  return BANK.map((q) => ({
    id: `i:${q.id}`,
    kind: "concept",
    topic: "interview",
    front: q.question,
    back: q.answer,
    detail: q.deeper,
    rfc: `RFC 9293 ${q.rfc}`,
    link: q.link ?? `/interview#${q.id}`,
    arc: null,
    mastery: null,
  }));
}

let deck: Flashcard[] | null = null;

/** Every card, in a fixed order: transitions as the table lists them, states, names, seq/ack steps, concepts. */
export function allCards(): Flashcard[] {
  deck ??= [
    ...transitionCards(),
    checkOrderCard(),
    ...STATES.map(stateCard),
    ...nameCards(),
    ...seqAckCards(),
    ...interviewCards(),
  ];
  return deck;
}

/** A deck per card topic, and one with every card. */
export const DECKS = ["everything", ...CARD_TOPICS] as const;
export type DeckId = (typeof DECKS)[number];

/** What each deck holds, for the deck page: its title and summary as messages of the catalogue. */
export const DECK_TEXT: Record<DeckId, { title: MsgKey; summary: MsgKey }> = {
  everything: { title: "flashcards.deckEverything", summary: "flashcards.deckEverythingSummary" },
  handshake: { title: "flashcards.deckHandshake", summary: "flashcards.deckHandshakeSummary" },
  teardown: { title: "flashcards.deckTeardown", summary: "flashcards.deckTeardownSummary" },
  "edge-cases": { title: "flashcards.deckEdgeCases", summary: "flashcards.deckEdgeCasesSummary" },
  naming: { title: "flashcards.deckNaming", summary: "flashcards.deckNamingSummary" },
  "seq-ack": { title: "flashcards.deckSeqAck", summary: "flashcards.deckSeqAckSummary" },
  interview: { title: "flashcards.deckInterview", summary: "flashcards.deckInterviewSummary" },
};

export function isDeck(value: string): value is DeckId {
  return (DECKS as readonly string[]).includes(value);
}

export function deckCards(id: DeckId): Flashcard[] {
  return id === "everything" ? allCards() : allCards().filter((c) => c.topic === id);
}

export function cardById(id: string): Flashcard | null {
  return allCards().find((c) => c.id === id) ?? null;
}
