// Every capture file the tests write, by name: read back in read.test.ts, in chunks in chunks.test.ts, mutated in
// the fuzz test, and compared with tshark in tshark.test.ts.
import {
  arp,
  conversationEntries,
  type Entry,
  type Expected,
  eth,
  type Fixture,
  type Ip,
  type Link,
  pcapFixture,
  pcapngFixture,
  raw,
  SECONDS,
  tcpEntry,
  udpEntry,
  V4,
  V6,
} from "./fixtures";
import { concat, ETHERTYPE, ethernet, FLAG, type Ipv6Extension, ipv4, ipv6, loopback, sll, sll2, tcp } from "./write";
import { pcapng } from "./write-files";

const { SYN, ACK, PSH } = FLAG;
const syn = (srcPort: number, seq: number) => ({ srcPort, dstPort: 443, seq, ack: 0, flags: SYN, window: 65535 });
const data = (payload: number) => ({
  srcPort: 40000,
  dstPort: 80,
  seq: 77,
  ack: 99,
  flags: PSH | ACK,
  window: 500,
  payload,
});

const ethType = (v: 4 | 6) => (v === 4 ? ETHERTYPE.IPV4 : ETHERTYPE.IPV6);
const vlan =
  (tags: number[]): Link =>
  (p, v) =>
    ethernet(ethType(v), p, tags);
const cooked: Link = (p, v) => sll(ethType(v), p);
const cooked2: Link = (p, v) => sll2(ethType(v), p);
/** BSD loopback families: AF_INET 2; AF_INET6 as NetBSD/OpenBSD (24), FreeBSD (28), macOS (30) write it. */
const bsd =
  (littleEndian: boolean, family6 = 30): Link =>
  (p, v) =>
    loopback(v === 4 ? 2 : family6, p, littleEndian);

const LOCAL4: Ip = { v: 4, src: "127.0.0.1", dst: "127.0.0.1" };
const LOCAL6: Ip = { v: 6, src: "::1", dst: "::1" };

/** Both families over one link, two connections interleaved packet by packet. */
function interleaved(link: Link, a: Ip, b: Ip): Entry[] {
  const x = conversationEntries(link, a, 40001, 1000);
  const y = conversationEntries(link, b, 40002, 3_000_000_000);
  return x.flatMap((e, i) => [e, y[i] as Entry]);
}

function vlanEntries(): Entry[] {
  const { VLAN, QINQ, QINQ_OLD } = ETHERTYPE;
  return [
    tcpEntry(vlan([VLAN]), V4, syn(40100, 1)),
    tcpEntry(vlan([QINQ, VLAN]), V4, syn(40101, 2)),
    tcpEntry(vlan([QINQ_OLD, VLAN]), V6, syn(40102, 3)),
    tcpEntry(vlan([QINQ, VLAN, VLAN]), V4, syn(40103, 4)),
    { frame: ethernet(VLAN, new Uint8Array([0, 5, 0x08, 0x06, ...new Array(28).fill(1)])), expect: "skipped" },
  ];
}

type Extensions = Ipv6Extension[];

function ipv6ExtensionEntries(): Entry[] {
  const over = (extensions: Extensions): Ip => ({ ...V6, v: 6, extensions });
  const notTcp = (next: number, extensions: Extensions): Entry => {
    const packet = ipv6(V6.src, V6.dst, next, new Uint8Array(8), extensions);
    return { frame: eth(packet, 6), expect: "skipped" };
  };
  return [
    tcpEntry(eth, over([{ type: 0 }]), syn(40200, 10)),
    tcpEntry(eth, over([{ type: 0, size: 16 }, { type: 60 }, { type: 43, size: 24 }]), data(20)),
    tcpEntry(eth, over([{ type: 44, offset: 0, more: true }]), data(40)),
    tcpEntry(eth, over([{ type: 51 }]), syn(40201, 11)),
    // A later fragment has no TCP header; "no next header" (59) and UDP are not TCP.
    { frame: tcpEntry(eth, over([{ type: 44, offset: 100, more: false }]), data(10)).frame, expect: "skipped" },
    notTcp(59, [{ type: 60 }]),
    udpEntry(eth, 6),
  ];
}

function ipv4Entries(): Entry[] {
  const first: Ip = { ...V4, options: { moreFragments: true } };
  const later: Ip = { ...V4, options: { fragmentOffset: 185 } };
  return [
    tcpEntry(eth, first, data(100)),
    { frame: tcpEntry(eth, later, data(30)).frame, expect: "skipped" },
    tcpEntry(eth, { ...V4, options: { options: 4 } }, syn(40300, 20)),
    tcpEntry(eth, { ...V4, options: { options: 40 } }, data(5)),
    { frame: eth(ipv4("10.0.0.1", "10.0.0.2", 1, new Uint8Array(8)), 4), expect: "skipped" },
    arp,
    udpEntry(eth, 4),
  ];
}

function addressEntries(): Entry[] {
  const pairs: [string, string][] = [
    ["2001:0db8:0000:0000:0001:0000:0000:0001", "2001:db8::1:0:0:1"],
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"],
    ["2001:0:0:1:0:0:0:1", "2001:0:0:1::1"],
    ["FE80:0:0:0:0:0:0:1", "fe80::1"],
    ["1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8"],
    ["0:0:0:0:0:0:0:0", "::"],
    ["1:0:0:0:0:0:0:0", "1::"],
    ["::ffff:192.0.2.1", "::ffff:192.0.2.1"],
  ];
  return pairs.map(([written, shown], i) =>
    tcpEntry(eth, { v: 6, src: written, dst: "::1", shown: [shown, "::1"] }, syn(40400 + i, i)),
  );
}

/** A snap length of 54 + 20 keeps Ethernet, IPv4 and 40 bytes of TCP: options cut, then headers cut. */
function snapEntries(): Entry[] {
  const withOptions = { ...syn(40500, 1), mss: 1460, sackPermitted: true, timestamps: [1, 2] as [number, number] };
  return [
    tcpEntry(eth, V4, data(1000), { truncated: true }),
    // 20 + 28 bytes of options: the MSS is in the first 40 bytes, the window scale (last) is not.
    tcpEntry(eth, V4, { ...withOptions, windowScale: 7 }, { truncated: true, windowScale: null }),
    tcpEntry(eth, V6, data(10), { truncated: true }),
    // IPv6 and 8 bytes of hop-by-hop options leave 12 bytes of TCP: cut before the flags.
    { frame: tcpEntry(eth, { ...V6, extensions: [{ type: 0 }] }, data(10)).frame, expect: "cut" },
    // Cut inside the extension chain: the TCP header is not there at all.
    { frame: tcpEntry(eth, { ...V6, extensions: [{ type: 0, size: 48 }] }, data(10)).frame, expect: "cut" },
    tcpEntry(eth, V4, data(0)),
  ];
}

/**
 * Headers that say 0 for their length (an offloaded, TSO, IPv4 segment), and headers that say more than the whole
 * frame holds: the segment is then as long as what the frame carries, as tshark reads it.
 */
function offloadEntries(): Entry[] {
  const segment = tcp(data(200));
  const frame = eth(ipv4("10.0.0.1", "10.0.0.2", 6, segment, { totalLength: 0 }), 4);
  const bogus4 = eth(ipv4("10.0.0.1", "10.0.0.2", 6, tcp(data(20)), { totalLength: 1500 }), 4);
  const bogus6 = eth(ipv6(V6.src, V6.dst, 6, tcp(data(20)), [], 1460), 6);
  return [
    { frame, expect: tcpEntry(eth, V4, data(200)).expect },
    { frame: bogus4, expect: tcpEntry(eth, V4, data(20)).expect },
    { frame: bogus6, expect: tcpEntry(eth, V6, data(20)).expect },
  ];
}

export function corpus(): Fixture[] {
  const conv4 = conversationEntries(eth, V4, 40001);
  const conv6 = conversationEntries(eth, V6, 40001);
  const mixed = [...conversationEntries(raw, V4, 40010).slice(0, 3), ...conversationEntries(raw, V6, 40011)];
  return [
    pcapFixture("pcap-le-usec-ethernet", { littleEndian: true, linkType: 1 }, [arp, ...conv4, udpEntry(eth, 4)]),
    pcapFixture("pcap-be-usec-ethernet", { littleEndian: false, linkType: 1 }, [...conv6, arp]),
    pcapFixture("pcap-le-nsec-raw", { littleEndian: true, nano: true, linkType: 101 }, mixed),
    pcapFixture("pcap-be-nsec-sll", { littleEndian: false, nano: true, linkType: 113 }, interleaved(cooked, V4, V6)),
    pcapFixture("pcap-le-usec-sll2", { littleEndian: true, linkType: 276 }, interleaved(cooked2, V6, V4)),
    pcapFixture("pcap-null-both-orders", { littleEndian: true, linkType: 0 }, [
      ...conversationEntries(bsd(true), LOCAL4, 40020).slice(0, 2),
      ...conversationEntries(bsd(false), LOCAL4, 40021).slice(0, 2),
      tcpEntry(bsd(true, 24), LOCAL6, syn(40022, 1)),
      tcpEntry(bsd(false, 28), LOCAL6, syn(40023, 2)),
      tcpEntry(bsd(true, 30), LOCAL6, syn(40024, 3)),
      { frame: loopback(17, new Uint8Array(30), true), expect: "skipped" },
    ]),
    pcapFixture("pcap-loop", { littleEndian: false, linkType: 108 }, [
      ...conversationEntries(bsd(false, 24), LOCAL4, 40030).slice(0, 3),
      tcpEntry(bsd(false, 24), LOCAL6, syn(40031, 1)),
    ]),
    pcapFixture("pcap-dlt-raw-12", { littleEndian: true, linkType: 12 }, mixed.slice(0, 5)),
    pcapFixture("pcap-dlt-raw-14", { littleEndian: false, linkType: 14 }, mixed.slice(0, 5)),
    pcapFixture("pcap-ipv4-228", { littleEndian: true, linkType: 228 }, conversationEntries(raw, V4, 40040)),
    pcapFixture("pcap-ipv6-229", { littleEndian: true, linkType: 229 }, conversationEntries(raw, V6, 40041)),
    pcapFixture("pcap-vlan", { littleEndian: true, linkType: 1 }, vlanEntries()),
    pcapFixture("pcap-ipv6-extensions", { littleEndian: true, linkType: 1 }, ipv6ExtensionEntries()),
    pcapFixture("pcap-ipv4-fragments-options", { littleEndian: false, linkType: 1 }, ipv4Entries()),
    pcapFixture("pcap-ipv6-addresses", { littleEndian: true, linkType: 1 }, addressEntries()),
    pcapFixture("pcap-snaplen-74", { littleEndian: true, linkType: 1, snaplen: 74 }, snapEntries()),
    pcapFixture("pcap-offload", { littleEndian: true, linkType: 1 }, offloadEntries()),
    // The link type field's high bits say each frame ends in a 4-byte FCS (LT_FCS_DATALINK_EXT(2) in libpcap).
    pcapFixture(
      "pcap-fcs-bits",
      { littleEndian: true, linkType: 0x24000001 },
      conv4.slice(0, 4).map((e) => ({ ...e, frame: concat(e.frame, Uint8Array.of(0xde, 0xad, 0xbe, 0xef)) })),
    ),
    pcapngFixture("pcapng-le-ethernet", [
      { littleEndian: true, interfaces: [{ linkType: 1 }], frames: [arp, ...conv4].map((e) => [0, e]), extra: true },
    ]),
    pcapngFixture("pcapng-be-ethernet", [
      { littleEndian: false, interfaces: [{ linkType: 1 }], frames: conv6.map((e) => [0, e]), extra: true },
    ]),
    pcapngFixture("pcapng-sections", [
      {
        littleEndian: true,
        interfaces: [{ linkType: 1 }, { linkType: 101, tsresol: 9 }],
        frames: interleaved(eth, V4, V6).map((e, i) => [i % 2, i % 2 ? { ...e, frame: e.frame.subarray(14) } : e]),
      },
      {
        littleEndian: false,
        interfaces: [{ linkType: 113, tsresol: 3 }, { linkType: 1 }, { linkType: 276, tsresol: 0x80 | 20 }],
        frames: [
          [0, tcpEntry(cooked, V4, syn(40050, 1))],
          [2, tcpEntry(cooked2, V6, syn(40051, 2))],
          [1, tcpEntry(eth, V4, syn(40052, 3))],
          [1, udpEntry(eth, 4)],
        ],
        extra: true,
      },
      {
        littleEndian: true,
        interfaces: [{ linkType: 229, tsoffset: 3600n }],
        frames: [[0, tcpEntry(raw, V6, data(9))]],
      },
    ]),
    otherPacketBlocks(),
    pcapngFixture("pcapng-negative-offset-nsec", [
      {
        littleEndian: false,
        interfaces: [{ linkType: 1, tsresol: 9, tsoffset: -1_000_000n }],
        frames: conv4.slice(0, 2).map((e) => [0, e]),
      },
    ]),
    pcapngFixture("pcapng-snaplen-74", [
      { littleEndian: true, interfaces: [{ linkType: 1, snaplen: 74 }], frames: snapEntries().map((e) => [0, e]) },
    ]),
  ];
}

/**
 * Simple Packet Blocks (no timestamp: the previous packet's time, 0 before any) and the obsolete Packet Block,
 * among Enhanced Packet Blocks.
 */
function otherPacketBlocks(): Fixture {
  const entries = conversationEntries(eth, V4, 40060).slice(0, 4);
  const [e0, e1, e2, e3] = entries as [Entry, Entry, Entry, Entry];
  const ticks = (i: number) => BigInt(SECONDS + i) * 1_000_000n + 250_000n;
  const time = (i: number) => SECONDS + i + 0.25;
  const file = pcapng([
    {
      littleEndian: true,
      blocks: [
        { kind: "interface", linkType: 1 },
        { kind: "simple", frame: e0.frame },
        { kind: "packet", interface: 0, ticks: ticks(1), frame: e1.frame },
        { kind: "simple", frame: e2.frame },
        { kind: "enhanced", interface: 0, ticks: ticks(3), frame: e3.frame, comment: "the request" },
      ],
    },
  ]);
  const times = [0, time(1), time(1), time(3)];
  return {
    name: "pcapng-simple-and-obsolete-blocks",
    file,
    packets: entries.map((e, i) => ({ frame: i + 1, time: times[i] as number, ...(e.expect as Expected) })),
    stats: { format: "pcapng", packets: 4, tcp: 4, skipped: 0, cut: 0, linkTypes: [1] },
  };
}
