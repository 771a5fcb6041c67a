// The sample captures (public/captures) were recorded from real Linux sockets while their states were sampled
// (tests/kernel/record_captures.py wrote both). The states the model infers from each capture alone must be the
// states Linux showed, in the same order, for both endpoints.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { connectionsOf } from "@/lib/capture/connections";
import { explainConnection } from "@/lib/capture/infer";
import { readCapture } from "@/lib/capture/read";
import { SAMPLES } from "@/lib/capture/samples";
import type { Role } from "@/lib/tcp";

const ROOT = path.join(import.meta.dirname, "../..");
type Recorded = { client: string[]; server: string[]; clientAddress: string; serverAddress: string };
const RECORDED = JSON.parse(readFileSync(path.join(import.meta.dirname, "linux-states.json"), "utf8")) as Record<
  string,
  Recorded
>;

/** Each endpoint's states in order, consecutive repeats collapsed: where it began, then after every step. */
function inferred(file: string, recorded: Recorded): Record<Role, string[]> {
  const { packets } = readCapture(readFileSync(path.join(ROOT, "public/captures", file)));
  const connection = connectionsOf(packets).find(
    (c) => c.client === recorded.clientAddress && c.server === recorded.serverAddress,
  );
  if (!connection) throw new Error(`${file} has no connection ${recorded.clientAddress} → ${recorded.serverAddress}`);
  const x = explainConnection(connection);
  const states = (role: Role) => {
    const seen = [x.beginning[role].state, ...x.steps.map((s) => s.states[role])];
    return seen.filter((s, i) => s !== seen[i - 1]);
  };
  return { client: states("client"), server: states("server") };
}

describe("each sample capture: the model's states are the ones Linux showed", () => {
  it("every sample on the capture page was recorded, with Linux's states", () => {
    for (const s of SAMPLES) expect(Object.keys(RECORDED)).toContain(s.file);
  });

  for (const [file, recorded] of Object.entries(RECORDED)) {
    it(`${file}: client ${recorded.client.join(" → ")}; server ${recorded.server.join(" → ")}`, () => {
      expect(inferred(file, recorded)).toEqual({ client: recorded.client, server: recorded.server });
    });
  }

  // Linux is no RFC 9293 to the letter (its abort carries an ACK, say), but nothing it did in these samples is a
  // segment RFC 9293 would not send or one the model cannot play: a finding here is the model misreading Linux.
  for (const file of Object.keys(RECORDED)) {
    it(`${file}: no segment flagged as not RFC 9293's or not played`, () => {
      const { packets } = readCapture(readFileSync(path.join(ROOT, "public/captures", file)));
      const flagged = connectionsOf(packets)
        .flatMap((c) => explainConnection(c).segments)
        .flatMap((s) => s.findings.filter((f) => f.kind !== "linux").map((f) => `#${s.frame}: ${f.text.en}`));
      expect(flagged).toEqual([]);
    });
  }

  it("out-of-order.pcap: the two segments after the lost one wait beyond RCV.NXT, and one ACK covers all three", () => {
    const { packets } = readCapture(readFileSync(path.join(ROOT, "public/captures/out-of-order.pcap")));
    const [x] = connectionsOf(packets).map(explainConnection);
    const data = x?.segments.filter((s) => s.from === "client" && s.len > 0) ?? [];
    expect(data.map((s) => s.did)).toEqual([
      ["lost"],
      ["acceptable", "out of order", "new data"],
      ["acceptable", "out of order", "new data"],
      ["retransmission", "acceptable", "new data"],
    ]);
    const dupAcks = x?.segments.filter((s) => s.did.includes("duplicate ACK")).map((s) => s.frame);
    expect(dupAcks).toEqual([7, 8]);
    const retransmitted = data[3];
    const covering = x?.segments.find((s) => s.from === "server" && s.frame > (retransmitted?.frame ?? 0));
    expect(covering?.ack).toBe(((data[2]?.seq ?? 0) + 100) % 2 ** 32);
  });
});
