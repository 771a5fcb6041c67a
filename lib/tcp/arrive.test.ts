import { describe, expect, it } from "vitest";
import { CHECK_ORDER, checkText, processArrival } from "./arrive";
import { establishedConnection, newConnection } from "./connection";
import type { Segment } from "./segment";
import { closedEndpoint, type Endpoint } from "./tcb";
import type { Alternative } from "./transitions";

// The server of an established connection: ISS 9000, IRS 4000, so SND.NXT = 9001 and RCV.NXT = 4001.
const established = (): Endpoint => establishedConnection({ client: 4000, server: 9000 }).endpoints.server;
const seg = (s: Partial<Segment> & Pick<Segment, "flags" | "seq">): Segment => ({
  ack: null,
  len: 0,
  wnd: 65535,
  ...s,
});
const arrive = (e: Endpoint, s: Segment, allow: Alternative[] = []) => {
  const a = processArrival(e, s, new Set(allow));
  if (!a.ok) throw new Error(a.reason.en);
  return a;
};

describe("§3.10.7.1, CLOSED", () => {
  const closed = closedEndpoint(9000);

  it("answers a SYN with <SEQ=0><ACK=SEG.SEQ+SEG.LEN><CTL=RST,ACK>", () => {
    const a = arrive(closed, seg({ flags: "SYN", seq: 4000 }));
    expect(a.reply).toMatchObject({ flags: "RST,ACK", seq: 0, ack: 4001 });
    expect(a.endpoint.state).toBe("CLOSED");
  });

  it("answers an ACK-bearing segment with <SEQ=SEG.ACK><CTL=RST> (Figure 10)", () => {
    const a = arrive(closed, seg({ flags: "ACK", seq: 300, ack: 100, len: 10 }));
    expect(a.reply).toMatchObject({ flags: "RST", seq: 100, ack: null });
    expect(a.transition).toMatchObject({ event: "rcv data", to: "CLOSED", send: "RST" });
  });

  it("discards a RST", () => {
    expect(arrive(closed, seg({ flags: "RST", seq: 1 })).reply).toBeNull();
  });
});

describe("§3.10.7.2, LISTEN", () => {
  const listening = { ...closedEndpoint(300), state: "LISTEN" as const };

  it("answers an ACK with <SEQ=SEG.ACK><CTL=RST> and keeps listening", () => {
    const a = arrive(listening, seg({ flags: "ACK", seq: 5, ack: 77 }));
    expect(a.reply).toMatchObject({ flags: "RST", seq: 77 });
    expect(a.endpoint.state).toBe("LISTEN");
  });

  it("takes a SYN into SYN-RECEIVED: IRS, RCV.NXT, and a SYN,ACK <SEQ=ISS><ACK=RCV.NXT>", () => {
    const a = arrive(listening, seg({ flags: "SYN", seq: 90 }));
    expect(a.reply).toMatchObject({ flags: "SYN,ACK", seq: 300, ack: 91 });
    expect(a.endpoint).toMatchObject({ state: "SYN-RECEIVED", irs: 90, rcvNxt: 91, sndUna: 300, sndNxt: 301 });
    expect(a.checks.map((c) => c.check)).toEqual(["RST", "ACK", "SYN"]);
  });
});

describe("§3.10.7.3, SYN-SENT", () => {
  const synSent = (): Endpoint => ({ ...closedEndpoint(100), state: "SYN-SENT", sndUna: 100, sndNxt: 101 });

  it("a RST that acknowledges the SYN closes (connection refused); one that does not is dropped", () => {
    expect(arrive(synSent(), seg({ flags: "RST,ACK", seq: 0, ack: 101 })).endpoint.state).toBe("CLOSED");
    const bare = arrive(synSent(), seg({ flags: "RST", seq: 0 }));
    expect(bare.endpoint.state).toBe("SYN-SENT");
    expect(bare.transition.when).toBe("no-syn-ack");
    const wrong = arrive(synSent(), seg({ flags: "RST,ACK", seq: 0, ack: 5000 }));
    expect(wrong.endpoint.state).toBe("SYN-SENT");
    expect(wrong.reply).toBeNull();
  });

  it("answers a SYN,ACK whose ACK is unacceptable with <SEQ=SEG.ACK><CTL=RST> and stays (Figure 8, line 5)", () => {
    const a = arrive(synSent(), seg({ flags: "SYN,ACK", seq: 300, ack: 91 }));
    expect(a.reply).toMatchObject({ flags: "RST", seq: 91 });
    expect(a.endpoint.state).toBe("SYN-SENT");
    expect(a.checks[0]).toMatchObject({ check: "ACK", decides: true });
  });

  it("answers a bare ACK from a half-open peer with a RST (Figure 9, line 5)", () => {
    const a = arrive({ ...synSent(), iss: 400, sndUna: 400, sndNxt: 401 }, seg({ flags: "ACK", seq: 300, ack: 100 }));
    expect(a.reply).toMatchObject({ flags: "RST", seq: 100 });
  });

  it("a SYN,ACK that acknowledges the SYN: ESTABLISHED, SND.WND from its window, an ACK back", () => {
    const a = arrive(synSent(), seg({ flags: "SYN,ACK", seq: 300, ack: 101, wnd: 1000 }));
    expect(a.endpoint).toMatchObject({ state: "ESTABLISHED", irs: 300, rcvNxt: 301, sndUna: 101, sndWnd: 1000 });
    expect(a.reply).toMatchObject({ flags: "ACK", seq: 101, ack: 301 });
  });

  it("a SYN alone is a simultaneous open: SYN-RECEIVED, and the SYN again as a SYN,ACK", () => {
    const a = arrive(synSent(), seg({ flags: "SYN", seq: 300 }));
    expect(a.endpoint).toMatchObject({ state: "SYN-RECEIVED", opened: "active" });
    expect(a.reply).toMatchObject({ flags: "SYN,ACK", seq: 100, ack: 301 });
  });
});

describe("§3.10.7.4, the synchronized states", () => {
  it("checks a segment in the RFC's order: sequence number, RST, security, SYN, ACK, URG, text, FIN", () => {
    const a = arrive(established(), seg({ flags: "FIN,ACK", seq: 4001, ack: 9001 }));
    expect(a.checks.map((c) => c.check)).toEqual(CHECK_ORDER);
    expect(a.checks.filter((c) => c.decides).map((c) => c.check)).toEqual(["FIN"]);
    expect(checkText(a.checks[0]!).en).toContain("acceptable");
  });

  it("resets on a RST at exactly RCV.NXT", () => {
    const a = arrive(established(), seg({ flags: "RST", seq: 4001 }));
    expect(a.endpoint.state).toBe("CLOSED");
    expect(a.transition.when).toBe("exact");
  });

  it("answers a RST inside the window but not at RCV.NXT with a challenge ACK and stays (RFC 5961 §3.2)", () => {
    const a = arrive(established(), seg({ flags: "RST", seq: 5001 }));
    expect(a.endpoint.state).toBe("ESTABLISHED");
    expect(a.reply).toMatchObject({ flags: "ACK", seq: 9001, ack: 4001 });
    expect(a.checks.at(-1)).toMatchObject({ check: "RST", decides: true });
  });

  it("drops a RST outside the window, at the sequence number check, without an answer", () => {
    const a = arrive(established(), seg({ flags: "RST", seq: 4001 + 70_000 }));
    expect(a.reply).toBeNull();
    expect(a.checks).toHaveLength(1);
    expect(a.transition.when).toBe("out-of-window");
  });

  it("without RFC 5961 (RFC 793's rule) a RST anywhere in the window resets", () => {
    const a = arrive(established(), seg({ flags: "RST", seq: 5001 }), ["RFC 793"]);
    expect(a.endpoint.state).toBe("CLOSED");
    expect(a.transition.alternative).toBe("RFC 793");
  });

  it("answers a SYN with a challenge ACK <SEQ=SND.NXT><ACK=RCV.NXT> (Figure 9, line 4)", () => {
    const e = { ...established(), sndNxt: 300, sndUna: 300, rcvNxt: 100 };
    const a = arrive(e, seg({ flags: "SYN", seq: 400 }));
    expect(a.reply).toMatchObject({ flags: "ACK", seq: 300, ack: 100 });
    expect(a.endpoint.state).toBe("ESTABLISHED");
  });

  it("acknowledges a retransmitted FIN in CLOSE-WAIT again: it fails the sequence check, at RCV.NXT − 1", () => {
    const e = { ...established(), state: "CLOSE-WAIT" as const, rcvNxt: 4002 };
    const a = arrive(e, seg({ flags: "FIN,ACK", seq: 4001, ack: 9001 }));
    expect(a.reply).toMatchObject({ flags: "ACK", seq: 9001, ack: 4002 });
    expect(a.checks).toHaveLength(1);
    expect(a.restartsTimeWait).toBe(false);
  });

  it("restarts the 2MSL timer on a retransmitted FIN in TIME-WAIT", () => {
    const e = { ...established(), state: "TIME-WAIT" as const, rcvNxt: 4002 };
    expect(arrive(e, seg({ flags: "FIN,ACK", seq: 4001, ack: 9001 })).restartsTimeWait).toBe(true);
  });

  it("takes TIME-WAIT to SYN-RECEIVED on a new SYN only for a stack that takes MAY-2, with an ISS above the old ones", () => {
    const e = { ...established(), state: "TIME-WAIT" as const, rcvNxt: 4002, sndNxt: 9002 };
    expect(arrive(e, seg({ flags: "SYN", seq: 50_000 })).endpoint.state).toBe("TIME-WAIT");
    const reopened = arrive(e, seg({ flags: "SYN", seq: 50_000 }), ["MAY-2"]);
    expect(reopened.endpoint.state).toBe("SYN-RECEIVED");
    expect(reopened.reply?.flags).toBe("SYN,ACK");
    expect(reopened.endpoint.iss).toBeGreaterThan(9002);
  });

  it("FIN-WAIT-1 and a FIN that acks our FIN: FIN-WAIT-2 at the ACK check, then TIME-WAIT at the FIN check", () => {
    const e = { ...established(), state: "FIN-WAIT-1" as const, finSeq: 9001, sndNxt: 9002 };
    const a = arrive(e, seg({ flags: "FIN,ACK", seq: 4001, ack: 9002 }));
    expect(a.event).toBe("rcv FIN and ACK of FIN");
    expect(a.endpoint.state).toBe("TIME-WAIT");
    expect(checkText(a.checks.find((c) => c.check === "ACK")!).en).toContain("FIN-WAIT-2");
  });

  it("a bare ACK of our FIN: FIN-WAIT-2, and that ACK check is what settled it (nothing later does anything)", () => {
    const e = { ...established(), state: "FIN-WAIT-1" as const, finSeq: 9001, sndNxt: 9002 };
    const a = arrive(e, seg({ flags: "ACK", seq: 4001, ack: 9002 }));
    expect(a.endpoint.state).toBe("FIN-WAIT-2");
    expect(a.checks.filter((c) => c.decides).map((c) => [c.check, c.verdict])).toEqual([["ACK", "ack-fin"]]);
  });

  it("answers an ACK of data not yet sent with an ACK and drops it", () => {
    const a = arrive(established(), seg({ flags: "ACK", seq: 4001, ack: 9500 }));
    expect(a.transition.when).toBe("acks-unsent");
    expect(a.reply).toMatchObject({ flags: "ACK", seq: 9001, ack: 4001 });
  });
});

describe("§3.10.7.4, SYN-RECEIVED", () => {
  const synReceived = (opened: "passive" | "active" = "passive"): Endpoint => ({
    ...closedEndpoint(9000),
    state: "SYN-RECEIVED",
    irs: 4000,
    rcvNxt: 4001,
    sndUna: 9000,
    sndNxt: 9001,
    opened,
  });

  it("answers an unacceptable ACK with <SEQ=SEG.ACK><CTL=RST> and stays", () => {
    const a = arrive(synReceived(), seg({ flags: "ACK", seq: 4001, ack: 12_345 }));
    expect(a.reply).toMatchObject({ flags: "RST", seq: 12_345 });
    expect(a.endpoint.state).toBe("SYN-RECEIVED");
  });

  it("answers a retransmitted SYN with an ACK (the sequence check); Linux resends its SYN,ACK", () => {
    const a = arrive(synReceived(), seg({ flags: "SYN", seq: 4000 }));
    expect(a.reply).toMatchObject({ flags: "ACK", seq: 9001, ack: 4001 });
    expect(a.transition.linux?.send).toBe("SYN,ACK");
  });

  it("goes back to LISTEN on a new SYN inside the window, when opened passively", () => {
    expect(arrive(synReceived(), seg({ flags: "SYN", seq: 4500 })).endpoint.state).toBe("LISTEN");
  });

  it("goes to CLOSE-WAIT on a FIN that acknowledges its SYN", () => {
    const a = arrive(synReceived(), seg({ flags: "FIN,ACK", seq: 4001, ack: 9001 }));
    expect(a.endpoint.state).toBe("CLOSE-WAIT");
    expect(a.reply).toMatchObject({ flags: "ACK", ack: 4002 });
  });

  it("in a simultaneous open takes the SYN,ACK to ESTABLISHED and acknowledges it (Figure 7, as Linux does)", () => {
    const a = arrive(synReceived("active"), seg({ flags: "SYN,ACK", seq: 4000, ack: 9001 }));
    expect(a.endpoint.state).toBe("ESTABLISHED");
    expect(a.reply).toMatchObject({ flags: "ACK", seq: 9001, ack: 4001 });
    const strict = arrive(synReceived("active"), seg({ flags: "SYN,ACK", seq: 4000, ack: 9001 }), [
      "strict sequence test",
    ]);
    expect(strict.endpoint.state).toBe("SYN-RECEIVED");
    expect(strict.transition.alternative).toBe("strict sequence test");
  });
});

describe("a connection's starting TCBs", () => {
  it("a new connection knows only its next ISS, an established one every variable", () => {
    expect(newConnection({ client: 1, server: 2 }).endpoints.client).toMatchObject({ state: "CLOSED", rcvNxt: null });
    expect(established()).toMatchObject({ iss: 9000, irs: 4000, sndNxt: 9001, rcvNxt: 4001, sndWnd: 65535 });
  });
});
