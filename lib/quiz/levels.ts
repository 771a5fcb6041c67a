// Which level and topic a transition belongs to: basics is the handshake and the normal teardown.
import { type Level, type Topic, type Transition, transitionId } from "@/lib/tcp";

const BASICS = new Set([
  "CLOSED|passive OPEN",
  "CLOSED|active OPEN",
  "LISTEN|rcv SYN",
  "SYN-SENT|rcv SYN,ACK",
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

export function transitionLevel(t: Transition): Level {
  const id = transitionId({ from: t.from, event: t.event });
  if (BASICS.has(id)) return "basics";
  if (ADVANCED.has(id) || t.kind === "event-processing" || t.event === "rcv RST" || t.send === "RST") return "advanced";
  return "intermediate";
}

export function transitionTopic(t: Transition): Topic {
  if (t.event === "rcv RST" || t.event === "ABORT" || t.send === "RST") return "edge-cases";
  if (["CLOSED", "LISTEN", "SYN-SENT", "SYN-RECEIVED"].includes(t.from) && t.to !== "FIN-WAIT-1") return "handshake";
  return "teardown";
}
