import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { playWithIsn, segmentsWithIsn, stepWithIsn } from "./replay";
import { play, SCENARIOS } from "./scenarios";
import { SEQ_SPACE } from "./segment";

const isn = fc.integer({ min: 0, max: SEQ_SPACE - 1 });
const EDGES = [0, 1, 1000, 99_999, SEQ_SPACE - 2, SEQ_SPACE - 1];

describe("playWithIsn", () => {
  // JSON, not toEqual: the narration is part of the trace and must come out word for word (and number for number).
  it.each(SCENARIOS.map((s) => [s.id, s] as const))("%s: gives what play gives, for any ISNs", (_, scenario) => {
    for (const client of EDGES)
      for (const server of EDGES)
        expect(JSON.stringify(playWithIsn(scenario, { client, server }))).toBe(
          JSON.stringify(play({ ...scenario, isn: { client, server } })),
        );
    fc.assert(
      fc.property(isn, isn, (client, server) => {
        expect(JSON.stringify(playWithIsn(scenario, { client, server }))).toBe(
          JSON.stringify(play({ ...scenario, isn: { client, server } })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    "%s: one step, or the segments alone, are those of the whole trace",
    (_, scenario) => {
      fc.assert(
        fc.property(isn, isn, (client, server) => {
          const played = play({ ...scenario, isn: { client, server } });
          played.steps.forEach((step, i) => {
            expect(JSON.stringify(stepWithIsn(scenario, { client, server }, i))).toBe(JSON.stringify(step));
          });
          expect(stepWithIsn(scenario, { client, server }, played.steps.length)).toBeUndefined();
          expect(segmentsWithIsn(scenario, { client, server })).toEqual(played.steps.map((s) => s.segment));
        }),
        { numRuns: 100 },
      );
    },
  );

  it("gives each caller a trace of its own: changing one changes no other", () => {
    const scenario = SCENARIOS.find((s) => s.id === "handshake");
    if (!scenario) throw new Error("no handshake scenario");
    const first = playWithIsn(scenario, { client: 1000, server: 2000 });
    const untouched = JSON.stringify(playWithIsn(scenario, { client: 1000, server: 2000 }));
    const step = first.steps[2];
    if (!step?.segment || !step.received) throw new Error("the handshake's SYN,ACK step is missing");
    step.segment.ack = 1;
    step.received.segment.seq = 1;
    step.states.client = "CLOSED";
    step.timers.server.push("2MSL");
    first.isn.client = 1;
    first.initial.server = "LISTEN";
    first.steps.pop();
    expect(JSON.stringify(playWithIsn(scenario, { client: 1000, server: 2000 }))).toBe(untouched);
  });
});
