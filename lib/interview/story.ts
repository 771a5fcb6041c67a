// Sentences about a scenario built from its trace, so a model answer's states and segments are the model's own.
import { EVENT_TEXT, play, ROLE_TEXT_OPENING, type Role, scenarioById, type Text, type Trace } from "@/lib/tcp";

export function traceOf(id: string): Trace {
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(`No scenario ${id}.`);
  return play(scenario);
}

const SIDE = ROLE_TEXT_OPENING;

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
