import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCli } from "./lib/cli";

function parsed(args: string[]) {
  const result = runCli(args);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

describe("npm run cli", () => {
  it("model prints all eleven states and the transitions in the issue's vocabulary", () => {
    const model = parsed(["model"]);
    expect(model.states.map((s: { name: string }) => s.name)).toEqual([
      "CLOSED",
      "LISTEN",
      "SYN-SENT",
      "SYN-RECEIVED",
      "ESTABLISHED",
      "FIN-WAIT-1",
      "FIN-WAIT-2",
      "CLOSE-WAIT",
      "CLOSING",
      "LAST-ACK",
      "TIME-WAIT",
    ]);
    expect(model.transitions).toContainEqual(
      expect.objectContaining({
        from: "ESTABLISHED",
        event: "rcv FIN",
        to: "CLOSE-WAIT",
        send: "ACK",
        source: "§3.10.7.4",
      }),
    );
    expect(model.states[3].names).toMatchObject({ linux: "TCP_SYN_RECV", ss: "SYN-RECV", netstat: "SYN_RECV" });
  });

  it("scenarios lists the ids", () => {
    expect(parsed(["scenarios"])).toEqual(expect.arrayContaining(["handshake", "teardown", "refused"]));
  });

  it("trace prints each step's actor, event, segment, states and explanation", () => {
    const trace = parsed(["trace", "handshake"]);
    expect(trace.id).toBe("handshake");
    expect(trace.steps[2]).toMatchObject({
      actor: "server",
      event: "rcv SYN",
      segment: { flags: "SYN,ACK", seq: 9000, ack: 4001, len: 0 },
      states: { client: "SYN-SENT", server: "SYN-RECEIVED" },
    });
    expect(trace.steps[2].explain.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it("trace takes other ISNs", () => {
    const trace = parsed(["trace", "handshake", "--client-isn", "100", "--server-isn", "4294967295"]);
    expect(trace.steps[2].segment).toMatchObject({ seq: 4294967295, ack: 101 });
    expect(trace.steps[3].segment).toMatchObject({ seq: 101, ack: 0 });
  });

  it("questions prints generated questions, the same for the same seed", () => {
    const args = ["questions", "--seed", "12", "--count", "5", "--level", "basics", "--lang", "zh"];
    const questions = parsed(args);
    expect(questions).toHaveLength(5);
    expect(questions).toEqual(parsed(args));
    for (const q of questions) {
      expect(Object.keys(q)).toEqual(
        expect.arrayContaining(["id", "type", "level", "prompt", "answer", "explanation", "basis", "rfc"]),
      );
      expect(q.level).toBe("basics");
      expect(q.prompt).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it.each([
    [["questions", "--count", "3"], /--seed is required/],
    [["questions", "--seed", "1", "--count", "0"], /--count must be a whole number from 1 to 1000/],
    [
      ["questions", "--seed", "1", "--count", "3", "--level", "hard"],
      /--level must be basics, intermediate or advanced/,
    ],
    [["questions", "--seed", "1", "--count", "3", "--lang", "fr"], /--lang must be en or zh/],
    [["questions", "--seed", "1", "--count", "3", "--foo", "1"], /Unknown option --foo/],
    [["trace", "nope"], /Unknown scenario "nope"/],
    [["trace"], /needs a scenario id/],
    [["trace", "handshake", "--client-isn", "-1"], /whole number from 0 to 4294967295/],
    [["trace", "handshake", "--client-isn", "4294967296"], /whole number/],
    [["trace", "handshake", "--bogus", "1"], /Unknown option/],
    [["model", "extra"], /takes no arguments/],
    [["frobnicate"], /Unknown command "frobnicate"/],
  ])("%j fails with exit code 2 and one line on stderr", (args, message) => {
    const result = runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("as a process: a bad id exits with code 2 and no stack trace", () => {
    const child = spawnSync(process.execPath, ["--import", "tsx", "scripts/cli.ts", "trace", "nope"], {
      encoding: "utf8",
    });
    expect(child.status).toBe(2);
    expect(child.stdout).toBe("");
    expect(child.stderr.trim()).toMatch(/^Unknown scenario "nope"/);
    expect(child.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});
