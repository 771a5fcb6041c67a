import { describe, expect, it } from "vitest";
import { type Action, act, type Connection, establishedConnection, newConnection } from "./connection";
import { play, SCENARIOS, scenarioById } from "./scenarios";
import { formatSegment } from "./segment";

function wire(id: string): string[] {
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(id);
  return play(scenario).steps.map(
    (s) =>
      `${s.actor} ${s.event}: ${s.segment ? formatSegment(s.segment) : "-"}${s.lost ? " (lost)" : ""} => ${s.states.client} / ${s.states.server}`,
  );
}

describe("scenarios", () => {
  it("ships every scenario the app promises, with unique ids", () => {
    const ids = SCENARIOS.map((s) => s.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        "handshake",
        "teardown",
        "teardown-combined",
        "simultaneous-open",
        "simultaneous-close",
        "half-close",
        "handshake-lost-ack",
        "teardown-lost-ack",
        "abort",
        "refused",
      ]),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("handshake: SYN seq=x, SYN,ACK seq=y ack=x+1, ACK seq=x+1 ack=y+1", () => {
    expect(wire("handshake")).toEqual([
      "server passive OPEN: - => CLOSED / LISTEN",
      "client active OPEN: SYN seq=4000 => SYN-SENT / LISTEN",
      "server rcv SYN: SYN,ACK seq=9000 ack=4001 => SYN-SENT / SYN-RECEIVED",
      "client rcv SYN,ACK: ACK seq=4001 ack=9001 => ESTABLISHED / SYN-RECEIVED",
      "server rcv ACK of SYN: - => ESTABLISHED / ESTABLISHED",
    ]);
  });

  it("teardown: the client waits in TIME-WAIT, the server goes from LAST-ACK straight to CLOSED", () => {
    expect(wire("teardown")).toEqual([
      "client CLOSE: FIN,ACK seq=4001 ack=9001 => FIN-WAIT-1 / ESTABLISHED",
      "server rcv FIN: ACK seq=9001 ack=4002 => FIN-WAIT-1 / CLOSE-WAIT",
      "client rcv ACK of FIN: - => FIN-WAIT-2 / CLOSE-WAIT",
      "server CLOSE: FIN,ACK seq=9001 ack=4002 => FIN-WAIT-2 / LAST-ACK",
      "client rcv FIN: ACK seq=4002 ack=9002 => TIME-WAIT / LAST-ACK",
      "server rcv ACK of FIN: - => TIME-WAIT / CLOSED",
      "client timeout=2MSL: - => CLOSED / CLOSED",
    ]);
  });

  it("teardown-combined: one FIN,ACK acknowledges the client's FIN, and FIN-WAIT-1 goes straight to TIME-WAIT", () => {
    expect(wire("teardown-combined")).toEqual([
      "client CLOSE: FIN,ACK seq=4001 ack=9001 => FIN-WAIT-1 / ESTABLISHED",
      "server rcv FIN: - => FIN-WAIT-1 / CLOSE-WAIT",
      "server CLOSE: FIN,ACK seq=9001 ack=4002 => FIN-WAIT-1 / LAST-ACK",
      "client rcv FIN and ACK of FIN: ACK seq=4002 ack=9002 => TIME-WAIT / LAST-ACK",
      "server rcv ACK of FIN: - => TIME-WAIT / CLOSED",
      "client timeout=2MSL: - => CLOSED / CLOSED",
    ]);
  });

  it("simultaneous open: both sides pass through SYN-RECEIVED and each repeats its SYN in a SYN,ACK", () => {
    expect(wire("simultaneous-open")).toEqual([
      "client active OPEN: SYN seq=4000 => SYN-SENT / CLOSED",
      "server active OPEN: SYN seq=9000 => SYN-SENT / SYN-SENT",
      "client rcv SYN: SYN,ACK seq=4000 ack=9001 => SYN-RECEIVED / SYN-SENT",
      "server rcv SYN: SYN,ACK seq=9000 ack=4001 => SYN-RECEIVED / SYN-RECEIVED",
      "client rcv SYN,ACK: ACK seq=4001 ack=9001 => ESTABLISHED / SYN-RECEIVED",
      "server rcv SYN,ACK: ACK seq=9001 ack=4001 => ESTABLISHED / ESTABLISHED",
    ]);
  });

  it("simultaneous close: both sides go through CLOSING and both wait in TIME-WAIT", () => {
    const steps = wire("simultaneous-close");
    expect(steps.slice(0, 4)).toEqual([
      "client CLOSE: FIN,ACK seq=4001 ack=9001 => FIN-WAIT-1 / ESTABLISHED",
      "server CLOSE: FIN,ACK seq=9001 ack=4001 => FIN-WAIT-1 / FIN-WAIT-1",
      "client rcv FIN: ACK seq=4002 ack=9002 => CLOSING / FIN-WAIT-1",
      "server rcv FIN: ACK seq=9002 ack=4002 => CLOSING / CLOSING",
    ]);
    expect(steps.at(-1)).toBe("server timeout=2MSL: - => CLOSED / CLOSED");
  });

  it("half-close: data sent in CLOSE-WAIT advances the server's FIN by its length", () => {
    const steps = wire("half-close");
    expect(steps).toContain("server SEND: ACK seq=9001 ack=4002 len=100 => FIN-WAIT-2 / CLOSE-WAIT");
    expect(steps).toContain("client rcv data: ACK seq=4002 ack=9101 => FIN-WAIT-2 / CLOSE-WAIT");
    expect(steps).toContain("server CLOSE: FIN,ACK seq=9101 ack=4002 => FIN-WAIT-2 / LAST-ACK");
    expect(steps).toContain("client rcv FIN: ACK seq=4002 ack=9102 => TIME-WAIT / LAST-ACK");
  });

  it("handshake-lost-ack: the server stays in SYN-RECEIVED and resends the same SYN,ACK", () => {
    expect(wire("handshake-lost-ack").slice(3)).toEqual([
      "client rcv SYN,ACK: ACK seq=4001 ack=9001 (lost) => ESTABLISHED / SYN-RECEIVED",
      "server timeout=RTO: SYN,ACK seq=9000 ack=4001 => ESTABLISHED / SYN-RECEIVED",
      "client rcv SYN,ACK: ACK seq=4001 ack=9001 => ESTABLISHED / SYN-RECEIVED",
      "server rcv ACK of SYN: - => ESTABLISHED / ESTABLISHED",
    ]);
  });

  it("teardown-lost-ack: the resent FIN finds the client still in TIME-WAIT, which acknowledges it again", () => {
    expect(wire("teardown-lost-ack").slice(4)).toEqual([
      "client rcv FIN: ACK seq=4002 ack=9002 (lost) => TIME-WAIT / LAST-ACK",
      "server timeout=RTO: FIN,ACK seq=9001 ack=4002 => TIME-WAIT / LAST-ACK",
      "client rcv FIN: ACK seq=4002 ack=9002 => TIME-WAIT / LAST-ACK",
      "server rcv ACK of FIN: - => TIME-WAIT / CLOSED",
      "client timeout=2MSL: - => CLOSED / CLOSED",
    ]);
  });

  it("abort: one RST at SND.NXT, no FIN and no TIME-WAIT", () => {
    expect(wire("abort")).toEqual([
      "client ABORT: RST seq=4001 => CLOSED / ESTABLISHED",
      "server rcv RST: - => CLOSED / CLOSED",
    ]);
  });

  it("refused: a closed port answers RST,ACK seq=0 ack=ISN+1", () => {
    expect(wire("refused")).toEqual([
      "client active OPEN: SYN seq=4000 => SYN-SENT / CLOSED",
      "server rcv SYN: RST,ACK seq=0 ack=4001 => SYN-SENT / CLOSED",
      "client rcv RST: - => CLOSED / CLOSED",
    ]);
  });

  it("explains every step in English and Chinese with the numbers on the wire", () => {
    const step = play(scenarioById("handshake")!).steps[2]!;
    expect(step.explain.en).toContain("SYN,ACK seq=9000 ack=4001");
    expect(step.explain.en).toContain("4000 + 1 = 4001");
    expect(step.explain.zh).toContain("SYN-RECEIVED");
    expect(step.explain.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});

/** Plays actions that must all be allowed. */
function run(connection: Connection, actions: readonly Action[]): Connection {
  let c = connection;
  for (const action of actions) {
    const r = act(c, action);
    if (!r.ok) throw new Error(r.reason.en);
    c = r.connection;
  }
  return c;
}

describe("actions RFC 9293 does not allow", () => {
  it("refuses CLOSE in FIN-WAIT-2 with 'connection closing', changing nothing", () => {
    let connection = establishedConnection({ client: 1, server: 2 });
    for (const action of [
      { actor: "client", do: "CLOSE" },
      { actor: "server", do: "deliver" },
      { actor: "client", do: "deliver" },
    ] as const) {
      const r = act(connection, action);
      if (!r.ok) throw new Error(r.reason.en);
      connection = r.connection;
    }
    const result = act(connection, { actor: "client", do: "CLOSE" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason.en).toContain("connection closing");
  });

  it("answers data reaching a side with no connection with <SEQ=SEG.ACK><CTL=RST> (§3.10.7.1)", () => {
    // The client aborts; the server's data then reaches a side with no connection.
    const connection = run(establishedConnection({ client: 1, server: 2 }), [
      { actor: "client", do: "ABORT" },
      { actor: "server", do: "SEND", bytes: 10 },
    ]);
    const result = act(connection, { actor: "client", do: "deliver" });
    expect(result.ok && result.step.segment).toMatchObject({ flags: "RST", seq: 2, ack: null });
    expect(result.ok && result.step.states.client).toBe("CLOSED");
  });

  it("says what RFC 9293 does with an arrival the table does not play: data beyond RCV.NXT is held", () => {
    const connection = run(establishedConnection({ client: 1, server: 2 }), [
      { actor: "client", do: "SEND", bytes: 10, lose: true },
      { actor: "client", do: "SEND", bytes: 10 },
    ]);
    const result = act(connection, { actor: "server", do: "deliver" });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason.en).toContain("held until the gap is filled");
    expect(!result.ok && result.reason.zh).toContain("§3.10.7.4");
  });

  it("drops a RST without an ACK of its SYN in SYN-SENT (§3.10.7.3), leaving the client in SYN-SENT", () => {
    // The server's SYN,ACK is lost and it aborts: its bare RST reaches a client still waiting in SYN-SENT.
    const connection = run(newConnection({ client: 100, server: 300 }), [
      { actor: "server", do: "passive OPEN" },
      { actor: "client", do: "active OPEN" },
      { actor: "server", do: "deliver", lose: true },
      { actor: "server", do: "ABORT" },
    ]);
    expect(connection.endpoints.client.state).toBe("SYN-SENT");
    const result = act(connection, { actor: "client", do: "deliver" });
    expect(result.ok && result.step).toMatchObject({
      segment: null,
      states: { client: "SYN-SENT" },
      transition: { when: "no-syn-ack" },
    });
  });

  it("refuses to deliver when nothing is in flight, and 2MSL outside TIME-WAIT", () => {
    const connection = newConnection({ client: 1, server: 2 });
    expect(act(connection, { actor: "server", do: "deliver" }).ok).toBe(false);
    expect(act(connection, { actor: "client", do: "timeout=2MSL" }).ok).toBe(false);
    expect(act(connection, { actor: "client", do: "CLOSE" })).toMatchObject({
      ok: false,
      reason: { en: expect.stringContaining("does not exist") },
    });
  });
});

describe("data on a segment whose arc sends nothing", () => {
  it("acknowledges data that rides on the handshake's last ACK, though the arc itself sends nothing", () => {
    // The client's ACK of the SYN,ACK is lost; its first data segment carries the same acknowledgment.
    const connection = run(newConnection({ client: 100, server: 300 }), [
      { actor: "server", do: "passive OPEN" },
      { actor: "client", do: "active OPEN" },
      { actor: "server", do: "deliver" },
      { actor: "client", do: "deliver", lose: true },
      { actor: "client", do: "SEND", bytes: 5 },
      { actor: "server", do: "deliver" },
    ]);
    const step = connection.steps.at(-1);
    expect(step?.states.server).toBe("ESTABLISHED");
    expect(step?.segment && formatSegment(step.segment)).toBe("ACK seq=301 ack=106");
  });
});
