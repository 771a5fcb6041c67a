// The fuzz cases, run in a process of their own by fuzz.test.ts so that a reader stuck in a loop is killed by a
// timeout instead of hanging the test run (a synchronous loop would block vitest's own timer). Seeded: the same
// seed gives the same cases. Prints the number of each case to stderr before running it, then one JSON line.
// Usage: node --import tsx tests/capture/fuzz-run.ts <seed> <cases>
import { CaptureError, createReader, type TcpPacket } from "../../lib/capture/read";
import { corpus } from "./corpus";
import { concat } from "./write";

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MAGICS = [
  [0xa1, 0xb2, 0xc3, 0xd4],
  [0xd4, 0xc3, 0xb2, 0xa1],
  [0x4d, 0x3c, 0xb2, 0xa1],
  [0x0a, 0x0d, 0x0d, 0x0a],
];
/** Values that are lengths, or almost: where a reader's arithmetic goes wrong. */
const EDGES = [0, 1, 4, 8, 11, 12, 13, 16, 20, 28, 32, 0x7fffffff, 0x80000000, 0xffffffff, 0xfffffff0, 65535, 262145];

type Outcome = { packets: TcpPacket[]; code: string | null };

function read(file: Uint8Array, chunkSizes: () => number): Outcome {
  const packets: TcpPacket[] = [];
  const reader = createReader((p) => packets.push(p));
  try {
    for (let at = 0; at < file.length; ) {
      const size = chunkSizes();
      reader.push(file.subarray(at, at + size));
      at += size;
    }
    reader.end();
    return { packets, code: null };
  } catch (e) {
    if (e instanceof CaptureError) return { packets, code: e.code };
    throw e;
  }
}

const u16 = (n: number) => Number.isInteger(n) && n >= 0 && n <= 0xffff;
const u32 = (n: number) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff;

/** What every packet must be, whatever the input: no NaN, no negative length, no number out of its field. */
function insane(packets: TcpPacket[]): string | null {
  let last = 0;
  for (const p of packets) {
    if (!(p.frame > last && Number.isInteger(p.frame))) return `frame ${p.frame} after ${last}`;
    last = p.frame;
    if (!Number.isFinite(p.time)) return `time ${p.time}`;
    if (p.ipVersion !== 4 && p.ipVersion !== 6) return `ipVersion ${p.ipVersion}`;
    if (typeof p.src !== "string" || typeof p.dst !== "string" || p.src === "" || p.dst === "") return "address";
    if (!u16(p.srcPort) || !u16(p.dstPort) || !u16(p.window)) return "port or window";
    if (!(Number.isInteger(p.flags) && p.flags >= 0 && p.flags <= 255)) return `flags ${p.flags}`;
    if (!u32(p.seq) || !u32(p.ack)) return "seq or ack";
    if (!(Number.isInteger(p.len) && p.len >= 0 && p.len <= 0xffff * 2)) return `len ${p.len}`;
    if (p.mss !== null && !u16(p.mss)) return `mss ${p.mss}`;
    if (p.windowScale !== null && !(p.windowScale >= 0 && p.windowScale <= 255)) return `windowScale ${p.windowScale}`;
    if (typeof p.truncated !== "boolean") return "truncated";
  }
  return null;
}

function makeCase(rng: () => number, files: Uint8Array[]): Uint8Array {
  const int = (n: number) => Math.floor(rng() * n);
  const pick = <T>(items: T[]): T => items[int(items.length)] as T;
  if (rng() < 0.2) {
    // Random bytes, most of them behind a real magic so that the parsers, not the magic check, see them.
    const bytes = Uint8Array.from({ length: int(600) }, () => int(256));
    if (rng() < 0.8) bytes.set(pick(MAGICS).slice(0, bytes.length));
    return bytes;
  }
  let file: Uint8Array = pick(files).slice();
  if (rng() < 0.35) {
    // Bytes changed inside packets mostly: headers that make no sense, in records that do.
    for (let n = 1 + int(8); n > 0; n--) file[int(file.length)] = int(256);
    return file;
  }
  for (let n = 1 + int(4); n > 0; n--) {
    const at = int(file.length);
    const choice = rng();
    if (choice < 0.3) file[at] = int(256);
    else if (choice < 0.55 && file.length >= 4) {
      const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
      view.setUint32(Math.min(at & ~3, file.length - 4), pick(EDGES) + (rng() < 0.3 ? int(64) : 0), rng() < 0.5);
    } else if (choice < 0.7) file = file.slice(0, at);
    else if (choice < 0.85) {
      const other = pick(files);
      file = concat(file.subarray(0, at), other.subarray(int(other.length)));
    } else {
      const from = int(file.length);
      file = concat(file.subarray(0, at), file.subarray(from, from + int(200)), file.subarray(at));
    }
  }
  return file;
}

const seed = Number(process.argv[2] ?? 1);
const count = Number(process.argv[3] ?? 1000);
const rng = random(seed);
const files = corpus().map((f) => f.file);
const failures: { case: number; problem: string; bytes: string }[] = [];
const codes: Record<string, number> = {};
for (let i = 0; i < count; i++) {
  process.stderr.write(`${i}\n`);
  const file = makeCase(rng, files);
  let problem: string | null = null;
  try {
    const whole = read(file, () => file.length || 1);
    const chunked = read(file, () => 1 + Math.floor(rng() * 64));
    codes[whole.code ?? "read"] = (codes[whole.code ?? "read"] ?? 0) + 1;
    problem = insane(whole.packets);
    if (problem === null && JSON.stringify(whole) !== JSON.stringify(chunked)) problem = "chunks read differently";
  } catch (e) {
    problem = `threw ${e instanceof Error ? e.stack : String(e)}`;
  }
  if (problem !== null && failures.length < 10) {
    failures.push({ case: i, problem, bytes: Buffer.from(file).toString("base64") });
  }
}
process.stdout.write(`${JSON.stringify({ cases: count, codes, failures })}\n`);
