// One captured frame, from its link-layer header down to the TCP header: what is a TCP packet is handed on, the
// rest is counted. Field offsets are the protocols' own (IEEE 802.3/802.1Q, RFC 791, RFC 8200, RFC 9293 §3.1);
// link types are tcpdump's LINKTYPE_ values (https://www.tcpdump.org/linktypes.html).
import { ipv4Text, ipv6Text } from "./address";
import { CaptureError } from "./error";
import type { TcpPacket } from "./types";

export const LINKTYPE = {
  NULL: 0,
  ETHERNET: 1,
  /** DLT_RAW's value on most systems (12) and on OpenBSD (14): files written with the DLT, not the LINKTYPE. */
  DLT_RAW_12: 12,
  DLT_RAW_14: 14,
  RAW: 101,
  LOOP: 108,
  LINUX_SLL: 113,
  IPV4: 228,
  IPV6: 229,
  LINUX_SLL2: 276,
} as const;

const SUPPORTED = new Set<number>(Object.values(LINKTYPE));

export function isSupportedLinkType(linkType: number): boolean {
  return SUPPORTED.has(linkType);
}

const ETHERTYPE_IPV4 = 0x0800;
const ETHERTYPE_IPV6 = 0x86dd;
/** 802.1Q, 802.1ad (QinQ) and the pre-standard QinQ tag: each is 4 bytes (TCI, then the next ethertype). */
const ETHERTYPE_VLAN = 0x8100;
const ETHERTYPE_QINQ = 0x88a8;
const ETHERTYPE_QINQ_OLD = 0x9100;

/** BSD loopback address families: AF_INET is 2 everywhere, AF_INET6 24 (NetBSD, OpenBSD), 28 (FreeBSD), 30 (macOS). */
function familyEthertype(family: number): number {
  if (family === 2) return ETHERTYPE_IPV4;
  if (family === 24 || family === 28 || family === 30) return ETHERTYPE_IPV6;
  return 0;
}

const IPPROTO_TCP = 6;

/** What became of a frame: handed on, or counted as not TCP, or as cut before the TCP fields. */
type Outcome = 0 | 1 | 2;
const TCP = 0;
const SKIPPED = 1;
const CUT = 2;

/** Reads frames and hands each TCP packet to onPacket; counts what it does not hand on. */
export class FrameDecoder {
  tcp = 0;
  skipped = 0;
  cut = 0;

  constructor(private readonly onPacket: (p: TcpPacket) => void) {}

  /**
   * The frame at bytes[at..at+caplen). `original` is its length on the wire; `offset` (the record's place in the
   * file) is only for the error a link type this reader does not know raises.
   */
  decode(
    bytes: Uint8Array,
    view: DataView,
    at: number,
    caplen: number,
    original: number,
    linkType: number,
    time: number,
    frame: number,
    offset: number,
  ): void {
    const outcome = this.link(bytes, view, at, caplen, original, linkType, time, frame, offset);
    if (outcome === SKIPPED) this.skipped++;
    else if (outcome === CUT) this.cut++;
  }

  private link(
    bytes: Uint8Array,
    view: DataView,
    at: number,
    caplen: number,
    original: number,
    linkType: number,
    time: number,
    frame: number,
    offset: number,
  ): Outcome {
    const end = at + caplen;
    let p = at;
    let ethertype = 0;
    switch (linkType) {
      case LINKTYPE.ETHERNET:
        if (caplen < 14) return CUT;
        ethertype = view.getUint16(at + 12);
        p = at + 14;
        break;
      case LINKTYPE.LINUX_SLL:
        // The 16-byte cooked header: packet type, ARPHRD type, address length, 8 address bytes, protocol.
        if (caplen < 16) return CUT;
        ethertype = view.getUint16(at + 14);
        p = at + 16;
        break;
      case LINKTYPE.LINUX_SLL2:
        // SLL2's 20-byte header starts with the protocol.
        if (caplen < 20) return CUT;
        ethertype = view.getUint16(at);
        p = at + 20;
        break;
      case LINKTYPE.NULL: {
        // The family is in the capturing machine's byte order, unknown to the file: a small number is either order.
        if (caplen < 4) return CUT;
        const low = bytes[at] as number;
        const high = bytes[at + 3] as number;
        const small = bytes[at + 1] === 0 && bytes[at + 2] === 0 && (low === 0 || high === 0);
        ethertype = small ? familyEthertype(low | high) : 0;
        p = at + 4;
        break;
      }
      case LINKTYPE.LOOP:
        if (caplen < 4) return CUT;
        ethertype = familyEthertype(view.getUint32(at));
        p = at + 4;
        break;
      case LINKTYPE.RAW:
      case LINKTYPE.DLT_RAW_12:
      case LINKTYPE.DLT_RAW_14: {
        if (caplen < 1) return CUT;
        const version = (bytes[at] as number) >> 4;
        ethertype = version === 4 ? ETHERTYPE_IPV4 : version === 6 ? ETHERTYPE_IPV6 : 0;
        break;
      }
      case LINKTYPE.IPV4:
        ethertype = ETHERTYPE_IPV4;
        break;
      case LINKTYPE.IPV6:
        ethertype = ETHERTYPE_IPV6;
        break;
      default:
        throw new CaptureError("unsupported-link-type", `Link type ${linkType} is not one this reader decodes.`, {
          linkType,
          frame,
          offset,
        });
    }
    // Tags can be stacked (QinQ); SLL sometimes keeps them too.
    while (ethertype === ETHERTYPE_VLAN || ethertype === ETHERTYPE_QINQ || ethertype === ETHERTYPE_QINQ_OLD) {
      if (p + 4 > end) return CUT;
      ethertype = view.getUint16(p + 2);
      p += 4;
    }
    // The IP packet's length on the wire, for headers that say 0 (segmentation offload, jumbograms).
    const wire = Math.max(original, caplen) - (p - at);
    if (ethertype === ETHERTYPE_IPV4) return this.ipv4(bytes, view, p, end, wire, caplen < original, time, frame);
    if (ethertype === ETHERTYPE_IPV6) return this.ipv6(bytes, view, p, end, wire, caplen < original, time, frame);
    return SKIPPED;
  }

  /** RFC 791 §3.1. */
  private ipv4(
    bytes: Uint8Array,
    view: DataView,
    p: number,
    end: number,
    wire: number,
    snapped: boolean,
    time: number,
    frame: number,
  ): Outcome {
    if (end - p < 20) return CUT;
    const first = bytes[p] as number;
    const headerLength = (first & 0x0f) * 4;
    if (first >> 4 !== 4 || headerLength < 20) return SKIPPED;
    // A total length of 0 is what a capture of a TCP-segmentation-offloaded packet shows (Wireshark reads it so).
    // The frame's length is bounded by what the 16-bit field could have said (GSO's 64 KiB): a record's length field
    // that says gigabytes is damage, not a segment.
    const total = view.getUint16(p + 2) || Math.min(wire, 0xffff);
    // Only the first fragment (offset 0) holds the TCP header; with MF set it is still the first.
    if ((view.getUint16(p + 6) & 0x1fff) !== 0 || bytes[p + 9] !== IPPROTO_TCP || total < headerLength) {
      return SKIPPED;
    }
    const src = ipv4Text(view, p + 12);
    const dst = ipv4Text(view, p + 16);
    const segment = total - headerLength;
    return this.tcpHeader(
      bytes,
      view,
      p + headerLength,
      end,
      segment,
      wire - headerLength,
      snapped,
      4,
      src,
      dst,
      time,
      frame,
    );
  }

  /** RFC 8200 §3 and §4: the extension headers are walked to the TCP header. */
  private ipv6(
    bytes: Uint8Array,
    view: DataView,
    p: number,
    end: number,
    wire: number,
    snapped: boolean,
    time: number,
    frame: number,
  ): Outcome {
    if (end - p < 40) return CUT;
    if ((bytes[p] as number) >> 4 !== 6) return SKIPPED;
    // 0 is a jumbogram's (RFC 2675) or an offloaded segment's: the length is then the frame's.
    const payload = view.getUint16(p + 4) || Math.min(wire - 40, 0xffff);
    let next = bytes[p + 6] as number;
    let q = p + 40;
    while (next !== IPPROTO_TCP) {
      if (next === 0 || next === 43 || next === 60 || next === 51) {
        // Hop-by-hop, routing, destination options: length in 8-octet units past the first 8; AH (RFC 4302 §2.2)
        // in 4-octet units past the first 8.
        if (q + 2 > end) return CUT;
        const length = next === 51 ? ((bytes[q + 1] as number) + 2) * 4 : ((bytes[q + 1] as number) + 1) * 8;
        next = bytes[q] as number;
        q += length;
      } else if (next === 44) {
        // Fragment header (RFC 8200 §4.5): only the first fragment (offset 0) holds the TCP header.
        if (q + 8 > end) return CUT;
        if ((view.getUint16(q + 2) & 0xfff8) !== 0) return SKIPPED;
        next = bytes[q] as number;
        q += 8;
      } else {
        // 59 (no next header), ESP, ICMPv6, UDP...
        return SKIPPED;
      }
    }
    const headers = q - p - 40;
    if (payload < headers) return SKIPPED;
    const src = ipv6Text(view, p + 8);
    const dst = ipv6Text(view, p + 24);
    return this.tcpHeader(
      bytes,
      view,
      q,
      end,
      payload - headers,
      wire - 40 - headers,
      snapped,
      6,
      src,
      dst,
      time,
      frame,
    );
  }

  /**
   * RFC 9293 §3.1; the options of §3.2 (MSS) and RFC 7323 §2 (window scale). `segment` is the TCP length the IP
   * header gives, `onTheWire` the bytes the frame carried after the IP headers (before any snap length cut them).
   */
  private tcpHeader(
    bytes: Uint8Array,
    view: DataView,
    t: number,
    end: number,
    segment: number,
    onTheWire: number,
    snapped: boolean,
    ipVersion: 4 | 6,
    src: string,
    dst: string,
    time: number,
    frame: number,
  ): Outcome {
    const captured = end - t;
    if (captured < 14) return CUT;
    const headerLength = ((bytes[t + 12] as number) >> 4) * 4;
    if (headerLength < 20 || segment < headerLength) return SKIPPED;
    let mss: number | null = null;
    let windowScale: number | null = null;
    const optionsEnd = Math.min(t + headerLength, end);
    for (let o = t + 20; o < optionsEnd; ) {
      const kind = bytes[o] as number;
      if (kind === 0) break;
      if (kind === 1) {
        o++;
        continue;
      }
      if (o + 1 >= optionsEnd) break;
      const length = bytes[o + 1] as number;
      if (length < 2 || o + length > optionsEnd) break;
      if (kind === 2 && length === 4) mss = view.getUint16(o + 2);
      else if (kind === 3 && length === 3) windowScale = bytes[o + 2] as number;
      o += length;
    }
    this.tcp++;
    this.onPacket({
      frame,
      time,
      ipVersion,
      src,
      dst,
      srcPort: view.getUint16(t),
      dstPort: view.getUint16(t + 2),
      flags: bytes[t + 13] as number,
      seq: view.getUint32(t + 4),
      ack: view.getUint32(t + 8),
      // An IP length that says more than the frame held on the wire is cut to what it held, as tshark reads it.
      len: Math.max(0, Math.min(segment, onTheWire) - headerLength),
      window: captured >= 16 ? view.getUint16(t + 14) : 0,
      windowScale,
      mss,
      truncated: snapped || captured < headerLength,
    });
    return TCP;
  }
}
