import { describe, expect, it } from "vitest";
import { analyse, BROWSER_LIMIT, chunksOf } from "./analyse";
import { problemText } from "./errors";

async function* chunks(...parts: Uint8Array[]) {
  for (const p of parts) yield p;
}

// A classic pcap header (little-endian, microseconds, Ethernet) and nothing else: a capture with no packets.
const EMPTY_PCAP = Uint8Array.from([
  0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 1, 0, 0, 0,
]);

describe("reading a file in the browser", () => {
  it("a file over the browser's limit is refused before a byte is read, and says what to do instead", async () => {
    let read = false;
    async function* never() {
      read = true;
      yield new Uint8Array(0);
    }
    const a = await analyse(never(), BROWSER_LIMIT + 1);
    expect(a).toEqual({ ok: false, problem: { code: "too-big", bytes: BROWSER_LIMIT + 1, limit: BROWSER_LIMIT } });
    expect(read).toBe(false);
    if (!a.ok) expect(problemText(a.problem).en).toMatch(/npm run -s cli -- capture/);
  });

  it("an empty file, a file that is no capture and one cut off each get their own problem", async () => {
    expect(await analyse(chunks(), 0)).toMatchObject({ ok: false, problem: { code: "empty" } });
    const text = new TextEncoder().encode("GET / HTTP/1.1\r\n");
    expect(await analyse(chunks(text), text.length)).toMatchObject({ ok: false, problem: { code: "not-a-capture" } });
    const cut = EMPTY_PCAP.subarray(0, 10);
    expect(await analyse(chunks(cut), cut.length)).toMatchObject({ ok: false, problem: { code: "truncated" } });
  });

  it("a capture with no packets is no problem: it has no connections, and progress reached the end", async () => {
    const seen: number[] = [];
    const a = await analyse(chunks(EMPTY_PCAP.subarray(0, 12), EMPTY_PCAP.subarray(12)), 24, (b) => seen.push(b));
    expect(a).toMatchObject({ ok: true, connections: [], stats: { format: "pcap", packets: 0 } });
    expect(seen).toEqual([12, 24]);
  });

  it("reads a ReadableStream as the worker gets it from a File", async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(EMPTY_PCAP);
        c.close();
      },
    });
    const a = await analyse(chunksOf(stream), EMPTY_PCAP.length);
    expect(a.ok).toBe(true);
  });
});
