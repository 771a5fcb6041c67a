// The capture files the tests read, written by ./write.ts, each with the packets and counts the reader must give.
// They cover both formats and byte orders, µs and ns timestamps, every link type the reader knows, VLAN tags,
// IPv6 extension headers, fragments, snap-length cuts and packets that are not TCP.
import type { CaptureStats, TcpPacket } from "@/lib/capture/read";
import {
  ETHERTYPE,
  ethernet,
  FLAG,
  type Ipv4Options,
  type Ipv6Extension,
  ipv4,
  ipv6,
  type TcpSpec,
  tcp,
  udp,
} from "./write";
import { type PcapngBlock, pcap, pcapng, skippable } from "./write-files";

export type Expected = Omit<TcpPacket, "frame" | "time">;
/** One frame of a fixture and what the reader must make of it. */
export type Entry = { frame: Uint8Array; expect: Expected | "skipped" | "cut" };
export type Fixture = {
  name: string;
  file: Uint8Array;
  packets: TcpPacket[];
  stats: Omit<CaptureStats, "bytes">;
};

export type Ip4 = { v: 4; src: string; dst: string; options?: Ipv4Options };
/** `shown`: the addresses as the reader must print them, when not as written. */
export type Ip6 = { v: 6; src: string; dst: string; extensions?: Ipv6Extension[]; shown?: [string, string] };
export type Ip = Ip4 | Ip6;
export type Link = (packet: Uint8Array, v: 4 | 6) => Uint8Array;

export const eth: Link = (p, v) => ethernet(v === 4 ? ETHERTYPE.IPV4 : ETHERTYPE.IPV6, p);
export const raw: Link = (p) => p;

/** A TCP segment over IP over a link, and the packet the reader must report for it. */
export function tcpEntry(link: Link, ip: Ip, t: TcpSpec, override: Partial<Expected> = {}): Entry {
  const segment = tcp(t);
  const packet =
    ip.v === 4 ? ipv4(ip.src, ip.dst, 6, segment, ip.options) : ipv6(ip.src, ip.dst, 6, segment, ip.extensions);
  const [src, dst] = ip.v === 6 && ip.shown ? ip.shown : [ip.src, ip.dst];
  return {
    frame: link(packet, ip.v),
    expect: {
      ipVersion: ip.v,
      src,
      dst,
      srcPort: t.srcPort,
      dstPort: t.dstPort,
      flags: t.flags,
      seq: t.seq,
      ack: t.ack,
      len: t.payload ?? 0,
      window: t.window,
      windowScale: t.windowScale ?? null,
      mss: t.mss ?? null,
      truncated: false,
      ...override,
    },
  };
}

export function udpEntry(link: Link, v: 4 | 6): Entry {
  const datagram = udp(5353, 53, 12);
  const packet = v === 4 ? ipv4("10.9.9.9", "10.9.9.1", 17, datagram) : ipv6("fd00::9", "fd00::1", 17, datagram);
  return { frame: link(packet, v), expect: "skipped" };
}

export const arp: Entry = { frame: ethernet(ETHERTYPE.ARP, new Uint8Array(28).fill(1)), expect: "skipped" };

/** Client and server, both ways: a handshake with options, a request and its answer, and both FINs. */
export function conversation(
  client: Ip,
  port: number,
  isn = 1000,
  serverIsn = 5_000_000,
): { a: Ip; b: Ip; t: TcpSpec }[] {
  const back: Ip =
    client.v === 4
      ? { v: 4, src: client.dst, dst: client.src }
      : { v: 6, src: client.dst, dst: client.src, shown: client.shown && [client.shown[1], client.shown[0]] };
  const c = { srcPort: port, dstPort: 80 };
  const s = { srcPort: 80, dstPort: port };
  const { SYN, ACK, PSH, FIN } = FLAG;
  const steps: [boolean, TcpSpec][] = [
    [true, { ...c, seq: isn, ack: 0, flags: SYN, window: 64240, mss: 1460, sackPermitted: true, windowScale: 7 }],
    [false, { ...s, seq: serverIsn, ack: isn + 1, flags: SYN | ACK, window: 65160, mss: 1400, windowScale: 9 }],
    [true, { ...c, seq: isn + 1, ack: serverIsn + 1, flags: ACK, window: 502 }],
    [true, { ...c, seq: isn + 1, ack: serverIsn + 1, flags: PSH | ACK, window: 502, payload: 75 }],
    [false, { ...s, seq: serverIsn + 1, ack: isn + 76, flags: PSH | ACK, window: 509, payload: 300 }],
    [true, { ...c, seq: isn + 76, ack: serverIsn + 301, flags: FIN | ACK, window: 501, timestamps: [7, 8] }],
    [false, { ...s, seq: serverIsn + 301, ack: isn + 77, flags: FIN | ACK, window: 509 }],
    [true, { ...c, seq: isn + 77, ack: serverIsn + 302, flags: ACK, window: 501 }],
  ];
  return steps.map(([fromClient, t]) => (fromClient ? { a: client, b: back, t } : { a: back, b: client, t }));
}

export function conversationEntries(link: Link, client: Ip, port: number, isn?: number): Entry[] {
  return conversation(client, port, isn).map(({ a, t }) => tcpEntry(link, a, t));
}

function counts(entries: Entry[]) {
  const tcpCount = entries.filter((e) => typeof e.expect === "object").length;
  const skipped = entries.filter((e) => e.expect === "skipped").length;
  return { packets: entries.length, tcp: tcpCount, skipped, cut: entries.length - tcpCount - skipped };
}

function expectedPackets(entries: Entry[], time: (i: number) => number): TcpPacket[] {
  return entries.flatMap((e, i) =>
    typeof e.expect === "object" ? [{ frame: i + 1, time: time(i), ...e.expect }] : [],
  );
}

/** Record i's timestamp: a second apart, with a fraction that shows the resolution. */
export const SECONDS = 1_700_000_000;
const fraction = (i: number, nano: boolean) => (nano ? 123_456_789 + i : 123_456 + i);

export function pcapFixture(
  name: string,
  o: { littleEndian: boolean; nano?: boolean; linkType: number; snaplen?: number },
  entries: Entry[],
): Fixture {
  const nano = o.nano ?? false;
  const records = entries.map((e, i) => ({ seconds: SECONDS + i, fraction: fraction(i, nano), frame: e.frame }));
  return {
    name,
    file: pcap({ ...o, records }),
    packets: expectedPackets(entries, (i) => SECONDS + i + fraction(i, nano) / (nano ? 1e9 : 1e6)),
    stats: { format: "pcap", ...counts(entries), linkTypes: [o.linkType & 0xffff] },
  };
}

export type Interface = { linkType: number; snaplen?: number; tsresol?: number; tsoffset?: bigint };
/** A section's interfaces and its frames, each frame with the interface it was captured on. */
export type Section = { littleEndian: boolean; interfaces: Interface[]; frames: [number, Entry][]; extra?: boolean };

function unitsOf(i: Interface): number {
  const r = i.tsresol ?? 6;
  return r & 0x80 ? 2 ** (r & 0x7f) : 10 ** r;
}

/** pcapng sections whose frames are Enhanced Packet Blocks (with skippable blocks among them when `extra`). */
export function pcapngFixture(name: string, sections: Section[]): Fixture {
  const entries: Entry[] = [];
  const times: number[] = [];
  const linkTypes: number[] = [];
  const written = sections.map((s) => {
    const blocks: PcapngBlock[] = s.interfaces.map((i) => ({ kind: "interface", ...i }));
    for (const i of s.interfaces) if (!linkTypes.includes(i.linkType)) linkTypes.push(i.linkType);
    if (s.extra) blocks.push(skippable.names(s.littleEndian, "10.0.0.2", "server.example"));
    for (const [id, entry] of s.frames) {
      const description = s.interfaces[id] as Interface;
      const units = unitsOf(description);
      const n = entries.length;
      const whole = BigInt(SECONDS + n);
      const part = (units === 1e9 ? 123_456_789 : units === 1e6 ? 123_456 : Math.floor(units / 3)) + n;
      blocks.push({ kind: "enhanced", interface: id, ticks: whole * BigInt(units) + BigInt(part), frame: entry.frame });
      if (s.extra && n % 3 === 0) blocks.push(skippable.statistics(s.littleEndian, id, whole * BigInt(units)));
      entries.push(entry);
      times.push(SECONDS + n + Number(description.tsoffset ?? 0n) + part / units);
    }
    if (s.extra) {
      // Wireshark numbers custom and systemd journal blocks as frames: the reader counts them as frames not TCP.
      blocks.push(skippable.secrets(s.littleEndian), skippable.custom(s.littleEndian), skippable.journal());
      for (let i = 0; i < 2; i++) {
        entries.push({ frame: new Uint8Array(), expect: "skipped" });
        times.push(0);
      }
    }
    return { littleEndian: s.littleEndian, blocks };
  });
  return {
    name,
    file: pcapng(written),
    packets: expectedPackets(entries, (i) => times[i] as number),
    stats: { format: "pcapng", ...counts(entries), linkTypes },
  };
}

export const V4: Ip4 = { v: 4, src: "10.0.0.1", dst: "10.0.0.2" };
export const V6: Ip6 = { v: 6, src: "2001:db8::1", dst: "2001:db8::2" };
