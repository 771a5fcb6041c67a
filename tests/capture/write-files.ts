// A test-only writer of capture files, independent of the reader: classic pcap (draft-ietf-opsawg-pcap) and
// pcapng (draft-ietf-opsawg-pcapng), in either byte order, around frames from ./write.ts.
import { Bytes, concat, ipv4Bytes } from "./write";

export type PcapRecord = { seconds: number; fraction: number; frame: Uint8Array };

/** A classic pcap file; a frame longer than `snaplen` is cut, its original length kept. */
export function pcap(o: {
  littleEndian: boolean;
  nano?: boolean;
  linkType: number;
  snaplen?: number;
  records: PcapRecord[];
}): Uint8Array {
  const le = o.littleEndian;
  const snaplen = o.snaplen ?? 262144;
  const b = new Bytes()
    .u32(o.nano ? 0xa1b23c4d : 0xa1b2c3d4, le)
    .u16(2, le)
    .u16(4, le)
    .u32(0, le)
    .u32(0, le)
    .u32(snaplen, le)
    .u32(o.linkType, le);
  for (const r of o.records) {
    const captured = r.frame.subarray(0, Math.min(snaplen, r.frame.length));
    b.u32(r.seconds, le).u32(r.fraction, le).u32(captured.length, le).u32(r.frame.length, le).bytes(captured);
  }
  return b.done();
}

export type PcapngBlock =
  | { kind: "interface"; linkType: number; snaplen?: number; tsresol?: number; tsoffset?: bigint }
  | { kind: "enhanced"; interface: number; ticks: bigint; frame: Uint8Array; comment?: string }
  | { kind: "packet"; interface: number; ticks: bigint; frame: Uint8Array }
  | { kind: "simple"; frame: Uint8Array }
  | { kind: "other"; type: number; body: Uint8Array };

export type PcapngSection = { littleEndian: boolean; blocks: PcapngBlock[] };

function block(type: number, body: Uint8Array, le: boolean): Uint8Array {
  const length = 12 + body.length;
  return new Bytes().u32(type, le).u32(length, le).bytes(body).u32(length, le).done();
}

/** A pcapng file: each section's header, then its blocks; an interface's snap length cuts its packets. */
export function pcapng(sections: PcapngSection[]): Uint8Array {
  const out: Uint8Array[] = [];
  for (const section of sections) {
    const le = section.littleEndian;
    // Byte-order magic, version 1.0, section length unknown (-1), an shb_userappl option.
    const app = new TextEncoder().encode("synack tests");
    const shb = new Bytes()
      .u32(0x1a2b3c4d, le)
      .u16(1, le)
      .u16(0, le)
      .u64(-1n & 0xffffffffffffffffn, le);
    shb.u16(4, le).u16(app.length, le).bytes(app).pad4().u16(0, le).u16(0, le);
    out.push(block(0x0a0d0d0a, shb.done(), le));
    const snaplens: number[] = [];
    for (const b of section.blocks) {
      if (b.kind === "interface") {
        snaplens.push(b.snaplen ?? 0);
        const body = new Bytes()
          .u16(b.linkType, le)
          .u16(0, le)
          .u32(b.snaplen ?? 0, le);
        if (b.tsresol !== undefined) body.u16(9, le).u16(1, le).u8(b.tsresol).pad4();
        if (b.tsoffset !== undefined) body.u16(14, le).u16(8, le).u64(BigInt.asUintN(64, b.tsoffset), le);
        if (b.tsresol !== undefined || b.tsoffset !== undefined) body.u16(0, le).u16(0, le);
        out.push(block(1, body.done(), le));
      } else if (b.kind === "enhanced" || b.kind === "packet") {
        const snaplen = snaplens[b.interface] || Number.POSITIVE_INFINITY;
        const captured = b.frame.subarray(0, Math.min(snaplen, b.frame.length));
        const body = new Bytes();
        if (b.kind === "enhanced") body.u32(b.interface, le);
        else body.u16(b.interface, le).u16(0, le);
        body.timestamp(b.ticks, le).u32(captured.length, le).u32(b.frame.length, le).bytes(captured).pad4();
        if (b.kind === "enhanced" && b.comment !== undefined) {
          const text = new TextEncoder().encode(b.comment);
          body.u16(1, le).u16(text.length, le).bytes(text).pad4().u16(0, le).u16(0, le);
        }
        out.push(block(b.kind === "enhanced" ? 6 : 2, body.done(), le));
      } else if (b.kind === "simple") {
        const snaplen = snaplens[0] || Number.POSITIVE_INFINITY;
        const captured = b.frame.subarray(0, Math.min(snaplen, b.frame.length));
        out.push(block(3, new Bytes().u32(b.frame.length, le).bytes(captured).pad4().done(), le));
      } else {
        out.push(block(b.type, new Bytes().bytes(b.body).pad4().done(), le));
      }
    }
  }
  return concat(...out);
}

/** Blocks a reader of packets skips (draft-ietf-opsawg-pcapng §4.5-§4.8, §5.2), well-formed so tshark reads them. */
export const skippable = {
  /** Name Resolution Block: one IPv4 record, then the end record. */
  names(le: boolean, address: string, name: string): PcapngBlock {
    const text = new TextEncoder().encode(`${name}\0`);
    const body = new Bytes()
      .u16(1, le)
      .u16(4 + text.length, le)
      .bytes(ipv4Bytes(address))
      .bytes(text)
      .pad4()
      .u16(0, le)
      .u16(0, le);
    return { kind: "other", type: 4, body: body.done() };
  },
  /** Interface Statistics Block: interface, timestamp, no options. */
  statistics(le: boolean, interfaceId: number, ticks: bigint): PcapngBlock {
    return { kind: "other", type: 5, body: new Bytes().u32(interfaceId, le).timestamp(ticks, le).done() };
  },
  /** Decryption Secrets Block: a TLS key log line. */
  secrets(le: boolean): PcapngBlock {
    const text = new TextEncoder().encode("CLIENT_RANDOM 00 00\n");
    const body = new Bytes().u32(0x544c534b, le).u32(text.length, le).bytes(text).pad4();
    return { kind: "other", type: 10, body: body.done() };
  },
  /** systemd Journal Export Block: one journal entry, as `journalctl -o export` writes it. */
  journal(): PcapngBlock {
    const text = new TextEncoder().encode("__REALTIME_TIMESTAMP=1700000000000000\nMESSAGE=synack\n\n");
    return { kind: "other", type: 9, body: text };
  },
  /** Custom Block that may be copied (0x00000BAD), with a Private Enterprise Number. */
  custom(le: boolean): PcapngBlock {
    return { kind: "other", type: 0x00000bad, body: new Bytes().u32(32473, le).u8(1, 2, 3, 4, 5).done() };
  },
};
