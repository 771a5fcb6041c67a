// pcapng (draft-ietf-opsawg-pcapng §3, §4): blocks of type, length, body, length again. Each Section Header Block
// starts a section with its own byte order and interfaces; packets name an interface, which gives their link type
// and timestamp resolution. Block types this reader has no use for are skipped by their length (§4: a reader
// must skip what it does not know).
import { CaptureError } from "./error";
import { isSupportedLinkType } from "./frame";
import { MAX_RECORD, type ParserContext, type RecordParser, ticksToSeconds } from "./records";

const SECTION_HEADER = 0x0a0d0d0a;
const INTERFACE_DESCRIPTION = 1;
const PACKET = 2;
const SIMPLE_PACKET = 3;
const ENHANCED_PACKET = 6;
const BYTE_ORDER_MAGIC = 0x1a2b3c4d;
/**
 * Not packets, but Wireshark lists them as frames (wiretap/pcapng.c hands them on as records): the systemd Journal
 * Export Block (§4.7) and the Custom Blocks (§4.8, copyable or not). Counting them keeps frame numbers tshark's.
 */
const FRAME_LIKE = new Set([9, 0x00000bad, 0x40000bad]);

/** §4.2: if_tsresol (code 9) and if_tsoffset (code 14). */
const OPTION_TSRESOL = 9;
const OPTION_TSOFFSET = 14;

type Interface = { linkType: number; snaplen: number; units: number; offset: number; checked: boolean };

export class PcapngParser implements RecordParser {
  need = 12;
  frames = 0;
  private littleEndian = true;
  private interfaces: Interface[] = [];
  private sections = 0;
  /** A Simple Packet Block has no timestamp (§4.4): it takes the previous packet's. */
  private lastTime = 0;
  /** The byte offset in the file of bytes[from] at the next parse. */
  private offset = 0;

  constructor(private readonly context: ParserContext) {}

  parse(bytes: Uint8Array, view: DataView, from: number, to: number): number {
    let at = from;
    for (;;) {
      const available = to - at;
      if (available < 8) {
        this.need = 8;
        return at;
      }
      const type = view.getUint32(at, this.littleEndian);
      if (type === SECTION_HEADER) {
        // The type reads the same in both orders; the byte-order magic after the length says which this section has.
        if (available < 12) {
          this.need = 12;
          return at;
        }
        const magic = view.getUint32(at + 8, false);
        if (magic !== BYTE_ORDER_MAGIC && magic !== 0x4d3c2b1a) {
          if (this.sections === 0) {
            throw new CaptureError("not-a-capture", "The first block has no pcapng byte-order magic.", { offset: 0 });
          }
          throw this.corrupt(`Section header at byte ${this.offset} has no byte-order magic.`, { blockType: type });
        }
        this.littleEndian = magic !== BYTE_ORDER_MAGIC;
      }
      const le = this.littleEndian;
      const length = view.getUint32(at + 4, le);
      if (length < 12 || length % 4 !== 0 || length > MAX_RECORD) {
        throw this.corrupt(`Block at byte ${this.offset} has an impossible length, ${length}.`, { length });
      }
      if (available < length) {
        this.need = length;
        return at;
      }
      if (view.getUint32(at + length - 4, le) !== length) {
        throw this.corrupt(`Block at byte ${this.offset} ends with a length other than its own.`, { length });
      }
      switch (type) {
        case SECTION_HEADER:
          if (length < 28) throw this.corrupt("A section header block is shorter than 28 bytes.", { length });
          this.sections++;
          this.interfaces = [];
          break;
        case INTERFACE_DESCRIPTION:
          this.describeInterface(view, at, length);
          break;
        case ENHANCED_PACKET:
        case PACKET:
          this.packet(bytes, view, at, length, type);
          break;
        case SIMPLE_PACKET:
          this.simplePacket(bytes, view, at, length);
          break;
        default:
          if (FRAME_LIKE.has(type)) {
            this.frames++;
            this.context.decoder.skipped++;
          }
      }
      at += length;
      this.offset += length;
    }
  }

  private corrupt(message: string, detail: Record<string, number>): CaptureError {
    return new CaptureError("corrupt", message, { offset: this.offset, ...detail });
  }

  /** §4.2: link type, reserved, snap length, then options. */
  private describeInterface(view: DataView, at: number, length: number): void {
    if (length < 20) throw this.corrupt("An interface description block is shorter than 20 bytes.", { length });
    const le = this.littleEndian;
    const description: Interface = {
      linkType: view.getUint16(at + 8, le),
      snaplen: view.getUint32(at + 12, le),
      units: 1e6,
      offset: 0,
      checked: false,
    };
    const end = at + length - 4;
    // §3.5 options: code, length, value padded to 32 bits; a malformed list ends the reading, not the file.
    for (let o = at + 16; o + 4 <= end; ) {
      const code = view.getUint16(o, le);
      const size = view.getUint16(o + 2, le);
      if (code === 0 || o + 4 + size > end) break;
      if (code === OPTION_TSRESOL && size >= 1) {
        const resolution = view.getUint8(o + 4);
        // The high bit says a negative power of 2, otherwise of 10.
        description.units = resolution & 0x80 ? 2 ** (resolution & 0x7f) : 10 ** resolution;
      } else if (code === OPTION_TSOFFSET && size >= 8) {
        const high = view.getInt32(o + (le ? 8 : 4), le);
        const low = view.getUint32(o + (le ? 4 : 8), le);
        description.offset = high * 4294967296 + low;
      }
      o += 4 + ((size + 3) & ~3);
    }
    this.interfaces.push(description);
    this.context.declare(description.linkType);
  }

  private usedInterface(id: number): Interface {
    const description = this.interfaces[id];
    if (description === undefined) {
      throw this.corrupt(`Packet at byte ${this.offset} names interface ${id}, which the section has not described.`, {
        frame: this.frames,
        interface: id,
      });
    }
    if (!description.checked) {
      if (!isSupportedLinkType(description.linkType)) {
        throw new CaptureError(
          "unsupported-link-type",
          `Link type ${description.linkType} is not one this reader decodes.`,
          {
            linkType: description.linkType,
            frame: this.frames,
            offset: this.offset,
          },
        );
      }
      description.checked = true;
    }
    return description;
  }

  /** §4.3 Enhanced Packet Block, and the obsolete Packet Block (Appendix A) whose interface id is 16 bits. */
  private packet(bytes: Uint8Array, view: DataView, at: number, length: number, type: number): void {
    const le = this.littleEndian;
    if (length < 32) throw this.corrupt("A packet block is shorter than 32 bytes.", { length });
    const caplen = view.getUint32(at + 20, le);
    if (28 + caplen > length - 4) {
      throw this.corrupt(`Packet at byte ${this.offset} claims more bytes than its block holds.`, {
        frame: this.frames + 1,
        length: caplen,
      });
    }
    const frame = ++this.frames;
    const description = this.usedInterface(type === PACKET ? view.getUint16(at + 8, le) : view.getUint32(at + 8, le));
    const time = ticksToSeconds(
      view.getUint32(at + 12, le),
      view.getUint32(at + 16, le),
      description.units,
      description.offset,
    );
    this.lastTime = time;
    const original = view.getUint32(at + 24, le);
    this.context.decoder.decode(bytes, view, at + 28, caplen, original, description.linkType, time, frame, this.offset);
  }

  /** §4.4: interface 0, no timestamp, and a captured length the snap length and the block's size give. */
  private simplePacket(bytes: Uint8Array, view: DataView, at: number, length: number): void {
    if (length < 16) throw this.corrupt("A simple packet block is shorter than 16 bytes.", { length });
    const frame = ++this.frames;
    const description = this.usedInterface(0);
    const original = view.getUint32(at + 8, this.littleEndian);
    let caplen = Math.min(original, length - 16);
    if (description.snaplen > 0) caplen = Math.min(caplen, description.snaplen);
    const { linkType } = description;
    this.context.decoder.decode(bytes, view, at + 12, caplen, original, linkType, this.lastTime, frame, this.offset);
  }
}
