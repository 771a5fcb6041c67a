// A test-only writer of captured frames, byte by byte, independent of the reader: the headers of Ethernet,
// 802.1Q, Linux cooked captures, BSD loopback, IPv4, IPv6 (with extension headers), UDP and TCP. The files that
// hold them are written by ./write-files.ts.

/** Bytes appended one field at a time, in the order given. */
export class Bytes {
  private parts: number[] = [];

  u8(...values: number[]): this {
    for (const v of values) this.parts.push(v & 0xff);
    return this;
  }
  u16(v: number, littleEndian = false): this {
    return littleEndian ? this.u8(v, v >>> 8) : this.u8(v >>> 8, v);
  }
  u32(v: number, littleEndian = false): this {
    return littleEndian ? this.u8(v, v >>> 8, v >>> 16, v >>> 24) : this.u8(v >>> 24, v >>> 16, v >>> 8, v);
  }
  u64(v: bigint, littleEndian = false): this {
    const high = Number((v >> 32n) & 0xffffffffn);
    const low = Number(v & 0xffffffffn);
    return littleEndian ? this.u32(low, true).u32(high, true) : this.u32(high).u32(low);
  }
  /** A pcapng timestamp: its high 32 bits, then its low 32 bits, each in the section's order (§4.3). */
  timestamp(v: bigint, littleEndian: boolean): this {
    return this.u32(Number(v >> 32n), littleEndian).u32(Number(v & 0xffffffffn), littleEndian);
  }
  bytes(b: Uint8Array | number[]): this {
    for (const v of b) this.parts.push(v);
    return this;
  }
  zeros(n: number): this {
    for (let i = 0; i < n; i++) this.parts.push(0);
    return this;
  }
  /** Zeros up to the next multiple of 4 (pcapng pads everything to 32 bits). */
  pad4(): this {
    return this.zeros((4 - (this.parts.length % 4)) % 4);
  }
  get length(): number {
    return this.parts.length;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.parts);
  }
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** "10.0.0.1" -> 4 bytes. */
export function ipv4Bytes(text: string): number[] {
  return text.split(".").map(Number);
}

/** Any IPv6 text form ("2001:db8::1", "::ffff:1.2.3.4") -> 16 bytes. */
export function ipv6Bytes(text: string): number[] {
  let groups: number[] = [];
  const [head = "", tail] = text.split("::");
  const parse = (s: string) =>
    s === ""
      ? []
      : s.split(":").flatMap((g) => {
          if (g.includes(".")) {
            const [a = 0, b = 0, c = 0, d = 0] = ipv4Bytes(g);
            return [(a << 8) | b, (c << 8) | d];
          }
          return [Number.parseInt(g, 16)];
        });
  const first = parse(head);
  if (tail === undefined) groups = first;
  else {
    const last = parse(tail);
    groups = [...first, ...new Array(8 - first.length - last.length).fill(0), ...last];
  }
  return groups.flatMap((g) => [g >>> 8, g & 0xff]);
}

export const FLAG = { FIN: 0x01, SYN: 0x02, RST: 0x04, PSH: 0x08, ACK: 0x10, URG: 0x20, ECE: 0x40, CWR: 0x80 };

export type TcpSpec = {
  srcPort: number;
  dstPort: number;
  seq: number;
  ack: number;
  flags: number;
  window: number;
  mss?: number;
  windowScale?: number;
  /** SACK-permitted and timestamps, to have options this reader passes over. */
  sackPermitted?: boolean;
  timestamps?: [number, number];
  /** Payload bytes (a pattern). */
  payload?: number;
};

/** A TCP header (RFC 9293 §3.1) with its options, then the payload; checksum 0 (tshark does not check it). */
export function tcp(t: TcpSpec): Uint8Array {
  const options = new Bytes();
  if (t.mss !== undefined) options.u8(2, 4).u16(t.mss);
  if (t.sackPermitted) options.u8(4, 2);
  if (t.timestamps) options.u8(1, 1, 8, 10).u32(t.timestamps[0]).u32(t.timestamps[1]);
  if (t.windowScale !== undefined) options.u8(1, 3, 3, t.windowScale);
  while (options.length % 4 !== 0) options.u8(0);
  const headerLength = 20 + options.length;
  const b = new Bytes()
    .u16(t.srcPort)
    .u16(t.dstPort)
    .u32(t.seq)
    .u32(t.ack)
    .u8((headerLength / 4) << 4, t.flags)
    .u16(t.window)
    .u16(0)
    .u16(0)
    .bytes(options.done());
  for (let i = 0; i < (t.payload ?? 0); i++) b.u8(0x41 + (i % 26));
  return b.done();
}

/** A UDP datagram, to have packets that are not TCP. */
export function udp(srcPort: number, dstPort: number, payload: number): Uint8Array {
  return new Bytes()
    .u16(srcPort)
    .u16(dstPort)
    .u16(8 + payload)
    .u16(0)
    .zeros(payload)
    .done();
}

export type Ipv4Options = {
  /** In 8-octet units, as the header holds it. */
  fragmentOffset?: number;
  moreFragments?: boolean;
  /** Bytes of IP options (NOPs), a multiple of 4. */
  options?: number;
  /** What the total length field says, when not the real length (0 for an offloaded segment). */
  totalLength?: number;
};

/** An IPv4 header (RFC 791 §3.1) and its payload; checksum 0. */
export function ipv4(src: string, dst: string, protocol: number, payload: Uint8Array, o: Ipv4Options = {}): Uint8Array {
  const headerLength = 20 + (o.options ?? 0);
  const fragment = ((o.moreFragments ? 1 : 0) << 13) | (o.fragmentOffset ?? 0);
  return new Bytes()
    .u8(0x40 | (headerLength / 4), 0)
    .u16(o.totalLength ?? headerLength + payload.length)
    .u16(0x1234)
    .u16(fragment)
    .u8(64, protocol)
    .u16(0)
    .bytes(ipv4Bytes(src))
    .bytes(ipv4Bytes(dst))
    .bytes(new Array(o.options ?? 0).fill(1))
    .bytes(payload)
    .done();
}

/** An IPv6 extension header (RFC 8200 §4); `size` for hop-by-hop, routing, destination options: 8, 16, 24... */
export type Ipv6Extension =
  | { type: 0 | 43 | 60; size?: number }
  | { type: 51; size?: number }
  | { type: 44; offset: number; more: boolean };

/** An IPv6 header (RFC 8200 §3), its extension headers, and the payload. */
export function ipv6(
  src: string,
  dst: string,
  protocol: number,
  payload: Uint8Array,
  extensions: Ipv6Extension[] = [],
  payloadLength?: number,
): Uint8Array {
  const chain = new Bytes();
  extensions.forEach((e, i) => {
    const next = extensions[i + 1]?.type ?? protocol;
    if (e.type === 44) {
      chain
        .u8(next, 0)
        .u16((e.offset << 3) | (e.more ? 1 : 0))
        .u32(0xabcd);
    } else if (e.type === 51) {
      // AH: length in 4-octet units minus 2; 12 bytes of fixed fields plus a 12-byte ICV is 24.
      const size = e.size ?? 24;
      chain.u8(next, size / 4 - 2).zeros(size - 2);
    } else {
      // Options padded with PadN: the length is in 8-octet units minus 1.
      const size = e.size ?? 8;
      chain.u8(next, size / 8 - 1);
      if (e.type === 43) chain.u8(0, 0).zeros(size - 4);
      else chain.u8(1, size - 4).zeros(size - 4);
    }
  });
  const rest = concat(chain.done(), payload);
  return new Bytes()
    .u32(0x60000000)
    .u16(payloadLength ?? rest.length)
    .u8(extensions[0]?.type ?? protocol, 64)
    .bytes(ipv6Bytes(src))
    .bytes(ipv6Bytes(dst))
    .bytes(rest)
    .done();
}

export const ETHERTYPE = { IPV4: 0x0800, IPV6: 0x86dd, ARP: 0x0806, VLAN: 0x8100, QINQ: 0x88a8, QINQ_OLD: 0x9100 };

/** An Ethernet II frame; `tags` are the tag protocol ids of 802.1Q/802.1ad tags, outermost first. */
export function ethernet(etherType: number, payload: Uint8Array, tags: number[] = []): Uint8Array {
  const b = new Bytes().u8(0x02, 0, 0, 0, 0, 0x02).u8(0x02, 0, 0, 0, 0, 0x01);
  tags.forEach((tpid, i) => {
    b.u16(tpid).u16(100 + i);
  });
  return b.u16(etherType).bytes(payload).done();
}

/** Linux cooked capture v1: packet type, ARPHRD_ETHER, address length 6, 8 address bytes, protocol. */
export function sll(protocol: number, payload: Uint8Array): Uint8Array {
  return new Bytes().u16(0).u16(1).u16(6).u8(2, 0, 0, 0, 0, 1, 0, 0).u16(protocol).bytes(payload).done();
}

/** Linux cooked capture v2: protocol, reserved, interface index, ARPHRD_ETHER, packet type, address length, address. */
export function sll2(protocol: number, payload: Uint8Array): Uint8Array {
  return new Bytes().u16(protocol).u16(0).u32(2).u16(1).u8(4, 6).u8(2, 0, 0, 0, 0, 1, 0, 0).bytes(payload).done();
}

/** BSD loopback: the address family in the capturing machine's byte order (LINKTYPE_NULL) or network order (LOOP). */
export function loopback(family: number, payload: Uint8Array, littleEndian: boolean): Uint8Array {
  return new Bytes().u32(family, littleEndian).bytes(payload).done();
}
