import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CaptureStats, createReader, readCapture, type TcpPacket } from "@/lib/capture/read";
import { corpus } from "./corpus";

function readInChunks(chunks: Iterable<Uint8Array>): { packets: TcpPacket[]; stats: CaptureStats } {
  const packets: TcpPacket[] = [];
  const reader = createReader((p) => packets.push(p));
  for (const chunk of chunks) reader.push(chunk);
  return { packets, stats: reader.end() };
}

function* bySize(file: Uint8Array, size: number): Generator<Uint8Array> {
  for (let at = 0; at < file.length; at += size) yield file.subarray(at, at + size);
}

const files = corpus();
const byName = new Map(files.map((f) => [f.name, f]));

describe("a file read in chunks gives the packets it gives whole", () => {
  const cases = files.flatMap((f) => [1, 7, 4096].map((size) => [f.name, size] as const));
  it.each(cases)("%s, %i bytes at a time", (name, size) => {
    const f = byName.get(name)!;
    expect(readInChunks(bySize(f.file, size))).toEqual(readCapture(f.file));
  });

  it("a split at every byte of a pcap and a pcapng file gives the same packets", () => {
    for (const name of ["pcap-be-nsec-sll", "pcapng-sections"]) {
      const { file } = byName.get(name)!;
      const whole = readCapture(file);
      for (let at = 0; at <= file.length; at++) {
        expect(readInChunks([file.subarray(0, at), file.subarray(at)])).toEqual(whole);
      }
    }
  });

  it("chunks that are views into a larger buffer, as Node's pooled Buffers are, read the same", () => {
    const { file } = byName.get("pcapng-le-ethernet")!;
    const pool = new Uint8Array(file.length * 2 + 64);
    const chunks = [...bySize(file, 100)].map((c, i) => {
      const at = 13 + i * 150;
      pool.set(c, at);
      return pool.subarray(at, at + c.length);
    });
    expect(readInChunks(chunks)).toEqual(readCapture(file));
  });

  it("empty chunks change nothing", () => {
    const { file } = byName.get("pcap-le-usec-ethernet")!;
    const chunks = [...bySize(file, 50)].flatMap((c) => [new Uint8Array(0), c]);
    expect(readInChunks(chunks)).toEqual(readCapture(file));
  });

  it("any split into any number of chunks gives the same packets (property)", () => {
    const names = files.map((f) => f.name);
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.array(fc.nat(), { maxLength: 40 }), (name, cuts) => {
        const { file } = byName.get(name)!;
        const points = [...new Set(cuts.map((c) => c % (file.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((from, i) => file.subarray(from, points[i] ?? file.length));
        expect(readInChunks(chunks)).toEqual(readCapture(file));
      }),
      { seed: 20240601, numRuns: 300 },
    );
  });
});
