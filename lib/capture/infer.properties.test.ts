// Whatever a capture holds (segments in any order, with any bits and numbers, from either side), explaining it
// never throws, never leaves a state that is not RFC 9293's, and says something for every segment.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isState } from "@/lib/tcp";
import { type CapturedSegment, connectionsOf } from "./connections";
import { TCP_FLAG } from "./flags";
import { explainConnection } from "./infer";

const BITS = [TCP_FLAG.SYN, TCP_FLAG.ACK, TCP_FLAG.FIN, TCP_FLAG.RST, TCP_FLAG.PSH, TCP_FLAG.URG];

/** Numbers near a few ISNs, so that many segments land in or near the window, and some anywhere at all. */
const number = fc.oneof(
  fc.integer({ min: 990, max: 1200 }),
  fc.integer({ min: 4990, max: 5200 }),
  fc.integer({ min: 0, max: 2 ** 32 - 1 }),
);

const segment = fc.record({
  fromClient: fc.boolean(),
  flags: fc.subarray(BITS).map((bits) => bits.reduce((a, b) => a | b, 0)),
  seq: number,
  ack: number,
  len: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 200 })),
});

function capture(segments: fc.Arbitrary<(typeof segment extends fc.Arbitrary<infer T> ? T : never)[]>) {
  return segments.map((list) =>
    list.map(
      (s, i): CapturedSegment => ({
        frame: i + 1,
        time: i / 100,
        src: s.fromClient ? "10.0.0.1" : "10.0.0.2",
        dst: s.fromClient ? "10.0.0.2" : "10.0.0.1",
        srcPort: s.fromClient ? 40001 : 80,
        dstPort: s.fromClient ? 80 : 40001,
        flags: s.flags,
        seq: s.seq,
        ack: s.ack,
        len: s.len,
        window: 1000,
        windowScale: null,
      }),
    ),
  );
}

/** A handshake first, then anything: most random segments then meet a synchronized connection. */
const afterHandshake = fc
  .array(segment, { maxLength: 30 })
  .map((rest) => [
    { fromClient: true, flags: TCP_FLAG.SYN, seq: 1000, ack: 0, len: 0 },
    { fromClient: false, flags: TCP_FLAG.SYN | TCP_FLAG.ACK, seq: 5000, ack: 1001, len: 0 },
    { fromClient: true, flags: TCP_FLAG.ACK, seq: 1001, ack: 5001, len: 0 },
    ...rest,
  ]);

describe("explaining any capture", () => {
  for (const [name, arbitrary] of [
    ["random segments", capture(fc.array(segment, { minLength: 1, maxLength: 30 }))],
    ["random segments after a handshake", capture(afterHandshake)],
  ] as const) {
    it(`${name}: never throws, every state is RFC 9293's or unknown, every segment reported once`, () => {
      fc.assert(
        fc.property(arbitrary, (packets) => {
          for (const c of connectionsOf(packets)) {
            const x = explainConnection(c);
            expect(x.segments.map((s) => s.frame)).toEqual(c.segments.map((p) => p.frame));
            for (const s of x.segments) {
              for (const state of Object.values(s.states)) expect(state === "unknown" || isState(state)).toBe(true);
            }
          }
        }),
        { numRuns: 400, seed: 9293 },
      );
    });
  }
});
