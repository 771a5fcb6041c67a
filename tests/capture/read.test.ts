import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CaptureError, createReader, readCapture, type TcpPacket } from "@/lib/capture/read";
import { formatIpv6 } from "@/lib/capture/read/address";
import { ticksToSeconds } from "@/lib/capture/read/records";
import { corpus } from "./corpus";
import { conversationEntries, eth, raw, tcpEntry, V4, V6 } from "./fixtures";
import { Bytes, ethernet, FLAG, ipv4, ipv6Bytes, tcp } from "./write";
import { pcap, pcapng } from "./write-files";

const SYN = { srcPort: 40000, dstPort: 443, seq: 4_000_000_000, ack: 123, flags: FLAG.SYN, window: 65535 };

function only(file: Uint8Array): TcpPacket {
  const { packets } = readCapture(file);
  expect(packets).toHaveLength(1);
  return packets[0] as TcpPacket;
}

describe("every written file reads back", () => {
  it.each(corpus().map((f) => [f.name, f] as const))("%s gives each packet and count it was written with", (_, f) => {
    const { packets, stats } = readCapture(f.file);
    expect(packets).toEqual(f.packets);
    expect(stats).toEqual({ ...f.stats, bytes: f.file.length });
  });
});

describe("timestamps", () => {
  it("a SYN in a big-endian nanosecond pcap keeps its nanoseconds", () => {
    const frame = tcpEntry(eth, V4, SYN).frame;
    const file = pcap({
      littleEndian: false,
      nano: true,
      linkType: 1,
      records: [{ seconds: 1000, fraction: 123_456_789, frame }],
    });
    const p = only(file);
    expect(Math.round((p.time - 1000) * 1e9)).toBe(123_456_789);
    expect(p).toMatchObject({ seq: 4_000_000_000, ack: 123, flags: FLAG.SYN, srcPort: 40000, dstPort: 443 });
  });

  it("a little-endian microsecond pcap gives the time to the microsecond", () => {
    const frame = tcpEntry(eth, V4, SYN).frame;
    const file = pcap({
      littleEndian: true,
      linkType: 1,
      records: [{ seconds: 1_700_000_000, fraction: 999_999, frame }],
    });
    expect(only(file).time).toBe(1_700_000_000.999999);
  });

  it("a nanosecond count past 2^53 divides exactly, to the nearest double", () => {
    for (const ticks of [1_700_000_000_123_456_789n, 2n ** 63n + 12345n, 18_446_744_073_709_551_615n, 999_999_999n]) {
      const high = Number(ticks >> 32n);
      const low = Number(ticks & 0xffffffffn);
      const expected = Number(ticks / 1_000_000_000n) + Number(ticks % 1_000_000_000n) / 1e9;
      expect(ticksToSeconds(high, low, 1e9, 0)).toBe(expected);
    }
    // The quotient of a double division can round up to the next second; the remainder corrects it.
    expect(ticksToSeconds(0, 2 ** 32 - 1, 2 ** 32, 0)).toBeLessThan(1);
  });

  it("a pcapng interface with if_tsresol 2^-20 and an if_tsoffset of an hour shifts every packet's time", () => {
    const frame = tcpEntry(raw, V6, SYN).frame;
    const file = pcapng([
      {
        littleEndian: true,
        blocks: [
          { kind: "interface", linkType: 101, tsresol: 0x80 | 20, tsoffset: 3600n },
          { kind: "enhanced", interface: 0, ticks: 10n * 2n ** 20n + 2n ** 19n, frame },
        ],
      },
    ]);
    expect(only(file).time).toBe(3610.5);
  });
});

describe("what is counted, and how", () => {
  it("frame numbers count every record, TCP or not", () => {
    const { packets, stats } = readCapture(
      corpus().find((f) => f.name === "pcap-le-usec-ethernet")?.file as Uint8Array,
    );
    expect(packets.map((p) => p.frame)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
    expect(stats).toMatchObject({ packets: 10, tcp: 8, skipped: 2, cut: 0 });
  });

  it("a packet the snap length cut keeps the payload length its IP header gives, and is marked truncated", () => {
    const frame = tcpEntry(eth, V4, { ...SYN, flags: FLAG.ACK, payload: 1400 }).frame;
    const p = only(
      pcap({ littleEndian: true, linkType: 1, snaplen: 68, records: [{ seconds: 1, fraction: 0, frame }] }),
    );
    expect(p).toMatchObject({ len: 1400, truncated: true, window: 65535 });
  });

  it("a TCP header cut after its flags still gives seq, ack and flags, with window 0", () => {
    const frame = tcpEntry(eth, V4, SYN).frame.subarray(0, 14 + 20 + 14);
    const file = pcap({ littleEndian: true, linkType: 1, records: [{ seconds: 1, fraction: 0, frame }] });
    expect(only(file)).toMatchObject({ seq: SYN.seq, ack: SYN.ack, flags: FLAG.SYN, window: 0, truncated: true });
  });

  it("a TCP header cut before its flags is counted in stats.cut and not reported", () => {
    const frame = tcpEntry(eth, V4, SYN).frame;
    const file = pcap({
      littleEndian: true,
      linkType: 1,
      snaplen: 14 + 20 + 13,
      records: [{ seconds: 1, fraction: 0, frame }],
    });
    const { packets, stats } = readCapture(file);
    expect(packets).toEqual([]);
    expect(stats).toMatchObject({ packets: 1, tcp: 0, cut: 1, skipped: 0 });
  });

  it("the MSS before the snap length is read and the window scale after it is null", () => {
    const t = { ...SYN, mss: 1460, timestamps: [1, 2] as [number, number], windowScale: 7 };
    const frame = tcpEntry(eth, V4, t).frame;
    const file = pcap({
      littleEndian: true,
      linkType: 1,
      snaplen: 14 + 20 + 36,
      records: [{ seconds: 1, fraction: 0, frame }],
    });
    expect(only(file)).toMatchObject({ mss: 1460, windowScale: null, truncated: true });
  });

  it("ack is kept as written even when the ACK flag is off", () => {
    expect(
      only(
        pcap({
          littleEndian: true,
          linkType: 1,
          records: [{ seconds: 0, fraction: 0, frame: tcpEntry(eth, V4, SYN).frame }],
        }),
      ).ack,
    ).toBe(123);
  });

  it("an IPv4 first fragment (MF set) is read; the payload length is the fragment's", () => {
    const frame = ethernet(
      0x0800,
      ipv4("10.0.0.1", "10.0.0.2", 6, tcp({ ...SYN, payload: 100 }), { moreFragments: true }),
    );
    expect(only(pcap({ littleEndian: true, linkType: 1, records: [{ seconds: 0, fraction: 0, frame }] })).len).toBe(
      100,
    );
  });

  it("stats() while streaming counts what has been read, and says no format before the magic", () => {
    const file = pcap({
      littleEndian: true,
      linkType: 1,
      records: conversationEntries(eth, V4, 40000).map((e) => ({ seconds: 0, fraction: 0, frame: e.frame })),
    });
    const reader = createReader(() => {});
    expect(reader.stats()).toEqual({ format: null, packets: 0, tcp: 0, skipped: 0, cut: 0, bytes: 0, linkTypes: [] });
    reader.push(file.subarray(0, 24 + 16 + 30));
    expect(reader.stats()).toMatchObject({ format: "pcap", packets: 0, bytes: 70, linkTypes: [1] });
    reader.push(file.subarray(70));
    expect(reader.end()).toMatchObject({ packets: 8, tcp: 8 });
  });

  it("a pcapng interface of a link type the reader does not know fails only when a packet uses it", () => {
    const frame = tcpEntry(eth, V4, SYN).frame;
    const blocks = [
      { kind: "interface", linkType: 105 },
      { kind: "interface", linkType: 1 },
      { kind: "enhanced", interface: 1, ticks: 0n, frame },
    ] as const;
    const { stats } = readCapture(pcapng([{ littleEndian: true, blocks: [...blocks] }]));
    expect(stats).toMatchObject({ tcp: 1, linkTypes: [105, 1] });
    const used = pcapng([
      { littleEndian: true, blocks: [...blocks, { kind: "enhanced", interface: 0, ticks: 0n, frame }] },
    ]);
    expect(() => readCapture(used)).toThrow(
      expect.objectContaining({
        code: "unsupported-link-type",
        detail: expect.objectContaining({ linkType: 105, frame: 2 }),
      }),
    );
  });

  it("a CaptureError is an Error with a code and detail", () => {
    const error = new CaptureError("corrupt", "x", { offset: 4 });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: "corrupt", detail: { offset: 4 }, name: "CaptureError" });
  });
});

describe("IPv6 addresses in RFC 5952 form", () => {
  const words = (text: string) => {
    const b = ipv6Bytes(text);
    return [0, 4, 8, 12].map((i) => new DataView(Uint8Array.from(b).buffer).getUint32(i)) as [
      number,
      number,
      number,
      number,
    ];
  };
  it.each([
    ["2001:0db8:0000:0000:0000:ff00:0042:8329", "2001:db8::ff00:42:8329"],
    ["2001:db8:0:0:1:0:0:1", "2001:db8::1:0:0:1"],
    ["2001:db8:0:1:1:1:1:1", "2001:db8:0:1:1:1:1:1"],
    ["2001:db8::aaaa:0:0:1", "2001:db8::aaaa:0:0:1"],
    ["0:0:0:0:0:0:0:1", "::1"],
    ["::", "::"],
    ["fe80::", "fe80::"],
    ["::ffff:10.1.2.3", "::ffff:10.1.2.3"],
    ["ABCD:EF01:2345:6789:ABCD:EF01:2345:6789", "abcd:ef01:2345:6789:abcd:ef01:2345:6789"],
  ])("%s is %s", (written, shown) => {
    expect(formatIpv6(...words(written))).toBe(shown);
  });
});

describe("the writer", () => {
  it("writes what the reader's tests assume", () => {
    expect(new Bytes().u32(0x01020304, true).done()).toEqual(Uint8Array.from([4, 3, 2, 1]));
  });
});

describe("the reader runs in a Web Worker as well as in Node", () => {
  const folder = path.resolve(import.meta.dirname, "../../lib/capture/read");
  const sources = fs.readdirSync(folder).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  it.each(sources)("lib/capture/read/%s imports only its own modules and uses no Node global", (file) => {
    const text = fs.readFileSync(path.join(folder, file), "utf8");
    for (const [, from] of text.matchAll(/from "([^"]+)"/g)) expect(from).toMatch(/^\.\//);
    expect(text).not.toMatch(/\b(Buffer|process|require)\b/);
  });
});
