// Classic pcap (draft-ietf-opsawg-pcap §4, §5): a 24-byte file header, then records of a 16-byte header and the
// captured bytes. The magic's byte order is the file's; its value says micro- or nanosecond timestamps.
import { CaptureError } from "./error";
import { isSupportedLinkType } from "./frame";
import { MAX_RECORD, type ParserContext, type RecordParser } from "./records";

const FILE_HEADER = 24;
const RECORD_HEADER = 16;
/**
 * Some writers record packets longer than the snap length they declare; libpcap accepts records up to its
 * largest snap length (256 KiB) whatever the header says, and so does this reader.
 */
const SNAPLEN_SLACK = 262144;

export class PcapParser implements RecordParser {
  need = FILE_HEADER;
  frames = 0;
  private started = false;
  private littleEndian: boolean;
  /** Ticks per second of the second timestamp field: µs, or ns for magic a1b23c4d. */
  private readonly units: number;
  private linkType = 0;
  private maxCaplen = MAX_RECORD;
  /** The byte offset in the file of bytes[from] at the next parse. */
  private offset = 0;

  constructor(
    private readonly context: ParserContext,
    magic: Uint8Array,
  ) {
    // The magic as written: a1 b2 c3 d4 (or a1 b2 3c 4d) big-endian, the reverse little-endian.
    this.littleEndian = magic[0] !== 0xa1;
    const nano = this.littleEndian ? magic[1] === 0x3c : magic[2] === 0x3c;
    this.units = nano ? 1e9 : 1e6;
  }

  parse(bytes: Uint8Array, view: DataView, from: number, to: number): number {
    let at = from;
    const le = this.littleEndian;
    if (!this.started) {
      if (to - at < FILE_HEADER) {
        this.need = FILE_HEADER;
        return at;
      }
      const snaplen = view.getUint32(at + 16, le);
      // §5.9 (LinkType and additional information): the link type is the low 16 bits; the rest says FCS length.
      this.linkType = view.getUint32(at + 20, le) & 0xffff;
      this.context.declare(this.linkType);
      if (!isSupportedLinkType(this.linkType)) {
        throw new CaptureError("unsupported-link-type", `Link type ${this.linkType} is not one this reader decodes.`, {
          linkType: this.linkType,
          offset: 20,
        });
      }
      if (snaplen > 0) this.maxCaplen = Math.min(MAX_RECORD, Math.max(snaplen, SNAPLEN_SLACK));
      this.started = true;
      at += FILE_HEADER;
      this.offset = FILE_HEADER;
    }
    const decoder = this.context.decoder;
    const units = this.units;
    const linkType = this.linkType;
    while (to - at >= RECORD_HEADER) {
      const caplen = view.getUint32(at + 8, le);
      if (caplen > this.maxCaplen) {
        throw new CaptureError("corrupt", `Record at byte ${this.offset} claims ${caplen} captured bytes.`, {
          offset: this.offset,
          frame: this.frames + 1,
          length: caplen,
        });
      }
      const length = RECORD_HEADER + caplen;
      if (to - at < length) {
        this.need = length;
        return at;
      }
      const frame = ++this.frames;
      const time = view.getUint32(at, le) + view.getUint32(at + 4, le) / units;
      const original = view.getUint32(at + 12, le);
      decoder.decode(bytes, view, at + RECORD_HEADER, caplen, original, linkType, time, frame, this.offset);
      at += length;
      this.offset += length;
    }
    this.need = RECORD_HEADER;
    return at;
  }
}
