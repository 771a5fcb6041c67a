import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Action, act, type Connection, possibleActions, type Role, type Step } from "./connection";
import { play, SCENARIOS, startOf } from "./scenarios";
import { hasFlag, SEQ_SPACE, type Segment, seqAdd, sequenceLength } from "./segment";
import { STATES, type State } from "./states";
import { findTransition, TRANSITIONS } from "./transitions";

/** The sequence numbers each side has put on the wire for the first time, in order. */
function checkSequenceNumbers(initial: Connection, steps: Step[]): void {
  const next: Record<Role, number | null> = {
    client: initial.endpoints.client.state === "CLOSED" ? null : initial.endpoints.client.sndNxt,
    server: initial.endpoints.server.state === "CLOSED" ? null : initial.endpoints.server.sndNxt,
  };
  const seen: Record<Role, Segment[]> = { client: [], server: [] };
  for (const step of steps) {
    const seg = step.segment;
    if (!seg) continue;
    expect(seg.seq).toBeGreaterThanOrEqual(0);
    expect(seg.seq).toBeLessThan(SEQ_SPACE);
    if (seg.ack !== null) expect(seg.ack).toBeLessThan(SEQ_SPACE);
    if (hasFlag(seg, "RST")) continue;
    const isRetransmission = seen[step.actor].some((s) => s.seq === seg.seq && sequenceLength(s) > 0);
    if (hasFlag(seg, "SYN")) next[step.actor] = seg.seq;
    else if (!isRetransmission && next[step.actor] !== null) expect(seg.seq).toBe(next[step.actor]);
    if (!isRetransmission || hasFlag(seg, "SYN")) next[step.actor] = seqAdd(seg.seq, sequenceLength(seg));
    seen[step.actor].push(seg);
    // A SYN taken in (in LISTEN or SYN-SENT) is acknowledged exactly: ack = its seq + 1. (A SYN reaching a
    // synchronized state gets a challenge ACK of RCV.NXT instead.)
    const takesSyn = step.transition.from === "LISTEN" || step.transition.from === "SYN-SENT";
    if (takesSyn && seg.ack !== null && step.received?.segment && hasFlag(step.received.segment, "SYN")) {
      expect(seg.ack).toBe(seqAdd(step.received.segment.seq, 1));
    }
  }
}

function replayAgrees(initial: Connection, steps: Step[]): void {
  const states: Record<Role, State> = {
    client: initial.endpoints.client.state,
    server: initial.endpoints.server.state,
  };
  for (const step of steps) {
    const { when, opened, alternative } = step.transition;
    const t = findTransition(states[step.actor], step.event, {
      when,
      opened: opened ?? null,
      alternative: alternative ?? null,
    });
    expect(t, `${states[step.actor]} + ${step.event}`).not.toBeNull();
    expect(step.transition).toBe(t);
    states[step.actor] = t!.to;
    expect(step.states).toEqual(states);
    // An arc that sends nothing still acknowledges data that came with the segment, with a bare ACK.
    if (step.segment && t!.send === "none") {
      expect(step.received?.segment.len ?? 0).toBeGreaterThan(0);
      expect(step.segment).toMatchObject({ flags: "ACK", len: 0 });
    }
  }
}

const isn = fc.integer({ min: 0, max: SEQ_SPACE - 1 });

describe("properties of the model", () => {
  it("every state is reachable from CLOSED through the transition table", () => {
    const reached = new Set<State>(["CLOSED"]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const t of TRANSITIONS) {
        if (reached.has(t.from) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...STATES].sort());
  });

  it("every state can get back to CLOSED", () => {
    for (const state of STATES) {
      const seen = new Set<State>([state]);
      const queue = [state];
      while (queue.length) {
        const s = queue.shift()!;
        for (const t of TRANSITIONS.filter((x) => x.from === s && !seen.has(x.to))) {
          seen.add(t.to);
          queue.push(t.to);
        }
      }
      expect(seen.has("CLOSED"), state).toBe(true);
    }
  });

  it("every scenario, with any ISNs, replays through the table and keeps seq/ack consistent", () => {
    fc.assert(
      fc.property(fc.constantFrom(...SCENARIOS), isn, isn, (scenario, client, server) => {
        const played = { ...scenario, isn: { client, server } };
        const trace = play(played);
        replayAgrees(startOf(played), trace.steps);
        checkSequenceNumbers(startOf(played), trace.steps);
        const last = trace.steps.at(-1)!;
        expect(last.states.client === "CLOSED" || last.states.client === "ESTABLISHED").toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("near the top of the sequence space the numbers wrap to 0", () => {
    const trace = play({ ...SCENARIOS.find((s) => s.id === "handshake")!, isn: { client: SEQ_SPACE - 1, server: 7 } });
    expect(trace.steps[2]?.segment).toMatchObject({ flags: "SYN,ACK", seq: 7, ack: 0 });
    expect(trace.steps[3]?.segment).toMatchObject({ flags: "ACK", seq: 0, ack: 8 });
  });

  it("any sequence of allowed actions (the sandbox) follows the table and never breaks an invariant", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<"closed" | "established">("closed", "established"),
        isn,
        isn,
        fc.array(fc.tuple(fc.constantFrom<Role>("client", "server"), fc.nat(), fc.boolean()), { maxLength: 30 }),
        (start, client, server, choices) => {
          const initial = startOf({ start, isn: { client, server } });
          let connection = initial;
          for (const [actor, pick, lose] of choices) {
            const options = possibleActions(connection, actor);
            if (options.length === 0) continue;
            const action: Action = { ...options[pick % options.length]!, lose };
            const result = act(connection, action);
            expect(result.ok).toBe(true);
            if (result.ok) connection = result.connection;
          }
          replayAgrees(initial, connection.steps);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
