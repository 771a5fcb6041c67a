// A capture's TCP packets sorted into connections: by address and port pair, and, where a pair is used again, by
// incarnation (a new SYN after the last one ended). Pure TypeScript, streamed: a packet at a time, so a file too big
// to hold whole is sorted as it is read.
import type { Role } from "@/lib/tcp";
import { hasTcpFlag, TCP_FLAG } from "./flags";
import type { TcpPacket } from "./read";

/** What the sorting and the model need of a captured TCP packet. */
export type CapturedSegment = Pick<
  TcpPacket,
  "frame" | "time" | "src" | "dst" | "srcPort" | "dstPort" | "flags" | "seq" | "ack" | "len" | "window" | "windowScale"
>;

/** "10.0.0.1:40001", or "[::1]:40001" for IPv6, as Wireshark and `ss` print an endpoint. */
export function endpointText(address: string, port: number): string {
  return address.includes(":") ? `[${address}]:${port}` : `${address}:${port}`;
}

/** Which side of `c` sent `p`: the client, whose SYN came first, or the server. */
export function senderOf(c: Pick<CapturedConnection, "client">, p: CapturedSegment): Role {
  return endpointText(p.src, p.srcPort) === c.client ? "client" : "server";
}

/**
 * Where the capture picks a connection up: at the client's SYN, at the server's SYN,ACK (the SYN was not captured,
 * so the client is in SYN-SENT and the server in SYN-RECEIVED), or midway, already open.
 */
export function beganAt(c: Pick<CapturedConnection, "fromStart" | "segments">): "SYN" | "SYN,ACK" | "midway" {
  if (c.fromStart) return "SYN";
  const first = c.segments[0];
  return first && hasTcpFlag(first.flags, "SYN") && hasTcpFlag(first.flags, "ACK") ? "SYN,ACK" : "midway";
}

/** How a connection ended as far as the capture shows: both FINs, a RST, or neither before the capture stopped. */
export type Ending = "FIN" | "RST" | "open";

export type CapturedConnection = {
  /** 1-based, in the order the connections first appear. */
  id: number;
  /** The endpoint whose SYN (without ACK) appears first; for a connection already open, the first packet's sender. */
  client: string;
  server: string;
  /** Whether the capture holds the connection's first SYN: if not, it was open before the capture began. */
  fromStart: boolean;
  segments: CapturedSegment[];
  /** Payload bytes each way, retransmissions included (what crossed the wire). */
  bytes: { client: number; server: number };
  start: number;
  end: number;
  ending: Ending;
};

/** A packet's direction-independent key: the same for both ways of one address and port pair. */
function pairKey(p: CapturedSegment): string {
  const a = endpointText(p.src, p.srcPort);
  const b = endpointText(p.dst, p.dstPort);
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

type Open = { connection: CapturedConnection; fins: Set<string>; closed: boolean };

/**
 * How long after its last segment a connection that ended (both FINs, or a RST) can still see one of its own: a
 * retransmitted FIN or final ACK comes within 2MSL (RFC 9293 §3.4's MSL of 2 minutes), so after that it is let go.
 */
const LINGER_S = 240;
/** Packets between two sweeps for ended connections, so the sweep costs nothing per packet. */
const SWEEP_EVERY = 4096;

/**
 * Sorts packets into connections as they come. `onClosed` (if given) receives each connection once it can take no
 * more segments of its own: when a new SYN starts another on the same pair, or at `end()`; a caller that streams a
 * large file writes it out then and lets it go.
 */
export function createSorter(onClosed?: (c: CapturedConnection) => void) {
  const open = new Map<string, Open>();
  const all: CapturedConnection[] = [];
  let next = 1;
  let sinceSweep = 0;

  function sweep(now: number) {
    for (const [key, entry] of open) {
      if (entry.closed && entry.connection.end < now - LINGER_S) {
        open.delete(key);
        finish(entry);
      }
    }
  }

  function start(p: CapturedSegment, key: string): Open {
    const sender = endpointText(p.src, p.srcPort);
    const receiver = endpointText(p.dst, p.dstPort);
    const isSyn = hasTcpFlag(p.flags, "SYN");
    // A SYN,ACK first means the capture missed the SYN: the side it answers is still the client.
    const synAck = isSyn && hasTcpFlag(p.flags, "ACK");
    const connection: CapturedConnection = {
      id: next++,
      client: synAck ? receiver : sender,
      server: synAck ? sender : receiver,
      fromStart: isSyn && !synAck,
      segments: [],
      bytes: { client: 0, server: 0 },
      start: p.time,
      end: p.time,
      ending: "open",
    };
    const entry = { connection, fins: new Set<string>(), closed: false };
    open.set(key, entry);
    if (!onClosed) all.push(connection);
    return entry;
  }

  function finish(entry: Open) {
    if (onClosed) onClosed(entry.connection);
  }

  return {
    push(p: CapturedSegment) {
      if (onClosed && ++sinceSweep >= SWEEP_EVERY) {
        sinceSweep = 0;
        sweep(p.time);
      }
      const key = pairKey(p);
      let entry = open.get(key);
      // A new SYN on a pair whose connection has ended, or a SYN with another ISN from the side whose SYN opened it,
      // is a new incarnation. The other side's SYN is a simultaneous open (RFC 9293 Figure 7): the same connection.
      const newSyn = (p.flags & (TCP_FLAG.SYN | TCP_FLAG.ACK)) === TCP_FLAG.SYN;
      if (entry && newSyn) {
        const sender = endpointText(p.src, p.srcPort);
        const first = entry.connection.segments.find(
          (s) =>
            (s.flags & (TCP_FLAG.SYN | TCP_FLAG.ACK)) === TCP_FLAG.SYN && endpointText(s.src, s.srcPort) === sender,
        );
        if (entry.closed || (first && first.seq !== p.seq) || !entry.connection.fromStart) {
          open.delete(key);
          finish(entry);
          entry = undefined;
        }
      }
      entry ??= start(p, key);
      const c = entry.connection;
      c.segments.push(p);
      c.end = p.time;
      const from = senderOf(c, p);
      c.bytes[from] += p.len;
      if (hasTcpFlag(p.flags, "RST")) {
        c.ending = "RST";
        entry.closed = true;
      } else if (hasTcpFlag(p.flags, "FIN")) {
        entry.fins.add(from);
        if (entry.fins.size === 2 && c.ending === "open") {
          c.ending = "FIN";
          entry.closed = true;
        }
      }
    },
    /** The connections not yet handed to `onClosed`, or (without it) every connection, in order of appearance. */
    end(): CapturedConnection[] {
      for (const entry of open.values()) finish(entry);
      open.clear();
      return all;
    },
  };
}

/** Every connection of a capture's packets, in the order they first appear. */
export function connectionsOf(packets: Iterable<CapturedSegment>): CapturedConnection[] {
  const sorter = createSorter();
  for (const p of packets) sorter.push(p);
  return sorter.end();
}
