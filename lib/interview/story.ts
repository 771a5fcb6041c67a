// Sentences about a scenario built from its trace, so a model answer's states and segments are the model's own.
import {
  EVENT_TEXT,
  play,
  ROLE_TEXT,
  ROLE_TEXT_OPENING,
  type Role,
  type State,
  type Step,
  scenarioById,
  type Text,
  type Trace,
} from "@/lib/tcp";

export function traceOf(id: string): Trace {
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(`No scenario ${id}.`);
  return play(scenario);
}

const SIDE = ROLE_TEXT_OPENING;

/** Sentences joined: with a space in English, with nothing in Chinese (its full stops need none). */
export const join = (...parts: Text[]): Text => ({
  en: parts.map((p) => p.en).join(" "),
  zh: parts.map((p) => p.zh).join(""),
});

/** "The client: CLOSED → SYN-SENT (connect(), sends SYN) → ESTABLISHED (receives SYN,ACK, sends ACK)." */
export function sideStory(trace: Trace, role: Role): Text {
  const en: string[] = [trace.initial[role]];
  const zh: string[] = [trace.initial[role]];
  for (const step of trace.steps) {
    if (step.actor !== role || step.transition.from === step.transition.to) continue;
    const did = step.call ?? (step.received ? `receives ${step.received.segment.flags}` : EVENT_TEXT[step.event].en);
    const didZh = step.call ?? (step.received ? `收到 ${step.received.segment.flags}` : EVENT_TEXT[step.event].zh);
    const sent = step.segment ? `, sends ${step.segment.flags}` : "";
    const sentZh = step.segment ? `，发送 ${step.segment.flags}` : "";
    en.push(`${step.transition.to} (${did}${sent})`);
    zh.push(`${step.transition.to}（${didZh}${sentZh}）`);
  }
  return { en: `${SIDE[role].en}: ${en.join(" → ")}.`, zh: `${SIDE[role].zh}：${zh.join(" → ")}。` };
}

/** The segments of a scenario in order, as a capture would list them. */
export function wire(trace: Trace): string {
  return trace.steps
    .filter((s) => s.segment)
    .map((s) => `${s.actor === "client" ? "C→S" : "S→C"} ${s.segment?.flags}`)
    .join(", ");
}

/** "C→S SYN, S→C SYN,ACK (lost), C→S SYN (resent), ...": the segments in order, with what became of them. */
export function wireMarked(trace: Trace): Text {
  const sent = trace.steps.filter((s) => s.segment);
  const one = (s: Step, lost: string, resent: string) =>
    `${s.actor === "client" ? "C→S" : "S→C"} ${s.segment?.flags}${s.lost ? lost : ""}${s.event === "timeout=RTO" ? resent : ""}`;
  return {
    en: sent.map((s) => one(s, " (lost)", " (resent)")).join(", "),
    zh: sent.map((s) => one(s, "（丢失）", "（重传）")).join("，"),
  };
}

/** The states one side passes through, from where it starts: CLOSED, SYN-SENT, SYN-RECEIVED, ESTABLISHED. */
export function statesOf(trace: Trace, role: Role): State[] {
  const states: State[] = [trace.initial[role]];
  for (const step of trace.steps) {
    const now = step.states[role];
    if (now !== states[states.length - 1]) states.push(now);
  }
  return states;
}

/** The steps where a retransmission timer fired and resent a segment, in the order the model plays them. */
export function resends(trace: Trace): Step[] {
  return trace.steps.filter((s) => s.event === "timeout=RTO" && s.segment);
}

/** "the client resends SYN, then the server resends SYN,ACK". */
export function resendStory(trace: Trace): Text {
  const steps = resends(trace);
  return {
    en: steps.map((s) => `${ROLE_TEXT[s.actor].en} resends ${s.segment?.flags}`).join(", then "),
    zh: steps.map((s) => `${ROLE_TEXT[s.actor].zh}重传 ${s.segment?.flags}`).join("，随后"),
  };
}
