import { describe, expect, it } from "vitest";
import type { Event, Send } from "./events";
import { modelJson } from "./model";
import type { State } from "./states";
import { findTransition, TRANSITIONS, transitionId } from "./transitions";

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
    const t = findTransition(from, event, "passive");
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
    expect(drawn).toMatchObject({ ABORT: false, "rcv FIN,ACK": false, "rcv RST": true, "rcv FIN": true, CLOSE: true });
    expect(drawn["rcv data"]).toBe(false);
  });

  it("FIN-WAIT-1 + rcv FIN,ACK (a FIN that acknowledges our FIN) -> TIME-WAIT, sends ACK", () => {
    expect(findTransition("FIN-WAIT-1", "rcv FIN,ACK")).toMatchObject({ to: "TIME-WAIT", send: "ACK" });
  });

  it("SYN-RECEIVED + rcv RST -> LISTEN after a passive open, CLOSED after an active (simultaneous) open", () => {
    expect(findTransition("SYN-RECEIVED", "rcv RST", "passive")?.to).toBe("LISTEN");
    expect(findTransition("SYN-RECEIVED", "rcv RST", "active")?.to).toBe("CLOSED");
  });

  it.each<[State, State]>([
    ["CLOSED", "CLOSED"],
    ["LISTEN", "LISTEN"],
    ["SYN-SENT", "CLOSED"],
    ["ESTABLISHED", "CLOSED"],
    ["FIN-WAIT-1", "CLOSED"],
    ["FIN-WAIT-2", "CLOSED"],
    ["CLOSE-WAIT", "CLOSED"],
    ["CLOSING", "CLOSED"],
    ["LAST-ACK", "CLOSED"],
    ["TIME-WAIT", "CLOSED"],
  ])("%s + rcv RST -> %s, sends nothing", (from, to) => {
    expect(findTransition(from, "rcv RST")).toMatchObject({ to, send: "none" });
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
  ])("%s + ABORT -> CLOSED, sends %s (§3.10.5)", (from, send) => {
    expect(findTransition(from, "ABORT")).toMatchObject({ to: "CLOSED", send, source: "§3.10.5" });
  });

  it("CLOSED + rcv SYN stays CLOSED and answers with RST (connection refused)", () => {
    expect(findTransition("CLOSED", "rcv SYN")).toMatchObject({ to: "CLOSED", send: "RST" });
  });

  it("TIME-WAIT + rcv FIN (a resent FIN) stays in TIME-WAIT and acknowledges again", () => {
    expect(findTransition("TIME-WAIT", "rcv FIN")).toMatchObject({ to: "TIME-WAIT", send: "ACK" });
  });

  it("has no transition where RFC 9293 has none: CLOSE in TIME-WAIT, 2MSL outside TIME-WAIT", () => {
    expect(findTransition("TIME-WAIT", "CLOSE")).toBeNull();
    expect(findTransition("ESTABLISHED", "timeout=2MSL")).toBeNull();
    expect(findTransition("LISTEN", "rcv FIN")).toBeNull();
  });
});

describe("the table", () => {
  it("has one transition per (state, event), except SYN-RECEIVED's RST which depends on how it was reached", () => {
    const ids = TRANSITIONS.map(transitionId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("cites an RFC 9293 section for every transition and explains it in both languages", () => {
    for (const t of TRANSITIONS) {
      expect(t.source).toMatch(/§3\.\d/);
      expect(t.why.en.length).toBeGreaterThan(20);
      expect(t.why.zh.length).toBeGreaterThan(8);
    }
  });
});
