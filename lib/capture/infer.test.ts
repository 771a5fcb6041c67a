import { describe, expect, it } from "vitest";
import { type CapturedSegment, connectionsOf } from "./connections";
import { TCP_FLAG } from "./flags";
import { explainConnection, type SegmentReport } from "./infer";
import { captureQuestions } from "./quiz";

const C = { addr: "10.0.0.1", port: 40001 };
const S = { addr: "10.0.0.2", port: 80 };

type Wire = [from: "c" | "s", flags: string, seq: number, ack: number, len?: number, window?: number];

/** Segments as a capture lists them: who sent it, its bits ("S", "SA", "A", "PA", "FA", "R", "RA"), seq, ack, length. */
function capture(...wire: Wire[]): CapturedSegment[] {
  return wire.map(([from, bits, seq, ack, len = 0, window = 64240], i) => {
    let flags = 0;
    for (const ch of bits) {
      flags |= { S: TCP_FLAG.SYN, A: TCP_FLAG.ACK, F: TCP_FLAG.FIN, R: TCP_FLAG.RST, P: TCP_FLAG.PSH }[ch] ?? 0;
    }
    const [a, b] = from === "c" ? [C, S] : [S, C];
    return {
      frame: i + 1,
      time: 1_700_000_000 + i / 10,
      src: a.addr,
      dst: b.addr,
      srcPort: a.port,
      dstPort: b.port,
      flags,
      seq,
      ack,
      len,
      window,
      windowScale: null,
    };
  });
}

function explain(...wire: Wire[]) {
  const [connection] = connectionsOf(capture(...wire));
  if (!connection) throw new Error("no connection");
  return explainConnection(connection);
}

const states = (segments: SegmentReport[]) => segments.map((s) => `${s.states.client} ${s.states.server}`);

const HANDSHAKE: Wire[] = [
  ["c", "S", 1000, 0],
  ["s", "SA", 5000, 1001],
  ["c", "A", 1001, 5001],
];

describe("a captured connection explained by the model", () => {
  it("a handshake, data each way and a close by the client: both sides' states after every segment", () => {
    const x = explain(
      ...HANDSHAKE,
      ["c", "PA", 1001, 5001, 100],
      ["s", "A", 5001, 1101],
      ["s", "PA", 5001, 1101, 200],
      ["c", "A", 1101, 5201],
      ["c", "FA", 1101, 5201],
      ["s", "A", 5201, 1102],
      ["s", "FA", 5201, 1102],
      ["c", "A", 1102, 5202],
    );
    expect(states(x.segments)).toEqual([
      "SYN-SENT SYN-RECEIVED",
      "ESTABLISHED SYN-RECEIVED",
      "ESTABLISHED ESTABLISHED",
      "ESTABLISHED ESTABLISHED",
      "ESTABLISHED ESTABLISHED",
      "ESTABLISHED ESTABLISHED",
      "ESTABLISHED ESTABLISHED",
      "FIN-WAIT-1 CLOSE-WAIT",
      "FIN-WAIT-2 CLOSE-WAIT",
      "TIME-WAIT LAST-ACK",
      "TIME-WAIT CLOSED",
    ]);
    expect(x.segments[1]?.answers).toBe(1);
    expect(x.segments[3]?.did).toContain("new data");
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(x.isn).toEqual({ client: 1000, server: 5000 });
  });

  it("an ACK that rides on data instead of going alone is the model's ACK held back", () => {
    const x = explain(...HANDSHAKE, ["c", "PA", 1001, 5001, 10], ["s", "PA", 5001, 1011, 20], ["c", "A", 1011, 5021]);
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(x.steps.some((s) => s.ackDelayed)).toBe(true);
  });

  it("a connection refused: SYN, RST,ACK, and the client back in CLOSED", () => {
    const x = explain(["c", "S", 1000, 0], ["s", "RA", 0, 1001]);
    expect(states(x.segments)).toEqual(["SYN-SENT CLOSED", "CLOSED CLOSED"]);
    expect(x.segments[1]?.answers).toBe(1);
  });

  it("a SYN sent twice with no answer between is a lost SYN and a retransmission", () => {
    const x = explain(["c", "S", 1000, 0], ["c", "S", 1000, 0], ["s", "SA", 5000, 1001], ["c", "A", 1001, 5001]);
    expect(x.segments[0]?.did).toContain("lost");
    expect(x.segments[1]?.did).toContain("retransmission");
    expect(states(x.segments)).toEqual([
      "SYN-SENT LISTEN",
      "SYN-SENT SYN-RECEIVED",
      "ESTABLISHED SYN-RECEIVED",
      "ESTABLISHED ESTABLISHED",
    ]);
  });

  it("a SYN no one answers leaves the server unknown, and nothing is said about what it would have done", () => {
    const x = explain(["c", "S", 1000, 0], ["c", "S", 1000, 0], ["c", "S", 1000, 0]);
    expect(states(x.segments)).toEqual(["SYN-SENT unknown", "SYN-SENT unknown", "SYN-SENT unknown"]);
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(x.segments.slice(1).every((s) => s.did.includes("retransmission"))).toBe(true);
  });

  it("FINs that cross on the wire are a simultaneous close: CLOSING on both sides, then TIME-WAIT", () => {
    const x = explain(
      ...HANDSHAKE,
      ["c", "FA", 1001, 5001],
      ["s", "FA", 5001, 1001],
      ["c", "A", 1002, 5002],
      ["s", "A", 5002, 1002],
    );
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    const client = new Set(x.steps.map((s) => s.states.client));
    const server = new Set(x.steps.map((s) => s.states.server));
    for (const seen of [client, server]) expect([...seen]).toEqual(expect.arrayContaining(["CLOSING", "TIME-WAIT"]));
    expect(states(x.segments).at(-1)).toBe("TIME-WAIT TIME-WAIT");
  });

  it("a final ACK lost: the server resends its FIN from LAST-ACK and TIME-WAIT acknowledges it again", () => {
    const x = explain(
      ...HANDSHAKE,
      ["c", "FA", 1001, 5001],
      ["s", "A", 5001, 1002],
      ["s", "FA", 5001, 1002],
      ["c", "A", 1002, 5002],
      ["s", "FA", 5001, 1002],
      ["c", "A", 1002, 5002],
    );
    expect(x.segments[6]?.did).toEqual(["lost"]);
    expect(x.segments[7]?.did).toContain("retransmission");
    expect(states(x.segments).slice(5)).toEqual([
      "TIME-WAIT LAST-ACK",
      "TIME-WAIT LAST-ACK",
      "TIME-WAIT LAST-ACK",
      "TIME-WAIT CLOSED",
    ]);
  });

  it("data and FIN in one segment close after the data", () => {
    const x = explain(...HANDSHAKE, ["c", "FPA", 1001, 5001, 50], ["s", "A", 5001, 1052]);
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(states(x.segments).slice(3)).toEqual(["FIN-WAIT-1 CLOSE-WAIT", "FIN-WAIT-2 CLOSE-WAIT"]);
  });

  it("a connection open before the capture began is unknown until a FIN shows where the sides are", () => {
    const x = explain(
      ["c", "PA", 7000, 3000, 10],
      ["s", "A", 3000, 7010],
      ["c", "FA", 7010, 3000],
      ["s", "A", 3000, 7011],
    );
    expect(states(x.segments)).toEqual([
      "unknown unknown",
      "unknown unknown",
      "FIN-WAIT-1 CLOSE-WAIT",
      "FIN-WAIT-2 CLOSE-WAIT",
    ]);
    // The server's first ACK already counts the first segment: that is no duplicate, it is the data it acknowledges.
    expect(x.segments[0]?.did).toEqual(["acceptable", "new data"]);
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
  });

  it("a segment RFC 9293 would not send is flagged with the section", () => {
    const x = explain(...HANDSHAKE, ["c", "A", 9999, 5001, 10]);
    const findings = x.segments[3]?.findings ?? [];
    expect(findings.length).toBeGreaterThan(0);
  });

  it("a simultaneous open is one connection: both sides SYN-SENT, SYN-RECEIVED, ESTABLISHED (Figure 7)", () => {
    const [c, ...others] = connectionsOf(
      capture(
        ["c", "S", 1000, 0],
        ["s", "S", 5000, 0],
        ["c", "SA", 1000, 5001],
        ["s", "SA", 5000, 1001],
        ["c", "A", 1001, 5001],
        ["s", "A", 5001, 1001],
      ),
    );
    expect(others).toEqual([]);
    const x = explainConnection(c as NonNullable<typeof c>);
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    for (const role of ["client", "server"] as const) {
      const seen = [x.beginning[role].state, ...x.steps.map((s) => s.states[role])].filter((s, i, a) => s !== a[i - 1]);
      expect(seen).toEqual(["CLOSED", "SYN-SENT", "SYN-RECEIVED", "ESTABLISHED"]);
    }
  });

  it("a zero window probed as Linux probes it, one below SND.UNA, is no new data; the data after the window opens is", () => {
    const x = explain(
      ...HANDSHAKE,
      ["c", "PA", 1001, 5001, 100],
      ["s", "A", 5001, 1101, 0, 0],
      ["c", "A", 1100, 5001],
      ["s", "A", 5001, 1101, 0, 0],
      ["s", "A", 5001, 1101, 0, 65535],
      ["c", "PA", 1101, 5001, 100],
      ["s", "A", 5001, 1201],
      ["c", "FA", 1201, 5001],
      ["s", "FA", 5001, 1202],
      ["c", "A", 1202, 5002],
    );
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(x.segments[5]?.did).toEqual(["keep-alive"]);
    expect(x.segments[8]?.did).toContain("new data");
    expect(states(x.segments).at(-1)).toBe("TIME-WAIT CLOSED");
  });

  it("a keep-alive, one below SND.NXT, is told as one and its ACK is no surprise (§3.8.4)", () => {
    const x = explain(
      ...HANDSHAKE,
      ["c", "PA", 1001, 5001, 10],
      ["s", "A", 5001, 1011],
      ["c", "A", 1010, 5001],
      ["s", "A", 5001, 1011],
    );
    expect(x.segments[5]?.did).toEqual(["keep-alive"]);
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(x.segments.some((s) => s.did.includes("lost"))).toBe(false);
  });

  it("an ACK on its own from FIN-WAIT-2 (a window update) is nothing RFC 9293 forbids", () => {
    const x = explain(...HANDSHAKE, ["c", "FA", 1001, 5001], ["s", "A", 5001, 1002], ["c", "A", 1002, 5001]);
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(states(x.segments).at(-1)).toBe("FIN-WAIT-2 CLOSE-WAIT");
  });

  it("a segment that crossed shows its sender as it was when it sent it, not what happened to it meanwhile", () => {
    const x = explain(
      ...HANDSHAKE,
      ["c", "FA", 1001, 5001],
      ["s", "FA", 5001, 1001],
      ["c", "A", 1002, 5002],
      ["s", "A", 5002, 1002],
    );
    expect(x.segments[3]?.states.client).toBe("FIN-WAIT-1");
    expect(x.segments[4]?.states.server).toBe("FIN-WAIT-1");
  });

  it("a long transfer the receiver never acknowledges till the end is explained without the replies piling up", () => {
    const data: Wire[] = Array.from({ length: 20_000 }, (_, i) => ["c", "PA", 1001 + i * 10, 5001, 10]);
    const x = explain(...HANDSHAKE, ...data, ["s", "A", 5001, 1001 + 20_000 * 10]);
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(x.steps.filter((s) => s.ackDelayed).length).toBe(19_999);
  });
  it("data beyond RCV.NXT is held until the lost segment before it is retransmitted, then both are acknowledged at once", () => {
    const x = explain(
      ...HANDSHAKE,
      ["c", "PA", 1001, 5001, 10],
      ["c", "PA", 1011, 5001, 10],
      ["s", "A", 5001, 1001],
      ["c", "PA", 1001, 5001, 10],
      ["s", "A", 5001, 1021],
    );
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(x.segments[3]?.did).toEqual(["lost"]);
    expect(x.segments[4]?.did).toEqual(["acceptable", "out of order", "new data"]);
    expect(x.segments[5]?.did).toEqual(["duplicate ACK", "acceptable"]);
    expect(x.segments[6]?.did).toEqual(["retransmission", "acceptable", "new data"]);
    // The held segment is processed after the retransmission that fills the gap before it.
    expect(x.segments[4]?.arrivedAt).toBeGreaterThan(x.segments[6]?.arrivedAt ?? Infinity);
  });

  it("a FIN beyond RCV.NXT does not close until the data before it arrives", () => {
    const x = explain(
      ...HANDSHAKE,
      ["c", "PA", 1001, 5001, 10],
      ["c", "FA", 1011, 5001],
      ["s", "A", 5001, 1001],
      ["c", "PA", 1001, 5001, 10],
      ["s", "A", 5001, 1012],
    );
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(states(x.segments).slice(4)).toEqual([
      "FIN-WAIT-1 ESTABLISHED",
      "FIN-WAIT-1 ESTABLISHED",
      "FIN-WAIT-1 CLOSE-WAIT",
      "FIN-WAIT-2 CLOSE-WAIT",
    ]);
  });

  it("a segment the capture dropped is told as not captured, and the receiver's ACK of it is no surprise", () => {
    const x = explain(
      ...HANDSHAKE,
      ["c", "PA", 1011, 5001, 10],
      ["s", "A", 5001, 1021],
      ["c", "PA", 1021, 5001, 10],
      ["s", "A", 5001, 1031],
    );
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(x.segments[3]?.did).toEqual(["previous not captured", "acceptable", "new data"]);
  });

  it("a retransmission cut otherwise than first sent is a retransmission, not a segment RFC 9293 would not send", () => {
    const x = explain(
      ...HANDSHAKE,
      ["c", "PA", 1001, 5001, 10],
      ["c", "PA", 1011, 5001, 10],
      ["c", "PA", 1001, 5001, 20],
      ["s", "A", 5001, 1021],
    );
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(x.segments[5]?.did).toContain("retransmission");
    expect(x.steps[x.segments[5]?.sentAt ?? -1]?.segment).toMatchObject({ seq: 1001, len: 20 });
  });

  it("RFC 9293's zero-window probe, one byte of new data, and the data after the window opens that resends it", () => {
    const x = explain(
      ...HANDSHAKE,
      ["c", "PA", 1001, 5001, 100],
      ["s", "A", 5001, 1101, 0, 0],
      ["c", "PA", 1101, 5001, 1],
      ["s", "A", 5001, 1101, 0, 0],
      ["s", "A", 5001, 1101, 0, 65535],
      ["c", "PA", 1101, 5001, 100],
      ["s", "A", 5001, 1201],
    );
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(x.segments[5]?.did).toEqual(["zero-window probe", "not acceptable"]);
    expect(x.segments[8]?.did).toEqual(["retransmission", "acceptable", "new data"]);
  });

  it("a capture that begins at the SYN,ACK starts the client in SYN-SENT and the server in SYN-RECEIVED", () => {
    const x = explain(
      ["s", "SA", 5000, 1001],
      ["c", "A", 1001, 5001],
      ["c", "PA", 1001, 5001, 10],
      ["s", "A", 5001, 1011],
    );
    expect(x.beginning.client.state).toBe("SYN-SENT");
    expect(x.beginning.server.state).toBe("SYN-RECEIVED");
    expect(x.isn).toEqual({ client: 1000, server: 5000 });
    expect(states(x.segments)).toEqual([
      "ESTABLISHED SYN-RECEIVED",
      "ESTABLISHED ESTABLISHED",
      "ESTABLISHED ESTABLISHED",
      "ESTABLISHED ESTABLISHED",
    ]);
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(x.segments[0]?.did).not.toContain("retransmission");
  });

  it("a RST without ACK answering a SYN is flagged on the RST, and SYN-SENT drops it (§3.10.7.3)", () => {
    const x = explain(["c", "S", 1000, 0], ["s", "R", 0, 0]);
    expect(x.segments[0]?.findings).toEqual([]);
    expect(x.segments[1]?.findings.map((f) => f.text.en)).toEqual([
      "RFC 9293 answers #1 with <SEQ=0><ACK=1001><CTL=RST,ACK>; this is <SEQ=0><CTL=RST>.",
    ]);
    expect(x.segments[1]?.answers).toBe(1);
    expect(states(x.segments)).toEqual(["SYN-SENT CLOSED", "SYN-SENT CLOSED"]);
  });

  it("a SYN,ACK acknowledging the wrong number is flagged on itself, and the client's RST is its answer", () => {
    const x = explain(
      ["c", "S", 1000, 0],
      ["s", "SA", 5000, 7777],
      ["c", "R", 7777, 0],
      ["s", "SA", 5000, 1001],
      ["c", "A", 1001, 5001],
    );
    expect(x.segments[0]?.findings).toEqual([]);
    expect(x.segments[1]?.findings.filter((f) => f.kind === "rfc").map((f) => f.text.en)).toEqual([
      "RFC 9293 answers #1 with <SEQ=5000><ACK=1001><CTL=SYN,ACK>; this is <SEQ=5000><ACK=7777><CTL=SYN,ACK>.",
    ]);
    expect(x.segments[1]?.did).not.toContain("lost");
    expect(x.segments[2]?.answers).toBe(2);
    expect(x.segments[2]?.findings).toEqual([]);
    expect(states(x.segments).at(-1)).toBe("ESTABLISHED ESTABLISHED");
  });

  it("a spurious retransmission, acknowledged twice, leaves the original arrived: the copy is the duplicate", () => {
    const x = explain(
      ...HANDSHAKE,
      ["c", "PA", 1001, 5001, 10],
      ["c", "PA", 1001, 5001, 10],
      ["s", "A", 5001, 1011],
      ["s", "A", 5001, 1011],
    );
    expect(x.segments.flatMap((s) => s.findings)).toEqual([]);
    expect(x.segments[3]?.did).toEqual(["acceptable", "new data"]);
    expect(x.segments[4]?.did).toEqual(["retransmission", "not acceptable", "duplicate"]);
  });

  it("the quiz never asks what a held FIN did on arrival: it is processed later, once the gap is filled", () => {
    const x = explain(
      ...HANDSHAKE,
      ["c", "PA", 1001, 5001, 10],
      ["c", "FA", 1011, 5001],
      ["s", "A", 5001, 1001],
      ["c", "PA", 1001, 5001, 10],
      ["s", "A", 5001, 1012],
    );
    const fin = x.segments[4] as SegmentReport;
    const processed = x.steps[fin.arrivedAt ?? -1];
    expect(processed?.transition).toMatchObject({ from: "ESTABLISHED", to: "CLOSE-WAIT" });
    const questions = captureQuestions(x, 100);
    expect(questions.length).toBeGreaterThan(0);
    // Asked about its sending (FIN-WAIT-1), never about its arrival.
    expect(questions.filter((q) => q.frame === fin.frame).map((q) => q.answer)).toEqual(["FIN-WAIT-1"]);
  });
});
