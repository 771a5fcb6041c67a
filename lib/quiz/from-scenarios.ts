// Questions about a scenario played out: numbers on the wire, who is where, the order of the segments.

import { stepLink } from "@/lib/animation/links";
import {
  EVENT_TEXT,
  formatSegment,
  type Role,
  type Scenario,
  type State,
  type Step,
  segmentsWithIsn,
  stepWithIsn,
  TRANSITIONS,
  type Trace,
  type WireStep,
  wireWithIsn,
} from "@/lib/tcp";
import { withDistractors } from "./choices";
import type { Rng } from "./rng";
import { ROLE_TEXT, rfcRef, t as say } from "./text";
import type { Lang, Question } from "./types";

const arrow = (step: Step) => (step.actor === "client" ? "client → server" : "server → client");
const arrowZh = (step: Step) => (step.actor === "client" ? "客户端 → 服务器" : "服务器 → 客户端");

/** What a question says about its scenario: a trace's, or a scenario's before it is played. */
type About = Pick<Trace, "id" | "title" | "level" | "topic">;

function scenarioBasis(trace: About, step: number, isn?: Record<Role, number>) {
  return { kind: "scenario" as const, scenario: trace.id, step: step + 1, ...(isn ? { isn } : {}) };
}

function base(trace: About, step: Step) {
  return { level: trace.level, topic: trace.topic, rfc: step.transition.source, link: stepLink(trace.id, step.index) };
}

/**
 * What happened at a step, without saying where anyone ends up: "the server receives SYN,ACK", "the client calls
 * close()", "the server's retransmission timer expires". A question that depends on the order of events lists
 * them with this, so that a careful reader knows which of two crossing segments arrived first.
 */
export function stepStory(step: Step, lang: Lang): string {
  const who = say(ROLE_TEXT[step.actor], lang);
  const lost = step.lost ? (lang === "en" ? " (what it sends is lost)" : "（它发出的报文段丢失了）") : "";
  if (step.call) return lang === "en" ? `${who} calls ${step.call}${lost}` : `${who}调用 ${step.call}${lost}`;
  if (step.received) {
    const flags = step.received.segment.flags;
    const from =
      step.received.origin === "forged"
        ? lang === "en"
          ? `a forged ${flags}`
          : `一个伪造的 ${flags}`
        : step.received.origin === "old duplicate"
          ? lang === "en"
            ? `an old duplicate ${flags}`
            : `一个旧的重复 ${flags}`
          : flags;
    return lang === "en" ? `${who} receives ${from}${lost}` : `${who}收到 ${from}${lost}`;
  }
  const text = EVENT_TEXT[step.event][lang];
  return lang === "en"
    ? `${who}'s ${text.replace(/^its /, "")}${lost}`
    : `${who}${text.replace(/^它的/, "的").replace(/^它所在的/, "所在的")}${lost}`;
}

/** "1. the server calls listen(); 2. ..." up to step `upTo` (1-based), for a prompt. */
function storyUpTo(trace: Pick<Trace, "steps">, upTo: number, lang: Lang): string {
  const parts = trace.steps.slice(0, upTo).map((s) => `${s.index + 1}. ${stepStory(s, lang)}`);
  return lang === "en" ? `${parts.join("; ")}.` : `${parts.join("；")}。`;
}

/**
 * What a reader needs to work out the numbers of a step beyond the two ISNs: the data each side sent before it, a
 * new ISN a side chose for a new connection, and any segment nobody in the connection sent (forged, or an old
 * duplicate). Empty when the ISNs are enough.
 */
export function numberFacts(wire: readonly WireStep[], isn: Record<Role, number>, upTo: number, lang: Lang): string {
  const facts: string[] = [];
  const first: Record<Role, number | null> = { client: null, server: null };
  for (const step of wire.slice(0, upTo)) {
    const who = say(ROLE_TEXT[step.actor], lang);
    const seg = step.segment;
    if (seg?.flags.startsWith("SYN")) {
      const iss = seg.seq;
      const initial = first[step.actor] ?? isn[step.actor];
      if (iss !== initial) {
        facts.push(
          lang === "en"
            ? `at step ${step.index + 1} ${who} opens a new connection with ISN ${iss}`
            : `第 ${step.index + 1} 步${who}以 ISN ${iss} 建立新连接`,
        );
      }
      first[step.actor] = iss;
    }
    if (seg && seg.len > 0 && step.index + 1 < upTo) {
      facts.push(
        lang === "en"
          ? `at step ${step.index + 1} ${who} sends ${seg.len} bytes of data`
          : `第 ${step.index + 1} 步${who}发送 ${seg.len} 字节数据`,
      );
    }
    if (step.received?.origin) {
      const r = step.received.segment;
      facts.push(
        lang === "en"
          ? `at step ${step.index + 1} ${who} receives ${step.received.origin === "forged" ? "a forged" : "an old duplicate"} ${formatSegment(r)}`
          : `第 ${step.index + 1} 步${who}收到${step.received.origin === "forged" ? "一个伪造的" : "一个旧的重复报文段"} ${formatSegment(r)}`,
      );
    }
  }
  if (facts.length === 0) return "";
  return lang === "en" ? ` Also: ${facts.join("; ")}.` : `另外：${facts.join("；")}。`;
}

/** A segment as a prompt names it: "a SYN,ACK", "an ACK", or "100 bytes of data (flags ACK)". */
function segmentNoun(segment: NonNullable<Step["segment"]>, lang: Lang): string {
  if (segment.len > 0) {
    return lang === "en"
      ? `${segment.len} bytes of data (flags ${segment.flags})`
      : `${segment.len} 字节的数据（标志为 ${segment.flags}）`;
  }
  if (lang === "zh") return segment.flags;
  return `${segment.flags.startsWith("A") ? "an" : "a"} ${segment.flags}`;
}

/** Steps whose segment carries a number worth asking about (not lost, not a bare RST from a closed port). */
export function numberedSteps(trace: Trace): Step[] {
  return trace.steps.filter((s) => s.segment && s.segment.seq !== 0 && s.segment.flags !== "RST");
}

export function seqAck(scenario: Scenario, stepIndex: number, rng: Rng, lang: Lang): Question {
  // Random ISNs, so the arithmetic has to be done, not remembered.
  const isn = { client: rng.int(1000, 99_999), server: rng.int(1000, 99_999) };
  // Only the step asked about and the numbers on the wire: building every step of the trace would cost more.
  const step = stepWithIsn(scenario, isn, stepIndex) as Step;
  const segment = step.segment as NonNullable<Step["segment"]>;
  const field = segment.ack !== null && rng.next() < 0.7 ? "ack" : "seq";
  const value = field === "ack" ? (segment.ack as number) : segment.seq;
  const numbers: number[] = [];
  for (const s of segmentsWithIsn(scenario, isn)) if (s) numbers.push(s.seq, s.ack ?? s.seq);
  // Picked as numbers and written out after: two integers are equal exactly when their decimal strings are.
  const pool = [value - 1, value + 1, ...rng.shuffle(numbers), value + 2, value - 2];
  const who = say(ROLE_TEXT[step.actor], lang);
  const facts = numberFacts(wireWithIsn(scenario, isn, stepIndex + 1), isn, stepIndex + 1, lang);
  return {
    id: `seq-ack:${scenario.id}:${step.index + 1}:${field}:${isn.client}:${isn.server}`,
    type: "seq-ack",
    format: "choice",
    prompt:
      lang === "en"
        ? `${say(scenario.title, lang)}, client ISN ${isn.client}, server ISN ${isn.server}.${facts} At step ${step.index + 1} ${who} sends ${segmentNoun(segment, lang)}. What is its ${field} number?`
        : `${say(scenario.title, lang)}，客户端 ISN 为 ${isn.client}，服务器 ISN 为 ${isn.server}。${facts}第 ${step.index + 1} 步${who}发送 ${segmentNoun(segment, lang)}。它的${field === "seq" ? "序号（seq）" : "确认号（ack）"}是多少？`,
    choices: withDistractors(rng, value, pool).map(String),
    answer: String(value),
    explanation: say(step.explain, lang),
    basis: scenarioBasis(scenario, step.index, isn),
    ...base(scenario, step),
  };
}

/** Steps after which exactly one side is in the state the other is not, so "which side?" has one answer. */
export function sideSteps(trace: Trace): Step[] {
  return trace.steps.filter((s) => s.states.client !== s.states.server && s.transition.from !== s.transition.to);
}

// A which-side or order question says the same thing every time it is asked about the same trace: its wording is
// worked out once per step (or trace) and language. The generator plays its traces once and never changes them, and
// only strings are kept, so no two callers share anything they could change.
const sideWordings = new WeakMap<
  Step,
  Partial<Record<Lang, { prompt: string; answer: string; explanation: string }>>
>();
const orderWordings = new WeakMap<
  Trace,
  Partial<
    Record<
      Lang,
      {
        prompt: string;
        answer: readonly string[];
        explanation: string;
        last: Step;
        precedes: readonly (readonly [number, number])[];
        loose: readonly (readonly [Step, Step])[];
      }
    >
  >
>();

function once<K extends object, P extends string, V>(
  cache: WeakMap<K, Partial<Record<P, V>>>,
  key: K,
  part: P,
  make: () => V,
): V {
  const parts: Partial<Record<P, V>> = cache.get(key) ?? {};
  const kept = parts[part];
  if (kept !== undefined) return kept;
  const value = make();
  parts[part] = value;
  cache.set(key, parts);
  return value;
}

export function whichSide(trace: Trace, step: Step, lang: Lang): Question {
  const w = once(sideWordings, step, lang, () => {
    const state = step.states[step.actor];
    return {
      // Every step up to the one asked about: in a simultaneous open or close, who is where depends on whose
      // segment arrived first, which only the steps tell.
      prompt:
        lang === "en"
          ? `${say(trace.title, lang)}. ${storyUpTo(trace, step.index + 1, lang)} Right after step ${step.index + 1}, which side is in ${state}?`
          : `${say(trace.title, lang)}。${storyUpTo(trace, step.index + 1, lang)}在第 ${step.index + 1} 步之后，哪一方处于 ${state}？`,
      answer: say(ROLE_TEXT[step.actor], lang),
      explanation: say(step.explain, lang),
    };
  });
  return {
    id: `which-side:${trace.id}:${step.index + 1}`,
    type: "which-side",
    format: "choice",
    prompt: w.prompt,
    choices: [say(ROLE_TEXT.client, lang), say(ROLE_TEXT.server, lang)],
    answer: w.answer,
    explanation: w.explanation,
    basis: scenarioBasis(trace, step.index),
    ...base(trace, step),
  };
}

function segmentLine(step: Step, lang: Lang): string {
  return `${lang === "en" ? arrow(step) : arrowZh(step)}: ${formatSegment(step.segment as NonNullable<Step["segment"]>)}`;
}

/**
 * Whether step `a` happens before step `b`: the same side did it earlier, or `b` received what `a` sent, or a chain
 * of those (Lamport's happens-before). Steps of two sides that no chain joins could have been the other way round.
 */
function happensBefore(trace: Pick<Trace, "steps">): (a: number, b: number) => boolean {
  const n = trace.steps.length;
  // before[i] holds every step that step i happens before; rows are filled from the last step back, so each one
  // can take in the rows of the steps it leads to directly.
  const before: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (let i = n - 1; i >= 0; i--) {
    const from = trace.steps[i] as Step;
    const row = before[i] as Set<number>;
    for (let j = i + 1; j < n; j++) {
      const to = trace.steps[j] as Step;
      if (to.actor === from.actor || to.received?.step === i) {
        row.add(j);
        for (const k of before[j] as Set<number>) row.add(k);
      }
    }
  }
  return (a, b) => Boolean(before[a]?.has(b));
}

/** The pairs [i, j] of `sent` (by position) where sending i happens before sending j. */
function precedence(trace: Pick<Trace, "steps">, sent: readonly Step[]): [number, number][] {
  const hb = happensBefore(trace);
  const pairs: [number, number][] = [];
  for (let i = 0; i < sent.length; i++)
    for (let j = i + 1; j < sent.length; j++)
      if (hb((sent[i] as Step).index, (sent[j] as Step).index)) pairs.push([i, j]);
  return pairs;
}

/** The pairs of sent segments that no chain of causes orders: either may be sent first. */
function unorderedPairs(trace: Pick<Trace, "steps">, sent: readonly Step[]): [Step, Step][] {
  const hb = happensBefore(trace);
  const pairs: [Step, Step][] = [];
  for (let i = 0; i < sent.length; i++)
    for (let j = i + 1; j < sent.length; j++) {
      const a = sent[i] as Step;
      const b = sent[j] as Step;
      if (!hb(a.index, b.index)) pairs.push([a, b]);
    }
  return pairs;
}

export function orderSteps(trace: Trace, rng: Rng, lang: Lang): Question {
  const w = once(orderWordings, trace, lang, () => {
    const sent = trace.steps.filter((s) => s.segment && !s.lost);
    const loose = unorderedPairs(trace, sent);
    return {
      precedes: precedence(trace, sent),
      loose,
      prompt:
        lang === "en"
          ? `${say(trace.title, lang)}: put these segments in the order they are sent.`
          : `${say(trace.title, lang)}：请按发送的先后顺序排列这些报文段。`,
      answer: sent.map((s) => segmentLine(s, lang)),
      // Numbered as the list the learner orders, 1 to n: the steps that send nothing are not in it.
      explanation: [
        ...sent.map((s, i) => `${i + 1}. ${say(s.explain, lang).split(/(?<=[.。])\s*/)[0]}`),
        ...(loose.length === 0
          ? []
          : [
              lang === "en"
                ? `Segments sent before either side saw the other's may come in either order: ${loose.map(([a, b]) => `${sent.indexOf(a) + 1} and ${sent.indexOf(b) + 1}`).join(", ")}.`
                : `在双方都还没看到对方报文段时发出的报文段，先后顺序可以互换：${loose.map(([a, b]) => `${sent.indexOf(a) + 1} 和 ${sent.indexOf(b) + 1}`).join("、")}。`,
            ]),
      ].join(" "),
      last: sent.at(-1) as Step,
    };
  });
  return {
    id: `order-steps:${trace.id}`,
    type: "order-steps",
    format: "order",
    prompt: w.prompt,
    choices: rng.shuffle(w.answer),
    answer: [...w.answer],
    ...(w.loose.length > 0 ? { precedes: w.precedes.map(([i, j]) => [i, j] as [number, number]) } : {}),
    explanation: w.explanation,
    basis: scenarioBasis(trace, w.last.index),
    ...base(trace, w.last),
  };
}

/** The states one side goes through, with consecutive repeats merged. */
export function timeline(trace: Trace, role: Role): { state: State; step: number }[] {
  const out: { state: State; step: number }[] = [{ state: trace.initial[role], step: 0 }];
  for (const s of trace.steps)
    if (s.states[role] !== out.at(-1)?.state) out.push({ state: s.states[role], step: s.index + 1 });
  return out;
}

/** Every pair of states one transition joins, "FIN-WAIT-1>CLOSING": read once, asked for each missing state. */
const STEPS_BETWEEN = new Set(TRANSITIONS.map((t) => `${t.from}>${t.to}`));

/** Whether a side can go from `before` into `state` and on from it to `after` (either end may be absent). */
function fitsBetween(state: State, before: State | undefined, after: State | undefined): boolean {
  if (state === before || state === after) return false;
  const into = before === undefined || STEPS_BETWEEN.has(`${before}>${state}`);
  const onward = after === undefined || STEPS_BETWEEN.has(`${state}>${after}`);
  return into && onward;
}

const timelines = new WeakMap<Trace, Partial<Record<Role, readonly { state: State; step: number }[]>>>();

export function missingState(trace: Trace, role: Role, hole: number, rng: Rng, lang: Lang): Question {
  const line = once(timelines, trace, role, () => timeline(trace, role));
  const missing = line[hole] as { state: State; step: number };
  const shown = line.map((p, i) => (i === hole ? "____" : p.state)).join(" → ");
  const step = trace.steps[missing.step - 1] as Step;
  const neighbours = line.map((p) => p.state);
  const before = line[hole - 1]?.state;
  const after = line[hole + 1]?.state;
  // A state that fits the hole as well (ESTABLISHED → FIN-WAIT-1 → CLOSING → TIME-WAIT is a path too) would be a
  // second right answer. Dropped after the shuffle, so the numbers drawn, and every later question, stay as they were.
  const pool = rng
    .shuffle<State>(["CLOSE-WAIT", "FIN-WAIT-2", "TIME-WAIT", "SYN-RECEIVED", "LAST-ACK", "CLOSING", ...neighbours])
    .filter((state) => !fitsBetween(state, before, after));
  const who = say(ROLE_TEXT[role], lang);
  return {
    id: `missing-state:${trace.id}:${role}:${hole}`,
    type: "missing-state",
    format: "choice",
    prompt:
      lang === "en"
        ? `${say(trace.title, lang)}: ${who} goes through ${shown}. Which state is missing?`
        : `${say(trace.title, lang)}：${who}依次经过 ${shown}。缺少的是哪个状态？`,
    choices: withDistractors(rng, missing.state, pool),
    answer: missing.state,
    explanation: `${say(step.explain, lang)} ${rfcRef(step.transition.source, lang)}`,
    basis: scenarioBasis(trace, step.index),
    ...base(trace, step),
  };
}

type Corruption = { line: string; why: string };

function corrupt(step: Step, others: readonly string[], rng: Rng, lang: Lang): Corruption | null {
  const seg = step.segment;
  if (!seg || seg.ack === null || step.received === null) return null;
  const ack = seg.ack;
  // The classic slip: forgetting that a SYN or FIN takes a sequence number, or counting it twice. The wrong
  // line must not read like another, correct one.
  for (const delta of rng.shuffle([-1, 1])) {
    const wrong = ack + delta;
    const line = segmentLine({ ...step, segment: { ...seg, ack: wrong } }, lang);
    if (others.includes(line)) continue;
    const why =
      lang === "en"
        ? `Step ${step.index + 1} is wrong: the ack must be ${ack}, not ${wrong}. ${say(step.explain, lang)}`
        : `第 ${step.index + 1} 步是错的：ack 应该是 ${ack}，而不是 ${wrong}。${say(step.explain, lang)}`;
    return { line, why };
  }
  return null;
}

/** The segments a trace sends, those that can be corrupted, and each one's line, worked out once per language. */
const errorParts = new WeakMap<
  Trace,
  Partial<Record<Lang, { sent: readonly Step[]; candidates: readonly Step[]; right: readonly string[] }>>
>();

export function spotTheError(trace: Trace, rng: Rng, lang: Lang): Question | null {
  const { sent, candidates, right } = once(errorParts, trace, lang, () => {
    const sent = trace.steps.filter((s) => s.segment && !s.lost);
    return {
      sent,
      candidates: sent.filter((s) => s.segment?.ack !== null && s.received !== null),
      right: sent.map((s) => segmentLine(s, lang)),
    };
  });
  if (candidates.length === 0) return null;
  const target = rng.pick(candidates);
  const others = right.filter((_, i) => sent[i] !== target);
  if (new Set(others).size !== others.length) return null;
  const broken = corrupt(target, others, rng, lang);
  if (!broken) return null;
  const lines = sent.map((s, i) => (s === target ? broken.line : (right[i] as string)));
  return {
    id: `spot-the-error:${trace.id}:${target.index + 1}`,
    type: "spot-the-error",
    format: "choice",
    prompt:
      lang === "en"
        ? `${say(trace.title, lang)} (client ISN ${trace.isn.client}, server ISN ${trace.isn.server}). One of these segments has a wrong number. Which?`
        : `${say(trace.title, lang)}（客户端 ISN 为 ${trace.isn.client}，服务器 ISN 为 ${trace.isn.server}）。下面有一个报文段的序号或确认号写错了，是哪一个？`,
    choices: lines,
    answer: broken.line,
    explanation: broken.why,
    basis: scenarioBasis(trace, target.index),
    ...base(trace, target),
  };
}
