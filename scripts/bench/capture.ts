// The capture section of `npm run bench`: a synthetic capture of 100 MB or more (many connections, interleaved, each
// a handshake, data both ways and a teardown) explained by `npm run -s cli -- capture` in a process of its own, beside
// tshark printing the same file's flags, seq, ack and length, in the same run. Throughput as a ratio, and the CLI's
// peak memory, which stays bounded because the file is streamed and each connection let go once it has ended.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ethernet, FLAG, ipv4, tcp } from "../../tests/capture/write";

export type CaptureFigures = {
  fileMb: number;
  packets: number;
  connections: number;
  synackS: number;
  synackMbPerS: number;
  synackMaxRssMb: number;
  tshark: { seconds: number; mbPerS: number } | { missing: string };
  /** synack's rate over tshark's, in the same run. */
  ratio: number | null;
};

const MB = 1024 * 1024;

/** Writes the pcap; returns how many packets and connections it holds. */
export function writeSyntheticCapture(file: string, targetBytes: number): { packets: number; connections: number } {
  const fd = fs.openSync(file, "w");
  const header = Buffer.alloc(24);
  header.writeUInt32LE(0xa1b2c3d4, 0);
  header.writeUInt16LE(2, 4);
  header.writeUInt16LE(4, 6);
  header.writeUInt32LE(65535, 16);
  header.writeUInt32LE(1, 20);
  fs.writeSync(fd, header);
  let written = 24;
  let packets = 0;
  let connections = 0;
  let time = 1_700_000_000;
  const batch: Buffer[] = [];
  const record = (frame: Uint8Array) => {
    const r = Buffer.alloc(16);
    const whole = Math.floor(time);
    r.writeUInt32LE(whole, 0);
    r.writeUInt32LE(Math.round((time - whole) * 1e6), 4);
    r.writeUInt32LE(frame.length, 8);
    r.writeUInt32LE(frame.length, 12);
    batch.push(r, Buffer.from(frame.buffer, frame.byteOffset, frame.length));
    written += 16 + frame.length;
    packets++;
    time += 0.0001;
  };
  // Sixteen connections at a time, their segments interleaved as on a busy link.
  const PARALLEL = 16;
  const DATA = 60;
  while (written < targetBytes) {
    const round = Array.from({ length: PARALLEL }, () => {
      connections++;
      const port = 10_000 + (connections % 50_000);
      const client = `10.0.${(connections >> 8) & 255}.${connections & 255}`;
      return conversation(client, "10.1.0.1", port, 80, (connections * 2_654_435_761) >>> 0, DATA);
    });
    for (let step = 0; round.some((c) => step < c.length); step++) {
      for (const c of round) {
        const frame = c[step];
        if (frame) record(frame);
      }
      if (batch.length > 2048) fs.writeSync(fd, Buffer.concat(batch.splice(0)));
    }
    // The next round starts later than TIME-WAIT would last, as connections on a real link come and go.
    time += 300;
  }
  fs.writeSync(fd, Buffer.concat(batch));
  fs.closeSync(fd);
  return { packets, connections };
}

/** One connection's frames: handshake, `data` segments of 1,000 bytes each way with ACKs, and a teardown. */
function conversation(c: string, s: string, cp: number, sp: number, isn: number, data: number): Uint8Array[] {
  let cs = isn;
  let ss = (isn * 7 + 12_345) >>> 0;
  const frame = (from: "c" | "s", flags: number, len = 0) => {
    const [src, dst, srcPort, dstPort] = from === "c" ? [c, s, cp, sp] : [s, c, sp, cp];
    const seq = from === "c" ? cs : ss;
    const ack = from === "c" ? ss : cs;
    const syn = (flags & FLAG.SYN) !== 0;
    const t = tcp({
      srcPort,
      dstPort,
      seq,
      ack,
      flags,
      window: 502,
      payload: len,
      ...(syn ? { mss: 1460, windowScale: 7 } : {}),
    });
    const advance = len + (syn ? 1 : 0) + ((flags & FLAG.FIN) !== 0 ? 1 : 0);
    if (from === "c") cs = (cs + advance) >>> 0;
    else ss = (ss + advance) >>> 0;
    return ethernet(0x0800, ipv4(src, dst, 6, t));
  };
  const frames = [frame("c", FLAG.SYN), frame("s", FLAG.SYN | FLAG.ACK), frame("c", FLAG.ACK)];
  for (let i = 0; i < data; i++) {
    frames.push(frame("c", FLAG.PSH | FLAG.ACK, 1000), frame("s", FLAG.ACK));
    frames.push(frame("s", FLAG.PSH | FLAG.ACK, 1000), frame("c", FLAG.ACK));
  }
  frames.push(
    frame("c", FLAG.FIN | FLAG.ACK),
    frame("s", FLAG.ACK),
    frame("s", FLAG.FIN | FLAG.ACK),
    frame("c", FLAG.ACK),
  );
  return frames;
}

/** Runs `cmd`, its output thrown away; resolves with the wall-clock seconds it took. */
function timed(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ seconds: number; stderr: string }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(cmd, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve({ seconds: (performance.now() - start) / 1000, stderr })
        : reject(new Error(`${cmd} exited ${code}: ${stderr.slice(0, 400)}`)),
    );
  });
}

export async function benchCapture(dir: string, targetMb: number): Promise<CaptureFigures> {
  const file = path.join(dir, "synthetic.pcap");
  const { packets, connections } = writeSyntheticCapture(file, targetMb * MB);
  const fileMb = fs.statSync(file).size / MB;
  // GNU time's %M is the peak resident set in KB; without it, the CLI reports its own.
  const gnuTime = fs.existsSync("/usr/bin/time");
  const cli = [process.execPath, "--import", "tsx", "scripts/cli.ts", "capture", file];
  const ours = gnuTime
    ? await timed("/usr/bin/time", ["-f", "maxrss=%M", ...cli])
    : await timed(cli[0] as string, cli.slice(1));
  const rss = /maxrss=(\d+)/.exec(ours.stderr);
  const tsharkMissing = spawnSync("tshark", ["--version"]).error;
  const tshark = tsharkMissing
    ? { missing: "tshark is not installed (apt-get install tshark)" }
    : await timed("tshark", [
        "-r",
        file,
        "-T",
        "fields",
        "-e",
        "tcp.flags",
        "-e",
        "tcp.seq_raw",
        "-e",
        "tcp.ack_raw",
        "-e",
        "tcp.len",
      ]).then((t) => ({ seconds: t.seconds, mbPerS: fileMb / t.seconds }));
  fs.rmSync(file, { force: true });
  const synackMbPerS = fileMb / ours.seconds;
  return {
    fileMb: Math.round(fileMb),
    packets,
    connections,
    synackS: round(ours.seconds),
    synackMbPerS: round(synackMbPerS),
    synackMaxRssMb: rss ? Math.round(Number(rss[1]) / 1024) : -1,
    tshark: "missing" in tshark ? tshark : { seconds: round(tshark.seconds), mbPerS: round(tshark.mbPerS) },
    ratio: "missing" in tshark ? null : round(synackMbPerS / tshark.mbPerS),
  };
}

const round = (n: number) => Math.round(n * 100) / 100;
