// A scenario replayed with other initial sequence numbers, without running the engine again. A seq/ack question
// dresses a scenario in fresh random ISNs every time it is asked, and playing the whole scenario through `act` for
// that was most of the cost of generating questions.
//
// It works because the engine never branches on an ISN's value: every number a step holds (on the wire, in the
// TCBs, in the checks) is a constant, or one side's ISN plus a constant (RFC 9293 §3.4: sequence numbers only ever
// grow by what a segment occupies), and every comparison the engine makes is between two numbers of the same side,
// which moving that side's ISN leaves as it was. So one play at the scenario's own ISNs and two with either ISN
// moved by one tell, for each number, which ISN it follows; any other ISNs then give the same steps with those
// numbers moved. replay.test.ts checks the result against `play` for every scenario and ISNs across the space.
import type { Check } from "./arrive";
import { type Origin, type Role, type Step, withExplanation } from "./connection";
import { play, type Scenario, type Trace } from "./scenarios";
import { type Segment, seqAdd } from "./segment";
import { TCB_FIELDS, type Tcb } from "./tcb";

/** How a number moves with the ISNs: `base` at the scenario's own ISNs, plus the client's and the server's shift. */
type Term = { base: number; client: 0 | 1; server: 0 | 1 };

type Facts = Omit<Step, "explain">;

type Template = {
  trace: Trace;
  /** Per step: what happened, and the terms of every number it holds, in numbersOf's order (null: no number). */
  steps: { facts: Facts; terms: (Term | null)[] }[];
};

const templates = new WeakMap<Scenario, Template | null>();

function coefficient(base: number, moved: number): 0 | 1 | null {
  const d = seqAdd(moved, -base);
  return d === 0 || d === 1 ? d : null;
}

/** Every number a step holds, in a fixed order; null where a number is absent (no segment, a field not yet set). */
function numbersOf(step: Facts): (number | null)[] {
  const segment = (s: Segment | null | undefined) => [s ? s.seq : null, s ? s.ack : null];
  const tcb = (t: Tcb) => TCB_FIELDS.map((f) => t[f]);
  return [
    ...segment(step.segment),
    ...segment(step.received?.segment),
    ...tcb(step.tcb.client),
    ...tcb(step.tcb.server),
    ...(step.checks ?? []).flatMap((c) => c.n),
  ];
}

/** A segment with its seq and ack taken from `numbers` at `i` and `i + 1`, or null where there is none. */
function segmentAt(s: Segment | null | undefined, numbers: readonly (number | null)[], i: number): Segment | null {
  return s ? { flags: s.flags, seq: numbers[i] as number, ack: numbers[i + 1] ?? null, len: s.len, wnd: s.wnd } : null;
}

/** A TCB with its fields taken from `numbers` from `i` on, in TCB_FIELDS' order. */
function tcbAt(numbers: readonly (number | null)[], i: number): Tcb {
  // Written out rather than built from TCB_FIELDS: this runs for every question about a step, and a literal is
  // several times cheaper than Object.fromEntries. replay.test.ts fails if the two orders ever part.
  return {
    iss: numbers[i] ?? null,
    irs: numbers[i + 1] ?? null,
    sndUna: numbers[i + 2] ?? null,
    sndNxt: numbers[i + 3] ?? null,
    sndWnd: numbers[i + 4] ?? null,
    rcvNxt: numbers[i + 5] ?? null,
    rcvWnd: numbers[i + 6] ?? null,
  };
}

/** The step with its numbers replaced, in numbersOf's order. */
function withNumbers(step: Facts, numbers: readonly (number | null)[]): Facts {
  const sent = segmentAt(step.segment, numbers, 0);
  const received = segmentAt(step.received?.segment, numbers, 2);
  const width = TCB_FIELDS.length;
  const client = tcbAt(numbers, 4);
  const server = tcbAt(numbers, 4 + width);
  let checks: Check[] | null = null;
  if (step.checks) {
    checks = [];
    let i = 4 + 2 * width;
    for (const c of step.checks) {
      const n: number[] = [];
      for (let k = 0; k < c.n.length; k++) n.push(numbers[i++] as number);
      checks.push(c.states ? { ...c, n, states: c.states } : { ...c, n });
    }
  }
  return {
    index: step.index,
    actor: step.actor,
    event: step.event,
    call: step.call,
    received: step.received && { ...step.received, segment: received as Segment },
    segment: sent,
    lost: step.lost,
    ackDelayed: step.ackDelayed,
    transition: step.transition,
    checks,
    states: { client: step.states.client, server: step.states.server },
    timers: { client: [...step.timers.client], server: [...step.timers.server] },
    rto: { client: step.rto.client, server: step.rto.server },
    timeWaitStarted: step.timeWaitStarted,
    tcb: { client, server },
    note: step.note,
  };
}

/** Everything about a step except its numbers, to check that moving an ISN changed only numbers. */
function shape(step: Step): string {
  const { explain: _, ...facts } = step;
  return JSON.stringify(
    withNumbers(
      facts,
      numbersOf(facts).map((n) => (n === null ? null : 0)),
    ),
  );
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
    const base = numbersOf(step);
    const byClient = numbersOf(c);
    const byServer = numbersOf(s);
    const terms: (Term | null)[] = [];
    for (const [k, b] of base.entries()) {
      const cn = byClient[k] ?? null;
      const sn = byServer[k] ?? null;
      if (b === null || cn === null || sn === null) {
        if (b !== null || cn !== null || sn !== null) return null;
        terms.push(null);
        continue;
      }
      const cc = coefficient(b, cn);
      const sc = coefficient(b, sn);
      if (cc === null || sc === null) return null;
      terms.push({ base: b, client: cc, server: sc });
    }
    const { explain: _, ...facts } = step;
    steps.push({ facts, terms });
  }
  const lengths = [movedClient.steps.length, movedServer.steps.length];
  return lengths.every((n) => n === trace.steps.length) ? { trace, steps } : null;
}

function cachedTemplate(scenario: Scenario): Template | null {
  if (!templates.has(scenario)) templates.set(scenario, template(scenario));
  return templates.get(scenario) ?? null;
}

type Shift = Record<Role, number>;

function at(t: Term, shift: Shift): number {
  return seqAdd(t.base, t.client * shift.client + t.server * shift.server);
}

function shiftTo(scenario: Scenario, isn: Record<Role, number>): Shift {
  return { client: isn.client - scenario.isn.client, server: isn.server - scenario.isn.server };
}

function stepAt(t: Template, index: number, shift: Shift): Step {
  const { facts, terms } = t.steps[index] as Template["steps"][number];
  const numbers: (number | null)[] = new Array(terms.length);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    numbers[i] = term ? at(term, shift) : null;
  }
  return withExplanation(withNumbers(facts, numbers));
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

/** A template's segment with its numbers moved by `shift`. */
function movedSegment(
  s: Segment | null | undefined,
  seq: Term | null | undefined,
  ack: Term | null | undefined,
  shift: Shift,
): Segment | null {
  return s
    ? { flags: s.flags, seq: seq ? at(seq, shift) : s.seq, ack: ack ? at(ack, shift) : null, len: s.len, wnd: s.wnd }
    : null;
}

/** The segment each step of `playWithIsn(scenario, isn)` sends, or null where it sends none. */
export function segmentsWithIsn(scenario: Scenario, isn: Record<Role, number>): (Segment | null)[] {
  const t = cachedTemplate(scenario);
  if (!t) return play({ ...scenario, isn }).steps.map((s) => s.segment);
  const shift = shiftTo(scenario, isn);
  return t.steps.map(({ facts, terms }) => movedSegment(facts.segment, terms[0], terms[1], shift));
}

/** One step of a replayed trace as seen on the wire: who acted, what it sent and what reached it. */
export type WireStep = Pick<Step, "index" | "actor" | "segment" | "lost"> & {
  received: { segment: Segment; origin?: Origin } | null;
};

/**
 * The first `upTo` steps (all, by default) of `playWithIsn(scenario, isn)` reduced to their segments, without
 * building the steps: what a question needs to state the facts its numbers follow from (data sent, new ISNs,
 * injected segments).
 */
export function wireWithIsn(
  scenario: Scenario,
  isn: Record<Role, number>,
  upTo = Number.POSITIVE_INFINITY,
): WireStep[] {
  const t = cachedTemplate(scenario);
  if (!t) {
    return play({ ...scenario, isn })
      .steps.slice(0, upTo)
      .map((s) => ({
        index: s.index,
        actor: s.actor,
        segment: s.segment,
        lost: s.lost,
        received: s.received && {
          segment: s.received.segment,
          ...(s.received.origin ? { origin: s.received.origin } : {}),
        },
      }));
  }
  const shift = shiftTo(scenario, isn);
  const wire: WireStep[] = [];
  const n = Math.min(upTo, t.steps.length);
  for (let i = 0; i < n; i++) {
    const { facts, terms } = t.steps[i] as Template["steps"][number];
    const received = facts.received;
    wire.push({
      index: facts.index,
      actor: facts.actor,
      segment: movedSegment(facts.segment, terms[0], terms[1], shift),
      lost: facts.lost,
      received: received && {
        segment: movedSegment(received.segment, terms[2], terms[3], shift) as Segment,
        ...(received.origin ? { origin: received.origin } : {}),
      },
    });
  }
  return wire;
}
