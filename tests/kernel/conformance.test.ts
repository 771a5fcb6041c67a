// RFC 9293 as lib/tcp models it, checked against the Linux kernel: real sockets in a private network
// namespace go through each scenario (tests/kernel/driver.py), and the states they pass through must be
// the states the scenario engine says.
import { execFile, spawnSync } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { play, type Role, type State, scenarioById, stateFromProcHex } from "@/lib/tcp";

const run = promisify(execFile);
const DRIVER = path.join(import.meta.dirname, "driver.py");
const SCENARIOS = [
  "handshake",
  "handshake-lost-ack",
  "teardown",
  "teardown-lost-ack",
  "simultaneous-open",
  "simultaneous-close",
  "abort",
  "refused",
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

type Observation = { observed: Pair[]; settled: Pair[] };

async function observe(id: string): Promise<Observation> {
  const namespace = `synack-${process.pid}-${id}`.slice(0, 60);
  await run("ip", ["netns", "add", namespace]);
  try {
    const { stdout } = await run("ip", ["netns", "exec", namespace, "python3", DRIVER, id], { timeout: 150_000 });
    const raw = JSON.parse(stdout) as Record<"observed" | "settled", [string, string][]>;
    const name = (hex: string): State => (hex === "--" ? "CLOSED" : (stateFromProcHex(hex) ?? (`?${hex}` as State)));
    const pairs = (list: [string, string][]) =>
      list.map(([client, server]) => ({ client: name(client), server: name(server) }));
    return { observed: pairs(raw.observed), settled: pairs(raw.settled) };
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
    "%s: each endpoint goes through the same states, in an order the engine allows",
    async (id) => {
      const kernel = await runs.get(id)!;
      const model = modelled(id);
      for (const role of ["client", "server"] as const) {
        expect(sideSequence(kernel.observed, role), `${role} states`).toEqual(sideSequence(model, role));
      }
      const kernelPairs = collapse(kernel.settled, pairKey).map(pairKey);
      const modelPairs = collapse(model, pairKey).map(pairKey);
      expect(
        isSubsequence(kernelPairs, modelPairs),
        `${kernelPairs.join(" -> ")}\nis not a run of\n${modelPairs.join(" -> ")}`,
      ).toBe(true);
    },
    180_000,
  );
});
