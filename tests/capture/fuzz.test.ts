import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const RUNNER = path.join(import.meta.dirname, "fuzz-run.ts");
/** The cases take about a second; a reader that loops forever is killed here rather than hang the run. */
const TIMEOUT_MS = 15_000;

type Report = {
  cases: number;
  codes: Record<string, number>;
  failures: { case: number; problem: string; bytes: string }[];
};

async function fuzz(seed: number, cases: number): Promise<Report> {
  try {
    const { stdout } = await run(process.execPath, ["--import", "tsx", RUNNER, String(seed), String(cases)], {
      cwd: path.resolve(import.meta.dirname, "../.."),
      timeout: TIMEOUT_MS,
      killSignal: "SIGKILL",
      maxBuffer: 1 << 26,
    });
    return JSON.parse(stdout) as Report;
  } catch (e) {
    const { killed, stderr } = e as { killed?: boolean; stderr?: string };
    const last = (stderr ?? "").trim().split("\n").at(-1);
    if (killed) throw new Error(`fuzz case ${last} (seed ${seed}) did not finish in ${TIMEOUT_MS} ms: a loop?`);
    throw e;
  }
}

describe("fuzzing: random and mutated files", () => {
  it("5000 seeded cases, whole and in random chunks: only CaptureErrors, sane packets, the same either way", async () => {
    const report = await fuzz(20240601, 5000);
    expect(report.failures).toEqual([]);
    expect(report.cases).toBe(5000);
    // The cases reach every way a file can fail, and many read to the end.
    for (const code of ["read", "truncated", "corrupt", "not-a-capture", "unsupported-link-type"]) {
      expect(report.codes[code], code).toBeGreaterThan(50);
    }
  }, 30_000);
});
