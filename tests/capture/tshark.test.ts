// The reader against Wireshark's own: for every sample capture in public/captures and every file the test writer
// makes, tshark and the reader must find the same TCP packets with the same numbers.
import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CaptureError, createReader, type TcpPacket } from "@/lib/capture/read";
import { corpus } from "./corpus";

const run = promisify(execFile);

function tsharkVersion(): string | null {
  try {
    return (
      execFileSync("tshark", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split("\n")[0] ??
      ""
    );
  } catch {
    return null;
  }
}
const version = tsharkVersion();
if (version === null) console.warn("tshark is not on PATH: the comparison with tshark is skipped.");

const FIELDS = [
  "frame.number",
  "frame.time_epoch",
  "tcp.flags",
  "tcp.seq_raw",
  "tcp.ack_raw",
  "tcp.len",
  "tcp.srcport",
  "tcp.dstport",
  "ip.src",
  "ipv6.src",
  "ip.dst",
  "ipv6.dst",
  "tcp.window_size_value",
  "tcp.options.mss_val",
  "tcp.options.wscale.shift",
] as const;
type Row = Record<(typeof FIELDS)[number], string>;

const SAMPLES = path.resolve(import.meta.dirname, "../../public/captures");
let folder = "";

async function tshark(file: string): Promise<{ rows: Row[]; failed: boolean }> {
  const args = ["-r", file, "-n", "-T", "fields", "-E", "occurrence=f", "-E", "separator=/t"];
  // Each fragment and segment on its own, as the reader sees them; no user's preferences.
  for (const o of ["ip.defragment:FALSE", "ipv6.defragment:FALSE", "tcp.desegment_tcp_streams:FALSE"])
    args.push("-o", o);
  for (const f of FIELDS) args.push("-e", f);
  // TCP headers quoted inside ICMP errors are not the capture's own packets.
  args.push("-Y", "tcp && !icmp && !icmpv6");
  const env = { ...process.env, WIRESHARK_CONFIG_DIR: folder };
  const result = await run("tshark", args, { env, maxBuffer: 1 << 30 }).catch(
    (e: { stdout: string; stderr: string }) => ({ ...e, failed: true }),
  );
  const failed = "failed" in result || /cut short|isn't a capture|unknown format/i.test(result.stderr);
  const rows = result.stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => {
      const cells = line.split("\t");
      return Object.fromEntries(FIELDS.map((f, i) => [f, cells[i] ?? ""])) as Row;
    });
  return { rows, failed };
}

function read(file: string): { packets: TcpPacket[]; error: CaptureError | null } {
  const packets: TcpPacket[] = [];
  const reader = createReader((p) => packets.push(p));
  try {
    const fd = fs.openSync(file, "r");
    const chunk = new Uint8Array(1 << 20);
    try {
      for (let n = fs.readSync(fd, chunk); n > 0; n = fs.readSync(fd, chunk)) reader.push(chunk.subarray(0, n));
    } finally {
      fs.closeSync(fd);
    }
    reader.end();
    return { packets, error: null };
  } catch (e) {
    if (!(e instanceof CaptureError)) throw e;
    return { packets, error: e };
  }
}

/** What tshark decoded of a packet, in the reader's terms: a field tshark leaves empty is not compared. */
function fromTshark(row: Row): Partial<TcpPacket> {
  const seen: Partial<TcpPacket> = {
    frame: Number(row["frame.number"]),
    srcPort: Number(row["tcp.srcport"]),
    dstPort: Number(row["tcp.dstport"]),
    // tshark's tcp.flags has 12 bits (with the reserved and AE bits); the reader's is the flags byte.
    flags: Number(row["tcp.flags"]) & 0xff,
    seq: Number(row["tcp.seq_raw"]),
    ack: Number(row["tcp.ack_raw"]),
    src: row["ip.src"] || row["ipv6.src"],
    dst: row["ip.dst"] || row["ipv6.dst"],
    ipVersion: row["ip.src"] ? 4 : 6,
  };
  if (row["tcp.len"] !== "") seen.len = Number(row["tcp.len"]);
  if (row["tcp.window_size_value"] !== "") seen.window = Number(row["tcp.window_size_value"]);
  seen.mss = row["tcp.options.mss_val"] === "" ? null : Number(row["tcp.options.mss_val"]);
  seen.windowScale = row["tcp.options.wscale.shift"] === "" ? null : Number(row["tcp.options.wscale.shift"]);
  return seen;
}

function compare(rows: Row[], packets: TcpPacket[]): void {
  const ours = new Map(packets.map((p) => [p.frame, p]));
  const decoded = rows.filter((r) => r["tcp.flags"] !== "" && r["tcp.seq_raw"] !== "" && r["tcp.ack_raw"] !== "");
  // A packet tshark could not read seq, ack and flags of is one the reader counts as cut.
  for (const r of rows) if (!decoded.includes(r)) expect(ours.has(Number(r["frame.number"]))).toBe(false);
  expect(packets.map((p) => p.frame)).toEqual(decoded.map((r) => Number(r["frame.number"])));
  for (const row of decoded) {
    const p = ours.get(Number(row["frame.number"])) as TcpPacket;
    const seen = fromTshark(row);
    const mine = Object.fromEntries(Object.keys(seen).map((k) => [k, p[k as keyof TcpPacket]]));
    expect(mine, `frame ${p.frame}`).toEqual(seen);
    // A Simple Packet Block has no timestamp; tshark leaves it empty.
    if (row["frame.time_epoch"] !== "") expect(Math.abs(p.time - Number(row["frame.time_epoch"]))).toBeLessThan(1e-6);
  }
}

const samples = fs.existsSync(SAMPLES)
  ? fs
      .readdirSync(SAMPLES)
      .filter((f) => /\.(pcap|pcapng|cap)$/i.test(f))
      .map((f) => path.join(SAMPLES, f))
  : [];
const written = corpus();

describe.skipIf(version === null)(`tshark (${version ?? "not on PATH: skipped"}) and the reader agree`, () => {
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), "synack-capture-"));
    for (const f of written) fs.writeFileSync(path.join(folder, `${f.name}.${f.stats.format}`), f.file);
  });
  afterAll(() => {
    if (folder !== "") fs.rmSync(folder, { recursive: true, force: true });
  });

  it.concurrent.each(written.map((f) => `${f.name}.${f.stats.format}`))("on the written %s", async (name) => {
    const file = path.join(folder, name);
    const [{ rows, failed }, { packets, error }] = [await tshark(file), read(file)];
    expect(error).toBeNull();
    expect(failed).toBe(false);
    compare(rows, packets);
  });

  it.concurrent.each(samples.length > 0 ? samples : ["(no sample captures yet)"])("on the sample %s", async (file) => {
    if (!fs.existsSync(file)) return;
    const [{ rows, failed }, { packets, error }] = [await tshark(file), read(file)];
    // A sample cut off on purpose: both stop at the cut, with what came before it read alike.
    if (error !== null) expect({ code: error.code, failed }).toEqual({ code: "truncated", failed: true });
    else expect(failed).toBe(false);
    compare(rows, packets);
  });
});
