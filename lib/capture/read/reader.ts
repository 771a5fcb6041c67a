// The streaming reader: chunks of any size in, TCP packets out, in file order. Whole records are read straight
// from the chunk; only a record split across chunks is gathered, in a buffer that holds that one record.
import { CaptureError } from "./error";
import { FrameDecoder } from "./frame";
import { PcapParser } from "./pcap";
import { PcapngParser } from "./pcapng";
import type { ParserContext, RecordParser } from "./records";
import type { CaptureFormat, CaptureStats, TcpPacket } from "./types";

/** The first four bytes of each format, as written (draft-ietf-opsawg-pcap §4, draft-ietf-opsawg-pcapng §4.1). */
const MAGICS: { bytes: number[]; format: CaptureFormat }[] = [
  { bytes: [0xa1, 0xb2, 0xc3, 0xd4], format: "pcap" },
  { bytes: [0xd4, 0xc3, 0xb2, 0xa1], format: "pcap" },
  { bytes: [0xa1, 0xb2, 0x3c, 0x4d], format: "pcap" },
  { bytes: [0x4d, 0x3c, 0xb2, 0xa1], format: "pcap" },
  { bytes: [0x0a, 0x0d, 0x0d, 0x0a], format: "pcapng" },
];

/** Whether some magic starts with bytes[0..length). */
function couldBeMagic(bytes: Uint8Array, length: number): boolean {
  return MAGICS.some((m) => m.bytes.slice(0, length).every((b, i) => bytes[i] === b));
}

export type CaptureReader = {
  /** Reads a chunk; throws a CaptureError as soon as the bytes cannot be a capture this reader reads. */
  push(chunk: Uint8Array): void;
  /** The input has ended: throws CaptureError("truncated") if it ended inside a header or record. */
  end(): CaptureStats;
  stats(): CaptureStats;
};

export function createReader(onPacket: (p: TcpPacket) => void): CaptureReader {
  const decoder = new FrameDecoder(onPacket);
  const linkTypes: number[] = [];
  const context: ParserContext = {
    decoder,
    declare: (linkType) => {
      if (!linkTypes.includes(linkType)) linkTypes.push(linkType);
    },
  };
  let parser: RecordParser | null = null;
  let format: CaptureFormat | null = null;
  let bytesIn = 0;
  /** The unfinished record (or, before the format is known, the first bytes): held[0..heldLength). */
  let held = new Uint8Array(64);
  let heldView = new DataView(held.buffer);
  let heldLength = 0;
  /** Once a push has thrown, the reader has no sound state: every later call throws the same error. */
  let failure: unknown = null;

  /**
   * Appends source[from..to) to the held bytes. The buffer grows by doubling, up to what the record needs: a
   * corrupt length that survives the checks costs memory only as its bytes actually arrive.
   */
  const hold = (source: Uint8Array, from: number, to: number, need: number) => {
    const required = heldLength + to - from;
    if (held.length < required) {
      const bigger = new Uint8Array(Math.max(required, Math.min(need, held.length * 2)));
      bigger.set(held.subarray(0, heldLength));
      held = bigger;
      heldView = new DataView(held.buffer);
    }
    held.set(source.subarray(from, to), heldLength);
    heldLength += to - from;
  };

  /** Until the format is known, bytes are held; the magic is checked as far as it has arrived. */
  const choose = (): RecordParser | null => {
    if (!couldBeMagic(held, Math.min(heldLength, 4))) {
      const magic = Array.from(held.subarray(0, Math.min(heldLength, 4)), (b) => b.toString(16).padStart(2, "0"));
      throw new CaptureError("not-a-capture", "The file does not start with a pcap or pcapng magic number.", {
        offset: 0,
        magic: magic.join(""),
      });
    }
    if (heldLength < 4) return null;
    const start = held.subarray(0, 4);
    format = held[0] === 0x0a ? "pcapng" : "pcap";
    return format === "pcapng" ? new PcapngParser(context) : new PcapParser(context, start.slice());
  };

  const push = (chunk: Uint8Array) => {
    bytesIn += chunk.length;
    let at = 0;
    if (parser === null) {
      const take = Math.min(4 - heldLength, chunk.length);
      hold(chunk, 0, take, 4);
      at = take;
      parser = choose();
      if (parser === null) return;
    }
    // First finish the record the last chunk left unfinished, a header's worth at a time.
    while (heldLength > 0 && at < chunk.length) {
      const take = Math.min(parser.need - heldLength, chunk.length - at);
      hold(chunk, at, at + take, parser.need);
      at += take;
      if (heldLength < parser.need) return;
      const used = parser.parse(held, heldView, 0, heldLength);
      if (used > 0) held.copyWithin(0, used, heldLength);
      heldLength -= used;
      // The parser consumed what it could; if bytes remain, it must now want more than it has, or it would loop.
      if (heldLength > 0 && parser.need <= heldLength) throw new Error("capture parser made no progress");
    }
    if (at === chunk.length) return;
    const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const used = parser.parse(chunk, view, at, chunk.length);
    if (used < chunk.length) hold(chunk, used, chunk.length, parser.need);
  };

  const stats = (): CaptureStats => ({
    format,
    packets: parser?.frames ?? 0,
    tcp: decoder.tcp,
    skipped: decoder.skipped,
    cut: decoder.cut,
    bytes: bytesIn,
    linkTypes: [...linkTypes],
  });

  return {
    push(chunk) {
      if (failure !== null) throw failure;
      try {
        push(chunk);
      } catch (error) {
        failure = error;
        throw error;
      }
    },
    end() {
      if (failure !== null) throw failure;
      if (parser === null && heldLength === 0) {
        failure = new CaptureError("not-a-capture", "The input is empty.", { offset: 0, bytes: 0 });
      } else if (heldLength > 0) {
        const offset = bytesIn - heldLength;
        failure = new CaptureError("truncated", `The input ends ${heldLength} bytes into a record at byte ${offset}.`, {
          offset,
          present: heldLength,
          needed: parser?.need ?? 4,
          afterFrame: parser?.frames ?? 0,
        });
      }
      if (failure !== null) throw failure;
      return stats();
    },
    stats,
  };
}

/** A whole file in memory, read at once. */
export function readCapture(bytes: Uint8Array): { packets: TcpPacket[]; stats: CaptureStats } {
  const packets: TcpPacket[] = [];
  const reader = createReader((p) => packets.push(p));
  reader.push(bytes);
  return { packets, stats: reader.end() };
}
