// The model and the traces as plain JSON: what `npm run cli` prints and /api/v1 serves.
import { CHECK_ORDER, CHECK_TEXT, checkText } from "./arrive";
import { CASE_INFO, CASES } from "./cases";
import { EVENT_TEXT, EVENTS, FIGURE_EVENTS } from "./events";
import { MISSPELLINGS, STATE_NAMES } from "./names";
import { play, SCENARIOS, type Scenario, type Trace } from "./scenarios";
import { STATE_INFO, STATES } from "./states";
import { TCB_NAME } from "./tcb";
import { READING, TRANSITIONS } from "./transitions";

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
    events: EVENTS.map((name) => ({
      name,
      inFigure5: (FIGURE_EVENTS as readonly string[]).includes(name),
      text: EVENT_TEXT[name],
    })),
    /** The conditions a transition can hold under (Transition.when), in RFC 9293's notation. */
    cases: CASES.map((id) => ({ id, test: CASE_INFO[id].test, text: CASE_INFO[id].phrase })),
    /** §3.10.7.4's order of checks on an arriving segment, for SYN-RECEIVED and the synchronized states. */
    checkOrder: CHECK_ORDER.map((check) => ({ check, text: CHECK_TEXT[check] })),
    transitions: TRANSITIONS.map((t) => ({
      from: t.from,
      event: t.event,
      ...(t.when ? { when: t.when } : {}),
      to: t.to,
      send: t.send,
      source: t.source,
      kind: t.kind,
      ...(t.opened ? { opened: t.opened } : {}),
      ...(t.alternative ? { alternative: { rule: t.alternative, text: READING[t.alternative].alternative } } : {}),
      ...(t.linux ? { linux: t.linux } : {}),
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
        ? {
            flags: step.segment.flags,
            seq: step.segment.seq,
            ack: step.segment.ack,
            len: step.segment.len,
            wnd: step.segment.wnd,
          }
        : null,
      lost: step.lost,
      receivedFromStep: step.received && step.received.step !== null ? step.received.step + 1 : null,
      ...(step.received?.origin ? { receivedOrigin: step.received.origin } : {}),
      from: step.transition.from,
      to: step.transition.to,
      ...(step.transition.when ? { when: step.transition.when } : {}),
      rfc: step.transition.source,
      checks: step.checks?.map((c) => ({ check: c.check, decides: c.decides, text: checkText(c) })) ?? null,
      states: step.states,
      timers: step.timers,
      rto: step.rto,
      /** RFC 9293's names of each side's TCB variables after the step, null where the state has no value. */
      tcb: Object.fromEntries(
        (["client", "server"] as const).map((role) => [
          role,
          Object.fromEntries(Object.entries(step.tcb[role]).map(([k, v]) => [TCB_NAME[k as keyof typeof TCB_NAME], v])),
        ]),
      ),
      explain: step.explain,
    })),
  };
}

export type TraceJson = ReturnType<typeof traceJson>;

export function scenarioList(scenarios: readonly Scenario[] = SCENARIOS) {
  return scenarios.map((s) => ({ id: s.id, title: s.title, summary: s.summary, topic: s.topic, level: s.level }));
}

export { play };
