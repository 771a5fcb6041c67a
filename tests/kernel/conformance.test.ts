// RFC 9293 as lib/tcp models it, checked against the Linux kernel: real sockets in a private network
// namespace go through each scenario (tests/kernel/driver.py); the states they pass through must be the states the
// scenario engine says, and the segments each side sends must be the engine's, where the model does not say that
// Linux does otherwise (Transition.linux).
import { execFile, spawnSync } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import {
  establishedConnection,
  play,
  type Role,
  type Scenario,
  type State,
  type Step,
  scenarioById,
  stateFromProcHex,
  tcbOf,
} from "@/lib/tcp";

const run = promisify(execFile);
const DRIVER = path.join(import.meta.dirname, "driver.py");
const SCENARIOS = [
  "handshake",
  "handshake-lost-ack",
  "handshake-lost-synack",
  "teardown",
  "teardown-lost-ack",
  "teardown-lost-fin",
  "teardown-lost-fin-ack",
  "teardown-lost-second-fin",
  "simultaneous-open",
  "simultaneous-close",
  "abort",
  "refused",
  "forged-rst",
  "half-open",
  "half-open-data",
  "old-duplicate-syn",
];

function missingPrerequisite(): string | null {
  if (process.platform !== "linux") return "it needs Linux";
  if (process.getuid?.() !== 0) return "it needs root (network namespaces and nftables)";
  for (const [tool, pkg] of [
    ["ip", "iproute2"],
    ["nft", "nftables"],
    ["python3", "python3"],
  ] as const) {
    if (spawnSync(tool, ["--version"]).error) return `${tool} is missing (apt-get install ${pkg})`;
  }
  const probe = `synack-probe-${process.pid}`;
  const added = spawnSync("ip", ["netns", "add", probe], { encoding: "utf8" });
  if (added.status !== 0) return `this machine does not allow network namespaces (${added.stderr.trim()})`;
  const nft = spawnSync("ip", ["netns", "exec", probe, "nft", "list", "ruleset"], { encoding: "utf8" });
  spawnSync("ip", ["netns", "del", probe]);
  if (nft.status !== 0) return `nftables does not work here (${nft.stderr.trim()})`;
  return null;
}

const skipReason = missingPrerequisite();
if (skipReason) console.log(`Kernel conformance tests skipped: ${skipReason}.`);

type Pair = Record<Role, State>;

/** A segment as the kernel sent it: the side, its flags (SYN, FIN, RST, ACK), seq, ack (null without ACK) and length. */
type Wire = [side: Role, flags: string, seq: number, ack: number | null, len: number];

type Observation = { observed: Pair[]; settled: Pair[]; segments: Wire[]; isn: Record<Role, number | null> };

async function observe(id: string): Promise<Observation> {
  const namespace = `synack-${process.pid}-${id}`.slice(0, 60);
  await run("ip", ["netns", "add", namespace]);
  try {
    const { stdout } = await run("ip", ["netns", "exec", namespace, "python3", DRIVER, id], { timeout: 150_000 });
    const raw = JSON.parse(stdout) as Record<"observed" | "settled", [string, string][]> & {
      segments: Wire[];
      isn: Record<Role, number | null>;
    };
    const name = (hex: string): State => (hex === "--" ? "CLOSED" : (stateFromProcHex(hex) ?? (`?${hex}` as State)));
    const pairs = (list: [string, string][]) =>
      list.map(([client, server]) => ({ client: name(client), server: name(server) }));
    return { observed: pairs(raw.observed), settled: pairs(raw.settled), segments: raw.segments, isn: raw.isn };
  } finally {
    await run("ip", ["netns", "del", namespace]).catch(() => undefined);
  }
}

function modelled(id: string): Pair[] {
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  const trace = play(scenario);
  return [trace.initial, ...trace.steps.map((s) => s.states)];
}

/**
 * The segments the engine has each side send, lost ones too (the kernel sends a segment the scenario loses; the
 * drop rules take it after), with what the model says Linux sends instead.
 */
function modelledWire(id: string): { wire: Wire[]; isn: Record<Role, number | null> } {
  const scenario = scenarioById(id) as Scenario;
  const trace = play(scenario);
  const wire: Wire[] = [];
  for (const step of trace.steps) {
    const seg = step.segment;
    if (!seg) continue;
    const linux = step.transition.linux;
    // The side's TCB before this step: the previous step's, or the one a scenario that starts established begins with.
    const before =
      step.index > 0
        ? (trace.steps[step.index - 1] as Step).tcb[step.actor]
        : scenario.start === "established"
          ? tcbOf(establishedConnection(scenario.isn).endpoints[step.actor])
          : null;
    if (linux?.send === "SYN,ACK") {
      // Its SYN,ACK again: <SEQ=ISS><ACK=RCV.NXT>.
      const tcb = step.tcb[step.actor];
      wire.push([step.actor, "SYN,ACK", tcb.iss as number, tcb.rcvNxt, 0]);
    } else if (linux?.flags === "RST,ACK") {
      wire.push([step.actor, "RST,ACK", seg.seq, before?.rcvNxt ?? null, 0]);
    } else {
      wire.push([step.actor, seg.flags, seg.seq, seg.ack, seg.len]);
    }
  }
  const established = scenario.start === "established";
  return {
    wire,
    isn: { client: established ? scenario.isn.client : null, server: established ? scenario.isn.server : null },
  };
}

const SPACE = 2 ** 32;
/** a − b in sequence space, as a signed number near zero. */
const offset = (a: number, b: number) => {
  const d = (((a - b) % SPACE) + SPACE) % SPACE;
  return d > SPACE / 2 ? d - SPACE : d;
};

/**
 * A sequence number relative to the nearest of a side's ISNs (a side that opens again picks a new one, and a RST
 * may still carry a number of the old connection's), marked when that is not the newest ISN.
 */
function relative(n: number, isns: readonly number[]): string {
  if (isns.length === 0) return `${n}`;
  let best = 0;
  for (let i = 1; i < isns.length; i++) {
    if (Math.abs(offset(n, isns[i] as number)) <= Math.abs(offset(n, isns[best] as number))) best = i;
  }
  const d = offset(n, isns[best] as number);
  return `${d >= 0 ? "+" : ""}${d}${best === isns.length - 1 ? "" : " (an earlier ISN)"}`;
}

/**
 * What each side sent, independent of the ISNs: seq relative to the side's ISN, ack relative to the peer's, each
 * distinct segment once (a retransmission sends a SYN or FIN again, maybe with a newer ack; a repeated bare ACK is
 * the same ACK).
 */
function shapeOf(wire: readonly Wire[], known: Record<Role, number | null>): Record<Role, string[]> {
  const isns: Record<Role, number[]> = {
    client: known.client === null ? [] : [known.client],
    server: known.server === null ? [] : [known.server],
  };
  const out: Record<Role, string[]> = { client: [], server: [] };
  const seen = new Set<string>();
  for (const [side, flags, seq, ack, len] of wire) {
    const peer: Role = side === "client" ? "server" : "client";
    if (flags.includes("SYN") && isns[side].at(-1) !== seq) isns[side].push(seq);
    const rel = relative(seq, isns[side]);
    const relAck = ack === null ? "-" : relative(ack, isns[peer]);
    const occupies = flags.includes("SYN") || flags.includes("FIN") || len > 0;
    const key = occupies ? `${side} ${flags} ${rel} len=${len}` : `${side} ${flags} ${rel} ${relAck}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out[side].push(`${flags} seq${rel} ack${relAck} len=${len}`);
  }
  return { client: out.client.sort(), server: out.server.sort() };
}

function collapse<T>(items: T[], key: (item: T) => string): T[] {
  return items.filter((item, i) => i === 0 || key(item) !== key(items[i - 1] as T));
}

const sideSequence = (pairs: Pair[], role: Role) =>
  collapse(
    pairs.map((p) => p[role]),
    String,
  );
const pairKey = (p: Pair) => `${p.client} / ${p.server}`;

function isSubsequence(part: string[], whole: string[]): boolean {
  let i = 0;
  for (const item of whole) if (item === part[i]) i++;
  return i === part.length;
}

describe.skipIf(skipReason)("the scenario engine agrees with the Linux kernel", () => {
  const runs = new Map<string, Promise<Observation>>();
  beforeAll(() => {
    // Three scenarios wait out Linux's 60 s TIME-WAIT, so all of them run at once, each in its own namespace.
    for (const id of SCENARIOS) runs.set(id, observe(id));
  });

  it.each(SCENARIOS)(
    "%s: each endpoint goes through the same states, in an order the engine allows, and sends the same segments",
    async (id) => {
      const kernel = await runs.get(id)!;
      const states = modelled(id);
      for (const role of ["client", "server"] as const) {
        expect(sideSequence(kernel.observed, role), `${role} states`).toEqual(sideSequence(states, role));
      }
      const model = modelledWire(id);
      const sent = shapeOf(kernel.segments, kernel.isn);
      const expected = shapeOf(model.wire, model.isn);
      for (const role of ["client", "server"] as const) {
        expect(sent[role], `${role} segments`).toEqual(expected[role]);
      }
      const kernelPairs = collapse(kernel.settled, pairKey).map(pairKey);
      const modelPairs = collapse(states, pairKey).map(pairKey);
      expect(
        isSubsequence(kernelPairs, modelPairs),
        `${kernelPairs.join(" -> ")}\nis not a run of\n${modelPairs.join(" -> ")}`,
      ).toBe(true);
    },
    180_000,
  );
});
