// The model and the traces as plain JSON: what `npm run cli` prints and /api/v1 serves.
import { DATA_AND_TIMER_EVENTS, EVENT_TEXT, FIGURE_EVENTS, NOT_DRAWN_IN_FIGURE_5 } from "./events";
import { MISSPELLINGS, STATE_NAMES } from "./names";
import { play, SCENARIOS, type Scenario, type Trace } from "./scenarios";
import { STATE_INFO, STATES } from "./states";
import { TRANSITIONS } from "./transitions";

export function modelJson() {
  return {
    source: "RFC 9293 (STD 7), Transmission Control Protocol",
    states: STATES.map((name) => ({
      name,
      zhName: STATE_INFO[name].zhName,
      meaning: STATE_INFO[name].meaning,
      who: STATE_INFO[name].who,
      names: STATE_NAMES[name],
      misspellings: MISSPELLINGS.filter((m) => m.state === name).map((m) => ({ spelling: m.spelling, note: m.note })),
    })),
    events: [
      ...FIGURE_EVENTS.map((name) => ({ name, inFigure5: !NOT_DRAWN_IN_FIGURE_5.has(name), text: EVENT_TEXT[name] })),
      ...DATA_AND_TIMER_EVENTS.map((name) => ({ name, inFigure5: false, text: EVENT_TEXT[name] })),
    ],
    transitions: TRANSITIONS.map((t) => ({
      from: t.from,
      event: t.event,
      to: t.to,
      send: t.send,
      source: t.source,
      kind: t.kind,
      ...(t.opened ? { opened: t.opened } : {}),
      why: t.why,
    })),
  };
}

export type ModelJson = ReturnType<typeof modelJson>;

export function traceJson(trace: Trace) {
  return {
    id: trace.id,
    title: trace.title,
    summary: trace.summary,
    topic: trace.topic,
    level: trace.level,
    isn: trace.isn,
    initial: trace.initial,
    steps: trace.steps.map((step) => ({
      actor: step.actor,
      event: step.event,
      call: step.call,
      segment: step.segment
        ? { flags: step.segment.flags, seq: step.segment.seq, ack: step.segment.ack, len: step.segment.len }
        : null,
      lost: step.lost,
      receivedFromStep: step.received ? step.received.step + 1 : null,
      from: step.transition.from,
      to: step.transition.to,
      rfc: step.transition.source,
      states: step.states,
      timers: step.timers,
      explain: step.explain,
    })),
  };
}

export type TraceJson = ReturnType<typeof traceJson>;

export function scenarioList(scenarios: readonly Scenario[] = SCENARIOS) {
  return scenarios.map((s) => ({ id: s.id, title: s.title, summary: s.summary, topic: s.topic, level: s.level }));
}

export { play };
