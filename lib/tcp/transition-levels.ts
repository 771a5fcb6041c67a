// Which level and topic a transition belongs to: basics is the handshake and the normal teardown.
import type { Level, Topic } from "./curriculum";
import { phaseOf } from "./states";
import { isSynchronized, type Transition, transitionId } from "./transitions";

const BASICS = new Set([
  "CLOSED|passive OPEN",
  "CLOSED|active OPEN",
  "LISTEN|rcv SYN",
  "SYN-SENT|rcv SYN,ACK|acks-syn",
  "SYN-RECEIVED|rcv ACK of SYN",
  "ESTABLISHED|CLOSE",
  "ESTABLISHED|rcv FIN",
  "FIN-WAIT-1|rcv ACK of FIN",
  "FIN-WAIT-2|rcv FIN",
  "CLOSE-WAIT|CLOSE",
  "LAST-ACK|rcv ACK of FIN",
  "TIME-WAIT|timeout=2MSL",
]);

// Simultaneous open and close, and the odd corners of the figure.
const ADVANCED = new Set([
  "SYN-SENT|rcv SYN",
  "FIN-WAIT-1|rcv FIN",
  "CLOSING|rcv ACK of FIN",
  "LISTEN|SEND",
  "CLOSING|timeout=RTO",
]);

/** Conditions only a careful reading of §3.10.7 tells apart: refused, forged or repeated segments. */
const ADVANCED_CASES = new Set(["bad-ack", "in-window", "out-of-window", "acks-unsent", "new-syn", "no-syn-ack"]);

export function transitionLevel(t: Transition): Level {
  const id = transitionId({ from: t.from, event: t.event, when: t.when });
  if (BASICS.has(id)) return "basics";
  if (
    ADVANCED.has(id) ||
    t.kind === "event-processing" ||
    t.alternative ||
    (t.when && ADVANCED_CASES.has(t.when)) ||
    t.event === "rcv RST" ||
    t.send === "RST"
  )
    return "advanced";
  return "intermediate";
}

export function transitionTopic(t: Transition): Topic {
  if (
    ["rcv RST", "ABORT", "timeout=USER", "reboot"].includes(t.event) ||
    t.send === "RST" ||
    t.alternative ||
    (t.event === "rcv SYN" && isSynchronized(t.from)) ||
    (t.when && ["bad-ack", "acks-unsent", "new-syn"].includes(t.when))
  )
    return "edge-cases";
  // Leaving an opening state counts as the handshake, unless it leaves for the closing states (a close, a FIN).
  const from = phaseOf(t.from);
  if ((from === "closed" || from === "opening") && phaseOf(t.to) !== "closing") return "handshake";
  return "teardown";
}
