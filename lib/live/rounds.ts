// The rounds of a live class, made from the model: ordinary questions from the quiz generator, and "predict the
// next state" rounds that pause a scenario before a transition. Every round is stored whole (both languages), so a
// session keeps its questions whatever the generator becomes.
import { stepLink } from "@/lib/animation/links";
import { basisKey, generateQuiz, MAX_COUNT, type Question, type QuizOptions, type Rng } from "@/lib/quiz";
import { withDistractorsFrom } from "@/lib/quiz/choices";
import { stepStory } from "@/lib/quiz/from-scenarios";
import { askable } from "@/lib/quiz/from-transitions";
import { openedHint, transitionEventPhrase } from "@/lib/quiz/text";
import {
  type Action,
  formatSegment,
  play,
  playWithIsn,
  ROLE_TEXT,
  type Role,
  type Scenario,
  STATES,
  type State,
  type Step,
  scenarioById,
  type Text,
  TRANSITIONS,
  type Trace,
  transitionId,
} from "@/lib/tcp";
import type { PredictRound, QuestionRound } from "./types";

export type QuestionRoundOptions = Pick<QuizOptions, "seed" | "count" | "level" | "topics">;

/**
 * Up to `count` ordinary questions, as the quiz generator makes them for this seed, level and topics, in both
 * languages. Only questions answered by picking a choice: a phone in a live class taps, it does not type or drag.
 */
export function questionRounds(options: QuestionRoundOptions): QuestionRound[] {
  // The first n questions of a longer quiz are the quiz of n questions, so asking for more and keeping the choice
  // questions keeps the generator's order.
  const spec = { ...options, count: Math.min(MAX_COUNT, options.count * 4) };
  const en = generateQuiz({ ...spec, lang: "en" });
  const zh = generateQuiz({ ...spec, lang: "zh" });
  const rounds: QuestionRound[] = [];
  en.forEach((q, i) => {
    const other = zh[i];
    if (rounds.length >= options.count || !other || other.id !== q.id) return;
    const round = bilingual(q, other);
    if (round) rounds.push(round);
  });
  return rounds;
}

function bilingual(en: Question, zh: Question): QuestionRound | null {
  if (en.format !== "choice" || zh.format !== "choice" || !en.choices || !zh.choices) return null;
  const answer = en.choices.indexOf(en.answer as string);
  if (answer < 0 || answer !== zh.choices.indexOf(zh.answer as string) || en.choices.length !== zh.choices.length)
    return null;
  const zhChoices = zh.choices;
  return {
    kind: "question",
    type: en.type,
    id: en.id,
    context: null,
    prompt: { en: en.prompt, zh: zh.prompt },
    choices: en.choices.map((c, i) => ({ en: c, zh: zhChoices[i] as string })),
    answer,
    explanation: { en: en.explanation, zh: zh.explanation },
    rfc: en.rfc,
    link: en.link,
    basisKey: basisKey(en),
    level: en.level,
  };
}

/**
 * Whether a class can be asked which state `step`'s actor enters: its state changes, the step is TCP's doing (not a
 * host rebooting), and the question, worded as the quiz words a transition, has one defensible answer under RFC
 * 9293 (every row it could mean ends in the same state, lib/quiz/from-transitions.ts `askable`).
 */
function predictable(step: Step, before: Record<Role, State>): boolean {
  const row = step.transition;
  return (
    step.states[step.actor] !== before[step.actor] &&
    row.kind !== "failure" &&
    askable(row, "to") &&
    step.states[step.actor] === row.to
  );
}

function statesBefore(trace: Trace, index: number): Record<Role, State> {
  return index === 0 ? trace.initial : (trace.steps[index - 1] as Step).states;
}

/** The steps of a scenario a predict round can pause before (0-based). */
export function predictMoments(scenarioId: string): number[] {
  const scenario = scenarioById(scenarioId);
  if (!scenario) return [];
  const trace = play(scenario);
  return trace.steps.flatMap((s) => (predictable(s, statesBefore(trace, s.index)) ? [s.index] : []));
}

/**
 * The scenario a predict round plays: the scenario as written with the round's ISNs, and, for a "lost" round, the
 * segment of step `lost` lost on the way and resent by its sender's retransmission timer just before it would have
 * arrived. Throws a ScenarioError when that is not legal TCP (a bare ACK has no timer to resend it).
 */
export function scenarioOf(round: Pick<PredictRound, "scenario" | "isn" | "lost">): Scenario {
  const scenario = scenarioById(round.scenario);
  if (!scenario) throw new Error(`No scenario ${round.scenario}`);
  if (round.lost === null) return { ...scenario, isn: { ...round.isn } };
  const lost = round.lost;
  const trace = play(scenario);
  const sent = trace.steps[lost];
  const arrival = trace.steps.find((s) => s.received?.step === lost && !s.received.origin);
  if (!sent?.segment || sent.lost || !arrival) throw new Error(`${round.scenario}: step ${lost + 1} has no arrival`);
  // Every action but an inject makes one step, so the n-th of them made step n.
  const made = scenario.actions.flatMap((a, i) => (a.do === "inject" ? [] : [i]));
  const sender = made[lost] as number;
  const receiver = made[arrival.index] as number;
  const actions: Action[] = scenario.actions.map((a, i) => (i === sender ? { ...a, lose: true } : a));
  actions.splice(receiver, 0, { actor: sent.actor, do: "timeout=RTO" });
  return { ...scenario, isn: { ...round.isn }, actions };
}

function traceOf(round: Pick<PredictRound, "scenario" | "isn" | "lost">): Trace {
  const written = scenarioById(round.scenario);
  // playWithIsn keeps what it learnt per scenario object, so it is given the one SCENARIOS holds.
  if (written && round.lost === null) return playWithIsn(written, round.isn);
  return play(scenarioOf(round));
}

const say = (en: string, zh: string): Text => ({ en, zh });

function context(trace: Trace, pauseAt: number): Text {
  const title = trace.title;
  if (pauseAt === 0) {
    const { client, server } = trace.initial;
    return say(
      `${title.en}. Nothing has happened yet: the client is in ${client}, the server in ${server}.`,
      `${title.zh}。还什么都没有发生：客户端处于 ${client}，服务器处于 ${server}。`,
    );
  }
  const story = (lang: "en" | "zh") =>
    trace.steps
      .slice(0, pauseAt)
      .map((s) => `${s.index + 1}. ${stepStory(s, lang)}`)
      .join(lang === "en" ? "; " : "；");
  return say(`${title.en}. So far: ${story("en")}.`, `${title.zh}。到目前为止：${story("zh")}。`);
}

/** "The client is in SYN-SENT and it receives a SYN,ACK that acknowledges its SYN. The segment: …" */
function situation(step: Step): Text {
  const row = step.transition;
  // Worded as the quiz words a transition's event: its condition and the reading meant, where they matter.
  const event = (lang: "en" | "zh") => transitionEventPhrase(row, lang);
  const who = ROLE_TEXT[step.actor];
  const received = step.received;
  const origin =
    received?.origin === "forged"
      ? say(" (forged by an attacker)", "（由攻击者伪造）")
      : received?.origin === "old duplicate"
        ? say(" (an old duplicate from an earlier connection)", "（来自早先连接的旧重复报文段）")
        : say("", "");
  const segment = received
    ? say(
        ` The segment: ${formatSegment(received.segment)}${origin.en}.`,
        `报文段：${formatSegment(received.segment)}${origin.zh}。`,
      )
    : say("", "");
  return say(
    `Next: ${who.en} is in ${row.from}${openedHint(row.opened, "en")} and ${event("en")}.${segment.en}`,
    `接下来：${who.zh}处于 ${row.from}${openedHint(row.opened, "zh")}，${event("zh")}。${segment.zh}`,
  );
}

/**
 * A "predict the next state" round: the player pauses before step `pauseAt`, and the class picks the state its
 * actor enters. The answer is the state the model's step leads to; the wrong choices are states the same event
 * leads to under no reading of RFC 9293, taken first from the arcs that leave the state in Figure 5. Null when the
 * step is not one a class can be asked about (predictMoments lists those that are).
 */
export function predictRound(
  scenarioId: string,
  pauseAt: number,
  rng: Rng,
  version: { isn?: Record<Role, number>; lost?: number | null } = {},
): PredictRound | null {
  const scenario = scenarioById(scenarioId);
  if (!scenario) return null;
  const lost = version.lost ?? null;
  const isn = version.isn ?? scenario.isn;
  let trace: Trace;
  try {
    trace = traceOf({ scenario: scenarioId, isn, lost });
  } catch {
    return null;
  }
  const step = trace.steps[pauseAt];
  if (!step || !predictable(step, statesBefore(trace, pauseAt))) return null;
  const row = step.transition;
  const answer = row.to;
  const tempting = [
    row.from,
    ...TRANSITIONS.filter((t) => t.from === row.from && t.kind === "figure").map((t) => t.to),
    ...TRANSITIONS.filter((t) => t.from === row.from).map((t) => t.to),
  ];
  const states = withDistractorsFrom(rng, answer, tempting, STATES) as State[];
  const situationText = situation(step);
  const who = ROLE_TEXT[step.actor];
  const ask = say(` Which state does ${who.en} enter?`, `${who.zh}会进入哪个状态？`);
  const tag = `${scenarioId}:${pauseAt}:${isn.client}:${isn.server}${lost === null ? "" : `:lost${lost}`}`;
  return {
    kind: "predict",
    type: "next-state",
    id: `predict:${tag}`,
    context: context(trace, pauseAt),
    prompt: say(`${situationText.en}${ask.en}`, `${situationText.zh}${ask.zh}`),
    choices: states.map((s) => say(s, s)),
    answer: states.indexOf(answer),
    explanation: say(
      `${row.from} + ${row.event} → ${row.to}. ${step.explain.en} RFC 9293 ${row.source}.`,
      `${row.from} + ${row.event} → ${row.to}。${step.explain.zh}参见 RFC 9293 ${row.source}。`,
    ),
    rfc: row.source,
    // The player shows the scenario as written; a lost round's step is one later than the one it links to.
    link: stepLink(scenarioId, lost === null ? pauseAt : pauseAt - 1),
    basisKey: transitionId(row),
    level: scenario.level,
    scenario: scenarioId,
    isn: { ...isn },
    pauseAt,
    actor: step.actor,
    transition: {
      id: transitionId(row),
      from: row.from,
      event: row.event,
      to: row.to,
      kind: row.kind,
      alternative: row.alternative ?? null,
    },
    states,
    lost,
    variant:
      lost !== null
        ? "lost"
        : isn.client === scenario.isn.client && isn.server === scenario.isn.server
          ? "original"
          : "isn",
  };
}

/** Fresh ISNs for both sides, each different from the ones the class has seen. */
function freshIsn(rng: Rng, seen: Record<Role, number>): Record<Role, number> {
  const draw = (old: number) => {
    for (;;) {
      const n = rng.int(1000, 3_999_999_999);
      if (n !== old) return n;
    }
  };
  return { client: draw(seen.client), server: draw(seen.server) };
}

/**
 * A fresh version of a predict round for a second vote: the same situation with other ISNs ("isn"), or with the
 * segment that arrives at the paused step lost once and resent ("lost"). Its answer is worked out from the model
 * again, and it is kept only if the paused step still takes the same transition; null when no such version exists
 * (a lost round cannot lose another segment, and a call or a timer has no segment to lose).
 */
export function variantRound(round: PredictRound, rng: Rng, kind: "isn" | "lost"): PredictRound | null {
  let variant: PredictRound | null;
  if (kind === "isn") {
    variant = predictRound(round.scenario, round.pauseAt, rng, { isn: freshIsn(rng, round.isn), lost: round.lost });
  } else {
    if (round.lost !== null) return null;
    const arriving = traceOf(round).steps[round.pauseAt]?.received;
    if (!arriving || arriving.step === null || arriving.origin) return null;
    variant = predictRound(round.scenario, round.pauseAt + 1, rng, { isn: round.isn, lost: arriving.step });
  }
  return variant && variant.transition.id === round.transition.id ? variant : null;
}
