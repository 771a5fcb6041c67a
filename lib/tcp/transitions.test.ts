import { describe, expect, it } from "vitest";
import type { Event, Send } from "./events";
import { modelJson } from "./model";
import type { State } from "./states";
import { STATES } from "./states";
import { findTransition, SYNCHRONIZED, TRANSITIONS, transitionId } from "./transitions";

type Arc = [from: State, event: Event, to: State, send: Send];

// RFC 9293 Figure 5, read off the figure arc by arc (top to bottom, left to right).
const FIGURE_5: Arc[] = [
  ["CLOSED", "passive OPEN", "LISTEN", "none"],
  ["CLOSED", "active OPEN", "SYN-SENT", "SYN"],
  ["LISTEN", "CLOSE", "CLOSED", "none"],
  ["LISTEN", "rcv SYN", "SYN-RECEIVED", "SYN,ACK"],
  ["LISTEN", "SEND", "SYN-SENT", "SYN"],
  ["SYN-SENT", "CLOSE", "CLOSED", "none"],
  ["SYN-SENT", "rcv SYN", "SYN-RECEIVED", "SYN,ACK"],
  ["SYN-SENT", "rcv SYN,ACK", "ESTABLISHED", "ACK"],
  ["SYN-RECEIVED", "rcv ACK of SYN", "ESTABLISHED", "none"],
  ["SYN-RECEIVED", "CLOSE", "FIN-WAIT-1", "FIN"],
  ["SYN-RECEIVED", "rcv RST", "LISTEN", "none"],
  ["ESTABLISHED", "CLOSE", "FIN-WAIT-1", "FIN"],
  ["ESTABLISHED", "rcv FIN", "CLOSE-WAIT", "ACK"],
  ["FIN-WAIT-1", "rcv ACK of FIN", "FIN-WAIT-2", "none"],
  ["FIN-WAIT-1", "rcv FIN", "CLOSING", "ACK"],
  ["FIN-WAIT-2", "rcv FIN", "TIME-WAIT", "ACK"],
  ["CLOSING", "rcv ACK of FIN", "TIME-WAIT", "none"],
  ["CLOSE-WAIT", "CLOSE", "LAST-ACK", "FIN"],
  ["LAST-ACK", "rcv ACK of FIN", "CLOSED", "none"],
  ["TIME-WAIT", "timeout=2MSL", "CLOSED", "none"],
];

const describeArc = ([from, event, to, send]: Arc) =>
  `${from} + ${event} -> ${to}${send === "none" ? ", sends nothing" : `, sends ${send}`}`;

describe("RFC 9293 Figure 5", () => {
  it.each(FIGURE_5.map((arc) => [describeArc(arc), arc] as const))("%s", (_, [from, event, to, send]) => {
    const when =
      from === "SYN-SENT" && event === "rcv SYN,ACK"
        ? "acks-syn"
        : from === "SYN-RECEIVED" && event === "rcv RST"
          ? "exact"
          : undefined;
    const t = findTransition(from, event, { when, opened: "passive" });
    expect(t).toMatchObject({ from, event, to, send, kind: "figure" });
  });

  it("has exactly the figure's twenty arcs marked as figure arcs", () => {
    const marked = TRANSITIONS.filter((t) => t.kind === "figure").map((t) => [t.from, t.event, t.to, t.send]);
    expect(marked).toHaveLength(FIGURE_5.length);
    expect(new Set(marked.map((a) => a.join(" ")))).toEqual(new Set(FIGURE_5.map((a) => a.join(" "))));
  });
});

describe("RFC 9293 §3.10: what the figure leaves out", () => {
  it("is marked so in the model's JSON: ABORT and note 2's FIN that acknowledges ours are not drawn, rcv RST is", () => {
    const drawn = Object.fromEntries(modelJson().events.map((e) => [e.name, e.inFigure5]));
    expect(drawn).toMatchObject({
      ABORT: false,
      "rcv FIN and ACK of FIN": false,
      "rcv RST": true,
      "rcv FIN": true,
      CLOSE: true,
      "timeout=USER": false,
    });
    expect(drawn["rcv data"]).toBe(false);
  });

  it("FIN-WAIT-1 + rcv FIN and ACK of FIN -> TIME-WAIT, sends ACK (note 2)", () => {
    expect(findTransition("FIN-WAIT-1", "rcv FIN and ACK of FIN")).toMatchObject({ to: "TIME-WAIT", send: "ACK" });
  });

  it("SYN-RECEIVED + a RST at RCV.NXT -> LISTEN after a passive open, CLOSED after an active (simultaneous) open", () => {
    expect(findTransition("SYN-RECEIVED", "rcv RST", { when: "exact", opened: "passive" })?.to).toBe("LISTEN");
    expect(findTransition("SYN-RECEIVED", "rcv RST", { when: "exact", opened: "active" })?.to).toBe("CLOSED");
  });

  it("SYN-SENT + RST: CLOSED with an acceptable ACK, dropped without one (§3.10.7.3)", () => {
    expect(findTransition("SYN-SENT", "rcv RST", { when: "acks-syn" })).toMatchObject({ to: "CLOSED", send: "none" });
    expect(findTransition("SYN-SENT", "rcv RST", { when: "no-syn-ack" })).toMatchObject({
      to: "SYN-SENT",
      send: "none",
    });
  });

  it.each<[State, State]>([
    ["ESTABLISHED", "CLOSED"],
    ["FIN-WAIT-1", "CLOSED"],
    ["FIN-WAIT-2", "CLOSED"],
    ["CLOSE-WAIT", "CLOSED"],
    ["CLOSING", "CLOSED"],
    ["LAST-ACK", "CLOSED"],
    ["TIME-WAIT", "CLOSED"],
  ])(
    "%s + RST at exactly RCV.NXT -> %s; inside the window: challenge ACK; outside: dropped (RFC 5961 §3.2)",
    (from, to) => {
      expect(findTransition(from, "rcv RST", { when: "exact" })).toMatchObject({ to, send: "none" });
      expect(findTransition(from, "rcv RST", { when: "in-window" })).toMatchObject({ to: from, send: "ACK" });
      expect(findTransition(from, "rcv RST", { when: "out-of-window" })).toMatchObject({ to: from, send: "none" });
    },
  );

  it("a SYN in a synchronized state gets a challenge ACK (RFC 5961 §4); RFC 793's in-window rule is an alternative", () => {
    for (const from of SYNCHRONIZED) {
      expect(findTransition(from, "rcv SYN")).toMatchObject({ to: from, send: "ACK" });
    }
    expect(findTransition("ESTABLISHED", "rcv SYN", { alternative: "RFC 793" })).toMatchObject({
      to: "CLOSED",
      send: "RST",
    });
  });

  it("SYN-SENT + SYN,ACK or ACK with an unacceptable ACK: a RST, and it stays", () => {
    expect(findTransition("SYN-SENT", "rcv SYN,ACK", { when: "bad-ack" })).toMatchObject({
      to: "SYN-SENT",
      send: "RST",
    });
    expect(findTransition("SYN-SENT", "rcv ACK", { when: "bad-ack" })).toMatchObject({ to: "SYN-SENT", send: "RST" });
  });

  it("SYN-RECEIVED: an unacceptable ACK gets a RST; a new SYN goes back to LISTEN (passive); a FIN acking the SYN -> CLOSE-WAIT", () => {
    expect(findTransition("SYN-RECEIVED", "rcv ACK", { when: "bad-ack" })).toMatchObject({
      to: "SYN-RECEIVED",
      send: "RST",
    });
    expect(findTransition("SYN-RECEIVED", "rcv SYN", { when: "in-window", opened: "passive" })?.to).toBe("LISTEN");
    expect(findTransition("SYN-RECEIVED", "rcv FIN", { when: "acks-syn" })).toMatchObject({
      to: "CLOSE-WAIT",
      send: "ACK",
    });
  });

  it("with no TCB: CLOSED answers anything but a RST with a RST, LISTEN answers an ACK with a RST", () => {
    for (const event of ["rcv SYN", "rcv SYN,ACK", "rcv ACK", "rcv data", "rcv FIN"] as const) {
      expect(findTransition("CLOSED", event)).toMatchObject({ to: "CLOSED", send: "RST" });
    }
    expect(findTransition("CLOSED", "rcv RST")).toMatchObject({ to: "CLOSED", send: "none" });
    expect(findTransition("LISTEN", "rcv ACK")).toMatchObject({ to: "LISTEN", send: "RST" });
    expect(findTransition("LISTEN", "rcv RST")).toMatchObject({ to: "LISTEN", send: "none" });
  });

  it.each<State>(["CLOSE-WAIT", "CLOSING", "LAST-ACK", "TIME-WAIT"])(
    "%s + a retransmitted FIN stays and acknowledges it again",
    (from) => {
      expect(findTransition(from, "rcv FIN")).toMatchObject({ to: from, send: "ACK" });
    },
  );

  it("an active OPEN from LISTEN goes to SYN-SENT (§3.10.1), and is not a sockets call", () => {
    expect(findTransition("LISTEN", "active OPEN")).toMatchObject({ to: "SYN-SENT", send: "SYN", rfcCallOnly: true });
  });

  it("USER TIMEOUT closes every state that has a TCB, sending nothing (§3.10.8)", () => {
    for (const from of STATES.filter((s) => s !== "CLOSED")) {
      expect(findTransition(from, "timeout=USER")).toMatchObject({ to: "CLOSED", send: "none", source: "§3.10.8" });
    }
  });

  it("TIME-WAIT reopened by a new SYN is there, marked as RFC 9293's option MAY-2", () => {
    expect(findTransition("TIME-WAIT", "rcv SYN", { when: "new-syn", alternative: "MAY-2" })).toMatchObject({
      to: "SYN-RECEIVED",
      send: "SYN,ACK",
    });
  });

  it.each<[State, Send]>([
    ["LISTEN", "none"],
    ["SYN-SENT", "none"],
    ["SYN-RECEIVED", "RST"],
    ["ESTABLISHED", "RST"],
    ["FIN-WAIT-1", "RST"],
    ["FIN-WAIT-2", "RST"],
    ["CLOSE-WAIT", "RST"],
    ["CLOSING", "none"],
    ["LAST-ACK", "none"],
    ["TIME-WAIT", "none"],
  ])(
    "%s + ABORT -> CLOSED, sends %s (§3.10.5); where it sends a RST, note 3's TIME-WAIT is the alternative",
    (from, send) => {
      expect(findTransition(from, "ABORT")).toMatchObject({ to: "CLOSED", send, source: "§3.10.5" });
      expect(findTransition(from, "ABORT", { alternative: "note 3" })?.to ?? null).toBe(
        send === "RST" ? "TIME-WAIT" : null,
      );
    },
  );

  it("has no transition where RFC 9293 has none: CLOSE in TIME-WAIT, 2MSL outside TIME-WAIT", () => {
    expect(findTransition("TIME-WAIT", "CLOSE")).toBeNull();
    expect(findTransition("ESTABLISHED", "timeout=2MSL")).toBeNull();
    expect(findTransition("LISTEN", "timeout=RTO")).toBeNull();
  });
});

describe("the table", () => {
  it("has one transition per state, event, condition, way of opening and reading", () => {
    const ids = TRANSITIONS.map(transitionId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every event with more than one outcome in a state a condition, a way of opening or an alternative", () => {
    for (const t of TRANSITIONS) {
      const siblings = TRANSITIONS.filter((o) => o.from === t.from && o.event === t.event && o !== t);
      for (const o of siblings) expect(transitionId(o), `${transitionId(t)} has a twin`).not.toBe(transitionId(t));
    }
  });

  it("cites an RFC 9293 section for every transition and explains it in both languages", () => {
    for (const t of TRANSITIONS) {
      expect(t.source).toMatch(/§3\.\d/);
      expect(t.why.en.length).toBeGreaterThan(20);
      expect(t.why.zh.length).toBeGreaterThan(8);
      if (t.linux) expect(t.linux.why.zh.length).toBeGreaterThan(8);
    }
  });
});
