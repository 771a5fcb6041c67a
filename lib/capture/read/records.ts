// What the two file formats share: a parser that reads whole records out of a byte range, and the arithmetic of
// their timestamps.
import type { FrameDecoder } from "./frame";

/**
 * Reads as many whole records as bytes[from..to) holds and returns where it stopped. `need` is then how many
 * bytes, from that point, the next record needs (known from its header once the header is there): the reader
 * gathers exactly that many before calling again, so a record split across chunks is copied once.
 */
export interface RecordParser {
  need: number;
  /** Packet records read so far: the last frame's number. */
  frames: number;
  parse(bytes: Uint8Array, view: DataView, from: number, to: number): number;
}

/** What every parser reports into. */
export type ParserContext = {
  decoder: FrameDecoder;
  /** A link type the file declares, recorded once. */
  declare(linkType: number): void;
};

/** Past this a record length is no real packet (libpcap's own bound is 256 KiB; we allow large blocks). */
export const MAX_RECORD = 256 * 1024 * 1024;

const TWO_32 = 4294967296;

/**
 * Seconds of a 64-bit count of ticks (`high`, `low`: its 32-bit halves) at `units` ticks per second, plus
 * `offset` seconds. A nanosecond count of today is past 2^53, so the division is done in 16-bit digits, where every
 * step is exact; the result is then rounded once, to the nearest double.
 */
export function ticksToSeconds(high: number, low: number, units: number, offset: number): number {
  if (units > 2 ** 37) return (high * TWO_32 + low) / units + offset;
  if (high < 0x100000) {
    // Below 2^52 the count is exact; the quotient may still round up, which the remainder's sign shows.
    const ticks = high * TWO_32 + low;
    let whole = Math.floor(ticks / units);
    let rest = ticks - whole * units;
    if (rest < 0) {
      whole--;
      rest += units;
    }
    return whole + offset + rest / units;
  }
  // Long division by hand, most significant digit first; `rest` < units < 2^37 keeps rest * 65536 + digit exact.
  let rest = high >>> 16;
  let whole = Math.floor(rest / units);
  rest -= whole * units;
  rest = rest * 65536 + (high & 0xffff);
  let q = Math.floor(rest / units);
  rest -= q * units;
  whole = whole * 65536 + q;
  rest = rest * 65536 + (low >>> 16);
  q = Math.floor(rest / units);
  rest -= q * units;
  whole = whole * 65536 + q;
  rest = rest * 65536 + (low & 0xffff);
  q = Math.floor(rest / units);
  rest -= q * units;
  whole = whole * 65536 + q;
  return whole + offset + rest / units;
}
