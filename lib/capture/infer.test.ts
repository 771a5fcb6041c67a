import { describe, expect, it } from "vitest";
import { type CapturedSegment, connectionsOf } from "./connections";
import { TCP_FLAG } from "./flags";
import { explainConnection, type SegmentReport } from "./infer";

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
});
