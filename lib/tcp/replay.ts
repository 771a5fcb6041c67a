// A scenario replayed with other initial sequence numbers, without running the engine again. A seq/ack question
// dresses a scenario in fresh random ISNs every time it is asked, and playing the whole scenario through `act` for
// that was most of the cost of generating questions.
//
// It works because the engine never branches on an ISN's value: every number on the wire is a constant, or one
// side's ISN plus a constant (RFC 9293 §3.4: sequence numbers only ever grow by what a segment occupies), and every
// comparison the engine makes is between two numbers of the same side, which moving that side's ISN leaves as it was.
// So one play at the scenario's own ISNs and two with either ISN moved by one tell, for each number, which ISN it
// follows; any other ISNs then give the same steps with those numbers moved. replay.test.ts checks the result against
// `play` for every scenario and ISNs across the whole sequence space.
import { type Role, type Step, withExplanation } from "./connection";
import { play, type Scenario, type Trace } from "./scenarios";
import { type Segment, seqAdd } from "./segment";
import type { Text } from "./states";

/** How a number moves with the ISNs: `base` at the scenario's own ISNs, plus the client's and the server's shift. */
type Term = { base: number; client: 0 | 1; server: 0 | 1 };
type SegmentTerms = { seq: Term; ack: Term | null };

type Template = {
  trace: Trace;
  /** Per step: what happened, without the narration (written anew from the moved numbers), and the terms of the
   * segment it sent and of the one it received, or null when there is none. */
  steps: {
    facts: Omit<Step, "explain">;
    note: Text | undefined;
    sent: SegmentTerms | null;
    received: SegmentTerms | null;
  }[];
};

const templates = new WeakMap<Scenario, Template | null>();

function coefficient(base: number, moved: number): 0 | 1 | null {
  const d = seqAdd(moved, -base);
  return d === 0 || d === 1 ? d : null;
}

function term(base: number, client: number, server: number): Term | null {
  const c = coefficient(base, client);
  const s = coefficient(base, server);
  return c === null || s === null ? null : { base, client: c, server: s };
}

function segmentTerms(base: Segment | null, client: Segment | null, server: Segment | null): SegmentTerms | null {
  if (!base || !client || !server) return null;
  const seq = term(base.seq, client.seq, server.seq);
  if (base.ack === null) return seq && { seq, ack: null };
  const ack = client.ack === null || server.ack === null ? null : term(base.ack, client.ack, server.ack);
  return seq && ack ? { seq, ack } : null;
}

/** Everything about a step except its numbers, to check that moving an ISN changed only numbers. */
function shape(step: Step): string {
  const { index, actor, event, call, lost, ackDelayed, transition, states, timers, segment, received } = step;
  return JSON.stringify([
    index,
    actor,
    event,
    call,
    lost,
    ackDelayed,
    transition.from,
    transition.event,
    transition.to,
    states,
    timers,
    segment && [segment.flags, segment.len],
    received && [received.step, received.segment.flags, received.segment.len],
  ]);
}

/** The scenario's trace and how its numbers follow the ISNs; null if the engine did not move them as expected. */
function template(scenario: Scenario): Template | null {
  const trace = play(scenario);
  const movedClient = play({ ...scenario, isn: { ...scenario.isn, client: seqAdd(scenario.isn.client, 1) } });
  const movedServer = play({ ...scenario, isn: { ...scenario.isn, server: seqAdd(scenario.isn.server, 1) } });
  const steps: Template["steps"] = [];
  for (const [i, step] of trace.steps.entries()) {
    const c = movedClient.steps[i];
    const s = movedServer.steps[i];
    if (!c || !s || shape(c) !== shape(step) || shape(s) !== shape(step)) return null;
    const sent = segmentTerms(step.segment, c.segment, s.segment);
    const received = segmentTerms(
      step.received?.segment ?? null,
      c.received?.segment ?? null,
      s.received?.segment ?? null,
    );
    if ((step.segment && !sent) || (step.received && !received)) return null;
    const { explain: _, ...facts } = step;
    // `play` makes one step per action, so the action behind step i is action i.
    steps.push({ facts, note: scenario.actions[i]?.note, sent, received });
  }
  const lengths = [movedClient.steps.length, movedServer.steps.length, scenario.actions.length];
  return lengths.every((n) => n === trace.steps.length) ? { trace, steps } : null;
}

function cachedTemplate(scenario: Scenario): Template | null {
  if (!templates.has(scenario)) templates.set(scenario, template(scenario));
  return templates.get(scenario) ?? null;
}

function at(t: Term, shift: Record<Role, number>): number {
  return seqAdd(t.base, t.client * shift.client + t.server * shift.server);
}

function moved(segment: Segment, terms: SegmentTerms, shift: Record<Role, number>): Segment {
  return { flags: segment.flags, seq: at(terms.seq, shift), ack: terms.ack && at(terms.ack, shift), len: segment.len };
}

type Shift = Record<Role, number>;

function shiftTo(scenario: Scenario, isn: Record<Role, number>): Shift {
  return { client: isn.client - scenario.isn.client, server: isn.server - scenario.isn.server };
}

function stepAt(t: Template, index: number, shift: Shift): Step {
  const { facts: f, note, sent, received } = t.steps[index] as Template["steps"][number];
  return withExplanation(
    {
      index: f.index,
      actor: f.actor,
      event: f.event,
      call: f.call,
      received: f.received && {
        step: f.received.step,
        segment: moved(f.received.segment, received as SegmentTerms, shift),
      },
      segment: f.segment && moved(f.segment, sent as SegmentTerms, shift),
      lost: f.lost,
      ackDelayed: f.ackDelayed,
      transition: f.transition,
      states: { client: f.states.client, server: f.states.server },
      timers: { client: [...f.timers.client], server: [...f.timers.server] },
    },
    note,
  );
}

/**
 * The trace `play({ ...scenario, isn })` gives, derived from one cached play of the scenario. The result is the
 * caller's own: nothing in it is shared with the cache or with another call, beyond what `play` shares too (the
 * scenario's texts and the transition table).
 */
export function playWithIsn(scenario: Scenario, isn: Record<Role, number>): Trace {
  const t = cachedTemplate(scenario);
  if (!t) return play({ ...scenario, isn });
  const shift = shiftTo(scenario, isn);
  const steps = t.steps.map((_, i) => stepAt(t, i, shift));
  return { ...t.trace, isn: { ...isn }, initial: { ...t.trace.initial }, steps };
}

/**
 * Step `index` of `playWithIsn(scenario, isn)`, without building the others: a step's lazily written narration
 * makes it an object that is slow to build (an accessor property), and a question reads one step of the trace.
 */
export function stepWithIsn(scenario: Scenario, isn: Record<Role, number>, index: number): Step | undefined {
  const t = cachedTemplate(scenario);
  if (!t) return play({ ...scenario, isn }).steps[index];
  return index >= 0 && index < t.steps.length ? stepAt(t, index, shiftTo(scenario, isn)) : undefined;
}

/** The segment each step of `playWithIsn(scenario, isn)` sends, or null where it sends none. */
export function segmentsWithIsn(scenario: Scenario, isn: Record<Role, number>): (Segment | null)[] {
  const t = cachedTemplate(scenario);
  if (!t) return play({ ...scenario, isn }).steps.map((s) => s.segment);
  const shift = shiftTo(scenario, isn);
  return t.steps.map(({ facts, sent }) => facts.segment && moved(facts.segment, sent as SegmentTerms, shift));
}
