// An explained capture as JSON: what `npm run -s cli -- capture <file>` prints, one connection at a time.
import type { ExplainedConnection } from "./infer";

/** One connection: its endpoints, and each segment with the numbers on the wire and both sides' states after it. */
export function connectionJson(x: ExplainedConnection) {
  const c = x.connection;
  return {
    client: c.client,
    server: c.server,
    segments: x.segments.map((s) => ({
      frame: s.frame,
      from: s.from,
      flags: s.flags,
      seq: s.seq,
      ack: s.ack,
      len: s.len,
      states: s.states,
      time: s.time,
      did: s.did,
      answers: s.answers,
      findings: s.findings.map((f) => ({ kind: f.kind, section: f.section, text: f.text.en })),
    })),
    id: c.id,
    fromStart: c.fromStart,
    start: c.start,
    end: c.end,
    ending: c.ending,
    bytes: c.bytes,
    isn: x.isn,
  };
}
