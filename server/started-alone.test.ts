import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** A folder of its own, so nothing Next writes before refusing touches the build `npm run app` serves. */
const DIST = ".next-alone-test";

describe("Next started without SynAck's server", () => {
  afterAll(() => fs.rmSync(path.join(ROOT, DIST), { recursive: true, force: true }));

  // Without server/index.ts in front, the sign-in limits would count whatever X-Forwarded-For a client wrote.
  it.each(["start", "dev"])("`next %s` refuses to serve, and says to run npm run app", (command) => {
    const { SYNACK_SERVER: _, ...env } = process.env;
    const run = spawnSync(process.execPath, [NEXT, command, "--port", "0"], {
      cwd: ROOT,
      env: { ...env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("run `npm run app` (or `npm run dev`)");
  });
});
