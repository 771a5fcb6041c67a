// A typed mock-interview answer read against the model: every state it names must exist, and the states and
// segments it names must come in the order the question's scenario plays them. The marks point into the learner's
// own text, so the page can highlight what they wrote.
import {
  play,
  type Role,
  STATE_INFO,
  STATE_NAMES,
  STATES,
  type State,
  scenarioById,
  type Text,
  type Trace,
} from "@/lib/tcp";

export type Mark = {
  /** Where in the learner's text, as string offsets. */
  start: number;
  end: number;
  kind: "state" | "segment";
  /** ok: what the model has, in its order; order: a state or segment the scenario has, but earlier; unknown: no
   * state of RFC 9293; absent: a state this scenario never reaches. */
  verdict: "ok" | "order" | "unknown" | "absent";
  /** The state or segment as the RFC names it, for a name written otherwise (SYN_RECV, 时间等待). */
  canonical: string | null;
  note: Text;
};

export type AnswerCheck = { marks: Mark[]; ok: number; problems: number };

/** Every way a state is written in the wild, RFC 9293's name first: ss, netstat, Linux, BSD, Windows, Chinese. */
function spellings(): Map<string, State> {
  const names = new Map<string, State>();
  for (const s of STATES) {
    const n = STATE_NAMES[s];
    for (const w of [s, s.replace(/-/g, "_"), n.ss, n.netstat, n.linux, n.bsd, n.windows])
      names.set(w.toUpperCase(), s);
  }
  // ss prints SYN-RECV and ESTAB; netstat SYN_RECV: all are in STATE_NAMES. "UNCONN" is ss's word for a closed
  // socket, which an answer may use for CLOSED.
  return names;
}

const SPELLINGS = spellings();

/**
 * The Chinese names textbooks use, where they cannot be a common word: 关闭 (closed) and 监听 (listen) are verbs in
 * any sentence about a connection, so they are not read as states.
 */
const CHINESE = new Map<string, State>(
  STATES.filter((s) => s !== "CLOSED" && s !== "LISTEN").map((s) => [STATE_INFO[s].zhName, s] as const),
);

/** A word that looks like a state name: capitals, digits, hyphens or underscores, beginning as a state does. */
const STATE_LIKE =
  /(?<![A-Za-z0-9_-])(?:TCP_)?(?:SYN|FIN|TIME|CLOSE|CLOSED|CLOSING|LAST|LISTEN|ESTAB|ESTABLISHED|UNCONN)(?:[-_][A-Z0-9]+)*(?![A-Za-z0-9_-])/gi;

/** SYN-ACK and its kin are segments, not states. */
const SEGMENT_WORD = /^(SYN|FIN|RST)[-_]ACK$/i;

/**
 * Whether a state-like word is meant as a state: one with a separator (SYN-SENT, time_wait) in any case, a bare
 * word (LISTEN, CLOSED, ESTABLISHED) only in capitals, since "closed" and "listen" are words of any sentence; and
 * neither a bare SYN or FIN (a segment) nor CLOSE (the call, though netstat prints it for CLOSED).
 */
function readAsState(word: string): boolean {
  if (SEGMENT_WORD.test(word)) return false;
  if (/[-_]/.test(word)) return true;
  const upper = word.toUpperCase();
  if (["SYN", "FIN", "TIME", "LAST", "CLOSE"].includes(upper)) return false;
  return word === upper;
}

/**
 * Flags as answers write them: SYN, SYN,ACK, SYN+ACK, SYN-ACK, SYN/ACK, FIN, FIN,ACK, ACK, RST, RST,ACK. "SYN, ACK",
 * with a space after the comma, is a list of two.
 */
const SEGMENT_LIKE = /(?<![A-Za-z0-9_-])(SYN|FIN|RST|ACK)(?:(?:,|\s*[+/-]\s*)(ACK))?(?![A-Za-z0-9_-])/gi;

/** A side's time in a state, from the step it entered (0: before the first) to the step it left. */
type Held = { name: string; from: number; to: number };
type Timeline = { state: Held[]; segment: Held[] };

/** Whose story the text is telling at a point: a side it named last, or both (before any, or after "both"). */
type Teller = Role | "both";

/** "the client", "servers", 客户端, 服务器 (服务端), and "both" / 双方, which hands the story back to both sides. */
const TELLER = /(?<![A-Za-z])(client|server|both)s?(?![A-Za-z])|(客户端)|(服务器|服务端)|(双方|两端)/gi;

/**
 * What the scenario shows, in its order, as each side lives it and as both do: a side's stays in its states, and
 * the segments it sends (at their step) and receives (at their arrival). An answer names states as a side holds
 * them ("the server, in LISTEN, answers"), so a state is in order while it is held, not only at the step it is
 * entered; and it often tells one side's story, then the other's, so each side keeps an order of its own.
 */
function timelines(trace: Trace): Record<Teller, Timeline> {
  const of = (role: Role): Timeline => {
    const state: Held[] = [];
    let current: Held = { name: trace.initial[role], from: 0, to: Number.POSITIVE_INFINITY };
    const segment: Held[] = [];
    trace.steps.forEach((step, i) => {
      if (step.actor !== role) return;
      if (step.received) segment.push({ name: step.received.segment.flags, from: i + 1, to: i + 2 });
      if (step.segment) segment.push({ name: step.segment.flags, from: i + 1, to: i + 2 });
      if (step.transition.from === step.transition.to) return;
      state.push({ ...current, to: i + 1 });
      current = { name: step.transition.to, from: i + 1, to: Number.POSITIVE_INFINITY };
    });
    state.push(current);
    return { state, segment };
  };
  const client = of("client");
  const server = of("server");
  const sent = trace.steps.flatMap((step, i) =>
    step.segment ? [{ name: step.segment.flags, from: i + 1, to: i + 2 }] : [],
  );
  return { client, server, both: { state: [...client.state, ...server.state], segment: sent } };
}

/** Who is telling at each offset of the text: the last side named before it. */
function tellers(text: string): (at: number) => Teller {
  const marks: { at: number; who: Teller }[] = [];
  for (const m of text.matchAll(TELLER)) {
    const word = (m[1] ?? "").toLowerCase();
    const who: Teller = m[2] ? "client" : m[3] ? "server" : m[4] ? "both" : (word as Teller);
    marks.push({ at: m.index ?? 0, who });
  }
  return (at) => {
    let who: Teller = "both";
    for (const m of marks) {
      if (m.at > at) break;
      who = m.who;
    }
    return who;
  };
}

const say = (en: string, zh: string): Text => ({ en, zh });

/**
 * Reads `text` against the scenario `scenario` (or against the state list alone when null): each state or segment
 * it names, where it is, and whether the model agrees.
 */
export function checkAnswer(text: string, scenario: string | null): AnswerCheck {
  const trace = scenario ? play(scenarioById(scenario) ?? fail(scenario)) : null;
  const lines = trace ? timelines(trace) : null;
  const tellerAt = tellers(text);
  const found: Omit<Mark, "verdict" | "note">[] = [];
  const taken: [number, number][] = [];
  for (const m of text.matchAll(STATE_LIKE)) {
    const word = m[0];
    const start = m.index ?? 0;
    if (!readAsState(word)) continue;
    found.push({
      start,
      end: start + word.length,
      kind: "state",
      canonical: SPELLINGS.get(word.toUpperCase()) ?? null,
    });
    taken.push([start, start + word.length]);
  }
  for (const [zh, state] of CHINESE) {
    for (let at = text.indexOf(zh); at >= 0; at = text.indexOf(zh, at + zh.length)) {
      found.push({ start: at, end: at + zh.length, kind: "state", canonical: state });
      taken.push([at, at + zh.length]);
    }
  }
  // Without a scenario there is no order to read segments against, and any flags are flags.
  for (const m of lines ? text.matchAll(SEGMENT_LIKE) : []) {
    const start = m.index ?? 0;
    // The SYN of SYN-SENT is a state's, already read.
    if (taken.some(([a, b]) => start >= a && start < b)) continue;
    const flags = [m[1]?.toUpperCase(), m[2]?.toUpperCase()].filter(Boolean).join(",");
    found.push({ start, end: start + m[0].length, kind: "segment", canonical: flags });
  }
  found.sort((a, b) => a.start - b.start);

  // The order: each mention must be held (a state) or sent (a segment) at or after the previous one's place.
  const at: Record<Teller, { state: number; segment: number }> = {
    client: { state: 0, segment: 0 },
    server: { state: 0, segment: 0 },
    both: { state: 0, segment: 0 },
  };
  // Segments are read in order where the answer lists them ("SYN, SYN-ACK, ACK", "C→S SYN, S→C SYN,ACK (lost)"):
  // elsewhere a segment named in passing ("acknowledging the SYN") may point back, and only has to exist.
  let run: { end: number; place: number } | null = null;
  const marks = found.map((f): Mark => {
    if (f.kind === "segment") return segmentMark(f);
    if (f.kind === "state") run = null;
    if (f.kind === "state" && f.canonical === null) {
      return {
        ...f,
        verdict: "unknown",
        note: say(
          `RFC 9293 has no state "${text.slice(f.start, f.end)}": its eleven are ${STATES.join(", ")}.`,
          `RFC 9293 中没有“${text.slice(f.start, f.end)}”这个状态：它的十一个状态是 ${STATES.join("、")}。`,
        ),
      };
    }
    const named = f.canonical as string;
    const written = text.slice(f.start, f.end);
    const as = written.toUpperCase() === named ? "" : ` (${named})`;
    if (!lines)
      return {
        ...f,
        verdict: "ok",
        note: say(`${written}${as}: a state of RFC 9293.`, `${written}${as}：RFC 9293 的状态。`),
      };
    // In the story of the side being told, each side's place kept apart.
    const teller = tellerAt(f.start);
    const place = at[teller];
    const list = lines[teller][f.kind];
    const same = (h: Held) => h.name === named || (f.kind === "segment" && sameSegment(named, h.name));
    const next = list.filter((h) => same(h) && h.to > place[f.kind]).sort((a, b) => a.from - b.from)[0];
    if (next) {
      place[f.kind] = Math.max(place[f.kind], next.from);
      return {
        ...f,
        verdict: "ok",
        note:
          f.kind === "state"
            ? say(`${written}${as}: in the order the model plays it.`, `${written}${as}：与模型演示的顺序一致。`)
            : say(`${written}${as}: sent in this order.`, `${written}${as}：按这个顺序发送。`),
      };
    }
    if (list.some(same) || lines.both[f.kind].some(same)) {
      return {
        ...f,
        verdict: "order",
        note:
          f.kind === "state"
            ? say(
                `${written}${as} comes earlier in this exchange than what you named before it.`,
                `在这个过程中，${written}${as} 出现在你前面提到的状态之前。`,
              )
            : say(
                `${written}${as} is sent earlier in this exchange than what you named before it.`,
                `在这个过程中，${written}${as} 比你前面提到的报文段更早发送。`,
              ),
      };
    }
    return {
      ...f,
      verdict: "absent",
      note:
        f.kind === "state"
          ? say(`Neither side is ever in ${named} in this exchange.`, `在这个过程中，双方都不会进入 ${named}。`)
          : say(`No ${named} is sent in this exchange.`, `这个过程中不会发送 ${named}。`),
    };
  });
  const ok = marks.filter((m) => m.verdict === "ok").length;
  return { marks, ok, problems: marks.length - ok };

  function segmentMark(f: Omit<Mark, "verdict" | "note">): Mark {
    const named = f.canonical as string;
    const written = text.slice(f.start, f.end);
    const as = written.toUpperCase() === named ? "" : ` (${named})`;
    const listed = run !== null && continuesList(text.slice(run.end, f.start));
    const sent = (lines as Record<Teller, Timeline>).both.segment;
    const same = (h: Held) =>
      h.name === named || sameSegment(named, h.name) || (!listed && named === "ACK" && h.name.endsWith(",ACK"));
    if (!sent.some(same)) {
      run = null;
      return {
        ...f,
        verdict: "absent",
        note: say(`No ${named} is sent in this exchange.`, `这个过程中不会发送 ${named}。`),
      };
    }
    const from = listed && run ? run.place : 0;
    const next = sent.filter((h) => same(h) && h.from > from).sort((a, b) => a.from - b.from)[0];
    if (!next) {
      run = { end: f.end, place: from };
      return {
        ...f,
        verdict: "order",
        note: say(
          `${written}${as} is sent earlier in this exchange than the segment listed before it.`,
          `在这个过程中，${written}${as} 比列在它前面的报文段更早发送。`,
        ),
      };
    }
    run = { end: f.end, place: next.from };
    return {
      ...f,
      verdict: "ok",
      note: listed
        ? say(`${written}${as}: sent in this order.`, `${written}${as}：按这个顺序发送。`)
        : say(`${written}${as}: sent in this exchange.`, `${written}${as}：这个过程中会发送。`),
    };
  }
}

/**
 * Whether what lies between two segments named one after the other is a list's separator: commas, arrows, "then",
 * who sent it (C→S), a note in brackets ("(lost)"), and no sentence end or other words.
 */
function continuesList(gap: string): boolean {
  if (gap.length > 40 || /[.。;；]/.test(gap)) return false;
  const rest = gap
    .replace(/\([^)]*\)|（[^）]*）/g, "")
    .replace(/C\s*(→|->)\s*S|S\s*(→|->)\s*C|\bthen\b|\band\b|然后|再|接着/gi, "");
  return !/[A-Za-z\u4e00-\u9fff]/.test(rest);
}

/**
 * "FIN" for the model's FIN,ACK, "RST" for a RST,ACK: once synchronized every segment carries ACK, and answers
 * name a segment by the bit that matters. SYN and SYN,ACK stay apart, as do ACK and FIN,ACK.
 */
function sameSegment(written: string, sent: string): boolean {
  return (written === "FIN" && sent === "FIN,ACK") || (written === "RST" && sent === "RST,ACK");
}

function fail(id: string): never {
  throw new Error(`No scenario ${id}.`);
}
