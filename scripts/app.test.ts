import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** Runs `npm run app`'s script with a changed environment; these cases all stop before migrating or building. */
function runApp(env: Record<string, string>): { status: number | null; stderr: string; stdout: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/app.ts"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

describe("npm run app refuses a bad configuration with one clear sentence", () => {
  let blocker: net.Server;
  let busyPort: number;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "synack-app-"));
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    busyPort = (blocker.address() as net.AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => blocker.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("when the port is in use", () => {
    const result = runApp({ PORT: String(busyPort), DATABASE_URL: `file:${dir}/ok.db` });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `Port ${busyPort} is already in use: stop the program using it, or choose another port with PORT=${busyPort + 1} npm run app.`,
    );
  });

  it("when the database folder cannot be created", () => {
    const blockingFile = path.join(dir, "not-a-folder");
    fs.writeFileSync(blockingFile, "");
    const result = runApp({ DATABASE_URL: `file:${blockingFile}/synack.db` });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^Cannot write the database .*not-a-folder\/synack\.db \(a file stands where its folder should be\): set DATABASE_URL=file:/,
    );
    expect(result.stderr.split("\n")).toHaveLength(1);
  });

  // root may write into a read-only folder, so there this is not a bad configuration at all
  it.skipIf(process.getuid?.() === 0)("when the database folder is read-only", () => {
    const readOnly = path.join(dir, "read-only");
    fs.mkdirSync(readOnly);
    fs.chmodSync(readOnly, 0o555);
    const result = runApp({ DATABASE_URL: `file:${readOnly}/synack.db` });
    fs.chmodSync(readOnly, 0o755);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^Cannot write the database .* \(permission denied\)/);
  });

  it("when PORT is not a number", () => {
    const result = runApp({ PORT: "eighty", DATABASE_URL: `file:${dir}/ok.db` });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      "PORT=eighty is not a port number: use a whole number from 1 to 65535, e.g. PORT=3001 npm run app.",
    );
  });

  it("when DATABASE_URL names a server that is not PostgreSQL", () => {
    const result = runApp({ DATABASE_URL: "mysql://localhost/synack" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^DATABASE_URL=mysql:\/\/localhost\/synack is neither a SQLite file nor a PostgreSQL/,
    );
  });

  it("when DATABASE_URL names a PostgreSQL database and BETTER_AUTH_SECRET is not set", () => {
    const result = runApp({ DATABASE_URL: "postgresql://localhost/synack", BETTER_AUTH_SECRET: "" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^BETTER_AUTH_SECRET must be set with a PostgreSQL DATABASE_URL: /);
    expect(result.stderr.split("\n")).toHaveLength(1);
  });

  it("and creates nothing on the way", () => {
    expect(fs.existsSync(path.join(dir, "ok.db"))).toBe(false);
  });
});
