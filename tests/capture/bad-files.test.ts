import { describe, expect, it } from "vitest";
import { CaptureError, type CaptureErrorCode, createReader, readCapture } from "@/lib/capture/read";
import { corpus } from "./corpus";
import { conversationEntries, eth, V4 } from "./fixtures";
import { Bytes, concat } from "./write";
import { pcap, pcapng } from "./write-files";

function failure(read: () => unknown): CaptureError {
  try {
    read();
  } catch (e) {
    if (e instanceof CaptureError) return e;
    throw e;
  }
  throw new Error("expected a CaptureError");
}

function expectError(file: Uint8Array, code: CaptureErrorCode, detail: Record<string, unknown> = {}): CaptureError {
  const error = failure(() => readCapture(file));
  expect({ code: error.code, detail: error.detail }).toMatchObject({ code, detail });
  expect(error.message).toMatch(/^[A-Z].*\.$/);
  return error;
}

/** Where each record ends, walked independently of the reader: a file cut there is a shorter whole file. */
function boundaries(file: Uint8Array): number[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const ends: number[] = [];
  if (file[0] === 0x0a) {
    let le = true;
    for (let at = 0; at < file.length; ) {
      if (view.getUint32(at) === 0x0a0d0d0a) le = view.getUint32(at + 8) === 0x4d3c2b1a;
      at += view.getUint32(at + 4, le);
      ends.push(at);
    }
  } else {
    const le = file[0] === 0xd4 || file[0] === 0x4d;
    ends.push(24);
    for (let at = 24; at < file.length; ) {
      at += 16 + view.getUint32(at + 8, le);
      ends.push(at);
    }
  }
  return ends;
}

const frames = conversationEntries(eth, V4, 40000).map((e) => e.frame);
const small = pcap({
  littleEndian: true,
  linkType: 1,
  records: frames.map((frame) => ({ seconds: 1, fraction: 2, frame })),
});
const ng = (blocks: Parameters<typeof pcapng>[0][number]["blocks"], littleEndian = true) =>
  pcapng([{ littleEndian, blocks }]);
const withInterface = (...blocks: Parameters<typeof ng>[0]) => ng([{ kind: "interface", linkType: 1 }, ...blocks]);

/** Overwrites a 32-bit field of a copy of the file. */
function patch(file: Uint8Array, at: number, value: number, littleEndian = true): Uint8Array {
  const copy = file.slice();
  new DataView(copy.buffer).setUint32(at, value, littleEndian);
  return copy;
}

describe("files that are not captures", () => {
  it.each([
    ["a PNG image", Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13)],
    ["a text file", new TextEncoder().encode("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")],
    ["a gzip-compressed pcap", concat(Uint8Array.of(0x1f, 0x8b, 8, 0), small)],
    ["three bytes that start no magic", Uint8Array.of(0xa1, 0xb2, 0x00)],
  ])("%s is not a capture", (_, file) => {
    expectError(file, "not-a-capture", { offset: 0 });
  });

  it("an empty file is not a capture", () => {
    expectError(new Uint8Array(0), "not-a-capture");
  });

  it("the first byte that starts no magic throws at once, before four bytes have come", () => {
    const reader = createReader(() => {});
    expect(() => reader.push(Uint8Array.of(0x3c))).toThrow(expect.objectContaining({ code: "not-a-capture" }));
  });

  it("a pcapng section header without the byte-order magic is not a capture", () => {
    expectError(patch(ng([]), 8, 0x01020304), "not-a-capture");
  });
});

describe("files cut off", () => {
  const files = [{ name: "small.pcap", file: small }, ...corpus().map((f) => ({ name: f.name, file: f.file }))];
  it.each(files.map((f) => [f.name, f.file] as const))(
    "%s cut at every byte throws truncated, or reads a shorter whole file",
    (_, file) => {
      const full = readCapture(file).packets;
      const ends = new Set(boundaries(file));
      for (let at = 1; at < file.length; at++) {
        const packets: unknown[] = [];
        const reader = createReader((p) => packets.push(p));
        let code: string | null = null;
        try {
          reader.push(file.subarray(0, at));
          reader.end();
        } catch (e) {
          if (!(e instanceof CaptureError)) throw e;
          code = e.code;
          expect(e.detail.offset).toBeLessThan(at);
        }
        expect(code, `cut at byte ${at}`).toBe(ends.has(at) ? null : "truncated");
        // What was read before the cut is exactly what the whole file has there.
        expect(packets).toEqual(full.slice(0, packets.length));
      }
    },
  );

  it("truncated says where the unfinished record starts and after which frame", () => {
    const cut = small.subarray(0, small.length - 5);
    expectError(cut, "truncated", { offset: boundaries(small).at(-2), afterFrame: frames.length - 1 });
  });
});

describe("link types the reader does not know", () => {
  it("a pcap of 802.11 frames (105) throws as soon as its header is read", () => {
    const file = pcap({ littleEndian: false, linkType: 105, records: [] });
    const reader = createReader(() => {});
    expect(() => reader.push(file)).toThrow(
      expect.objectContaining({ code: "unsupported-link-type", detail: { linkType: 105, offset: 20 } }),
    );
  });

  it("a pcapng packet on a USB interface (189) names the link type and the frame", () => {
    const file = ng([
      { kind: "interface", linkType: 1 },
      { kind: "interface", linkType: 189 },
      { kind: "enhanced", interface: 0, ticks: 0n, frame: frames[0]! },
      { kind: "enhanced", interface: 1, ticks: 0n, frame: frames[1]! },
    ]);
    expectError(file, "unsupported-link-type", { linkType: 189, frame: 2 });
  });
});

describe("impossible lengths are corrupt", () => {
  const packet = withInterface({ kind: "enhanced", interface: 0, ticks: 0n, frame: frames[0]! });
  const shbLength = new DataView(packet.buffer).getUint32(4, true);
  const epbAt = shbLength + 20;

  it.each([
    ["shorter than 12", 8],
    ["not a multiple of 4", 14],
    ["past 256 MiB", 0x7ffffff0],
  ])("a pcapng block length %s is corrupt", (_, length) => {
    expectError(patch(packet, epbAt + 4, length), "corrupt", { offset: epbAt, length });
  });

  it("a pcapng block whose closing length differs from its opening one is corrupt", () => {
    expectError(patch(packet, packet.length - 4, 64), "corrupt", { offset: epbAt });
  });

  it("an enhanced packet claiming more bytes than its block holds is corrupt", () => {
    expectError(patch(packet, epbAt + 20, 4000), "corrupt", { offset: epbAt, frame: 1, length: 4000 });
  });

  it("a packet on an interface the section has not described is corrupt", () => {
    expectError(patch(packet, epbAt + 8, 3), "corrupt", { offset: epbAt, interface: 3 });
  });

  it("a second section header without the byte-order magic is corrupt", () => {
    const second = ng([]);
    expectError(concat(packet, patch(second, 8, 0x01020304)), "corrupt", { offset: packet.length });
  });

  it.each([
    ["section header", 0x0a0d0d0a, 24],
    ["interface description", 1, 16],
    ["enhanced packet", 6, 28],
    ["simple packet", 3, 12],
  ])("a %s block too short for its fields is corrupt", (_, type, length) => {
    const body = new Bytes();
    if (type === 0x0a0d0d0a) body.u32(0x1a2b3c4d, true).u32(0x00000001, true).u32(0, true);
    else body.zeros(length - 12);
    const block = new Bytes().u32(type, true).u32(length, true).bytes(body.done()).u32(length, true).done();
    const file = type === 0x0a0d0d0a ? block : concat(withInterface(), block);
    expectError(file, "corrupt", { length });
  });

  it("a pcap record of 300 MiB is corrupt, read as soon as its header is", () => {
    const file = patch(small, 24 + 8, 300 * 1024 * 1024);
    const reader = createReader(() => {});
    expect(() => reader.push(file.subarray(0, 24 + 16))).toThrow(
      expect.objectContaining({ code: "corrupt", detail: { offset: 24, frame: 1, length: 300 * 1024 * 1024 } }),
    );
  });

  it("a pcap record longer than the snap length and libpcap's 256 KiB is corrupt; one a little over the snap length is not", () => {
    const file = pcap({
      littleEndian: true,
      linkType: 1,
      snaplen: 1500,
      records: [{ seconds: 0, fraction: 0, frame: frames[0]! }],
    });
    expectError(patch(file, 24 + 8, 300_000), "corrupt", { length: 300_000 });
    const bigger = pcap({ littleEndian: true, linkType: 1, snaplen: 1500, records: [] });
    const record = new Bytes().u32(0, true).u32(0, true).u32(3000, true).u32(3000, true).zeros(3000).done();
    expect(readCapture(concat(bigger, record)).stats).toMatchObject({ packets: 1, skipped: 1 });
  });

  it("after an error every call throws it again", () => {
    const reader = createReader(() => {});
    const bad = patch(packet, epbAt + 4, 8);
    expect(() => reader.push(bad)).toThrow(CaptureError);
    const again = failure(() => reader.push(small));
    expect(again.code).toBe("corrupt");
    expect(failure(() => reader.end())).toBe(again);
  });
});
