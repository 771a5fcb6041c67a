// The TCP header's control bits (RFC 9293 §3.1, with RFC 3168's ECE and CWR), as a capture holds them: one byte.
import type { Flags } from "@/lib/tcp";

export const TCP_FLAG = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10, URG: 0x20, ECE: 0x40, CWR: 0x80 };
export type TcpFlagName = keyof typeof TCP_FLAG;

/** The order Wireshark's flag summary uses, so "FIN,PSH,ACK" reads as it does there. */
const ORDER: TcpFlagName[] = ["SYN", "FIN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"];

export function hasTcpFlag(flags: number, name: TcpFlagName): boolean {
  return (flags & TCP_FLAG[name]) !== 0;
}

/** "SYN,ACK", "FIN,PSH,ACK"; "none" for a segment with no control bit set. */
export function flagsText(flags: number): string {
  const names = ORDER.filter((n) => hasTcpFlag(flags, n));
  return names.length > 0 ? names.join(",") : "none";
}

/**
 * The control bits as SynAck's model knows them, or why they are none of its combinations. PSH, URG, ECE and CWR
 * change nothing of the state machine and are left out; the model's "FIN,ACK" is any FIN that carries an ACK.
 */
export function modelFlags(flags: number): { flags: Flags } | { problem: "no-ack" | "syn-and-fin" | "syn-and-rst" } {
  const syn = hasTcpFlag(flags, "SYN");
  const fin = hasTcpFlag(flags, "FIN");
  const rst = hasTcpFlag(flags, "RST");
  const ack = hasTcpFlag(flags, "ACK");
  if (syn && fin) return { problem: "syn-and-fin" };
  if (syn && rst) return { problem: "syn-and-rst" };
  if (rst) return { flags: ack ? "RST,ACK" : "RST" };
  if (syn) return { flags: ack ? "SYN,ACK" : "SYN" };
  if (!ack) return { problem: "no-ack" };
  return { flags: fin ? "FIN,ACK" : "ACK" };
}
