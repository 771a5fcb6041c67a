import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { captureCommand } from "./lib/capture-command";

const SAMPLE = path.join(import.meta.dirname, "../public/captures/handshake-data-client-close.pcap");

async function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await captureCommand(args, { write: (s) => (stdout += s) }, { write: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

function file(name: string, bytes: Uint8Array | string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "synack-capture-"));
  const where = path.join(dir, name);
  writeFileSync(where, bytes);
  return where;
}

describe("npm run -s cli -- capture <file>", () => {
  it("prints each connection with every segment's numbers on the wire and both sides' states after it", async () => {
    const { code, stdout, stderr } = await run(SAMPLE);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const { connections } = JSON.parse(stdout);
    expect(connections).toHaveLength(1);
    const [c] = connections;
    expect(c.client).toBe("127.0.0.1:40001");
    expect(c.server).toBe("127.0.0.1:40002");
    const [syn, synAck] = c.segments;
    expect(syn).toMatchObject({ frame: 1, from: "client", flags: "SYN", ack: null, len: 0 });
    expect(syn.states).toEqual({ client: "SYN-SENT", server: "SYN-RECEIVED" });
    expect(synAck).toMatchObject({ from: "server", flags: "SYN,ACK", ack: (syn.seq + 1) % 2 ** 32 });
    expect(c.segments.at(-1).states.client).toBe("TIME-WAIT");
  });

  it("a file that is no capture: exit code 2, one sentence on stderr, nothing on stdout", async () => {
    const { code, stdout, stderr } = await run(file("notes.pcap", "SYN, SYN-ACK, ACK\n"));
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/not a packet capture/);
  });

  it("a file cut off in the middle of a packet says so, with exit code 2", async () => {
    const whole = new Uint8Array(await import("node:fs").then((fs) => fs.readFileSync(SAMPLE)));
    const { code, stderr } = await run(file("cut.pcap", whole.subarray(0, whole.length - 7)));
    expect(code).toBe(2);
    expect(stderr).toMatch(/ends in the middle of a packet/);
  });

  it("an empty file, a missing file and a wrong number of arguments each get one sentence and exit code 2", async () => {
    for (const args of [[file("empty.pcap", "")], ["/nonexistent/x.pcap"], [], [SAMPLE, SAMPLE]]) {
      const { code, stdout, stderr } = await run(...args);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toHaveLength(1);
    }
  });

  it("a directory says it is no file; a pipe is read as it comes, as from tcpdump -w -", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "synack-capture-"));
    const folder = await run(dir);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/is a directory, not a capture file/);

    const fifo = path.join(dir, "live.pcap");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const writer = spawn("sh", ["-c", 'cat "$0" > "$1"', SAMPLE, fifo]);
    const piped = await run(fifo);
    writer.kill();
    expect(piped.stderr).toBe("");
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.stdout)).toEqual(JSON.parse((await run(SAMPLE)).stdout));
  });
});
