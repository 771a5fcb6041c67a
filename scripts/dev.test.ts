import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "./lib/preflight";
import { type RunningServer, startProcess } from "./lib/server";

/**
 * Next's development server for these tests writes here, not in .next/dev: a contributor's own `npm run dev` holds a
 * lock on that folder while it runs.
 */
const DIST_DIR = ".next-dev-test";

/** Next compiles each route on its first request, which on a busy two-core machine can take a minute. */
const COMPILE_MS = 180_000;

/** A route this test writes, changes and removes (app/api/<it>/route.ts), ignored by git should it be left behind. */
const HOT_ROUTE = "dev-test-hot-reload";

function runDev(env: Record<string, string>): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/dev.ts"], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

/** Asks for a WebSocket at `url` and resolves with the status the server answers: 101 when it switches. */
function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, {
      headers: {
        connection: "Upgrade",
        upgrade: "websocket",
        "sec-websocket-version": "13",
        "sec-websocket-key": Buffer.from("synack dev test!").toString("base64"),
        origin: new URL(url).origin,
      },
    });
    request.once("upgrade", (response, socket) => {
      socket.destroy();
      resolve(response.statusCode ?? 0);
    });
    request.once("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.once("error", reject);
  });
}

describe("npm run dev refuses a bad configuration, naming its own command and variable", () => {
  let blocker: net.Server;
  let busyPort: number;

  beforeAll(async () => {
    blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    busyPort = (blocker.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => blocker.close(resolve)));

  it("when the port is in use", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "synack-dev-"));
    const result = runDev({ PORT: String(busyPort), DEV_DATABASE_URL: `file:${dir}/dev.db` });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `Port ${busyPort} is already in use: stop the program using it, or choose another port with PORT=${busyPort + 1} npm run dev.`,
    );
    expect(fs.readdirSync(dir)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("when DEV_DATABASE_URL names a server that is not PostgreSQL", () => {
    const result = runDev({ DEV_DATABASE_URL: "mysql://localhost/synack" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^DEV_DATABASE_URL=mysql:\/\/localhost\/synack is neither a SQLite file nor a PostgreSQL database: .*leave DEV_DATABASE_URL unset/,
    );
  });
});

describe("npm run dev", () => {
  let dir: string;
  let server: RunningServer;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "synack-dev-"));
    server = await startProcess(
      ["--import", "tsx", "scripts/dev.ts"],
      await freePort(),
      "/api/health",
      {
        DEV_DATABASE_URL: `file:${dir}/development.db`,
        // What `npm run app` would serve: the development server must leave it alone.
        DATABASE_URL: `file:${dir}/app.db`,
        NEXT_DIST_DIR: DIST_DIR,
      },
      COMPILE_MS,
    );
  }, COMPILE_MS + 30_000);

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    // Left behind, its generated route types would be type-checked against code that has moved on.
    fs.rmSync(DIST_DIR, { recursive: true, force: true });
  }, 30_000);

  it("migrates its own database, not the one npm run app serves, and answers the health check", async () => {
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true });
    expect(fs.existsSync(path.join(dir, "development.db"))).toBe(true);
    expect(fs.existsSync(path.join(dir, "app.db"))).toBe(false);
  });

  it(
    "serves the pages, compiled on request, with a hot-reload channel",
    async () => {
      const home = await fetch(`${server.url}/`, { headers: { "accept-language": "en" } });
      expect(home.status).toBe(200);
      expect(await home.text()).toContain("handshake and teardown");
      // The browser's end of hot reload: only Next's development server switches this address to a WebSocket.
      expect(await upgradeStatus(`${server.url}/_next/hmr`)).toBe(101);
    },
    COMPILE_MS,
  );

  it(
    "reloads a route when its file changes",
    async () => {
      const folder = path.join("app", "api", HOT_ROUTE);
      const write = (version: number) =>
        fs.writeFileSync(
          path.join(folder, "route.ts"),
          `export function GET() {\n  return Response.json({ version: ${version} });\n}\n`,
        );
      const version = async () => {
        const reply = await fetch(`${server.url}/api/${HOT_ROUTE}`);
        return reply.ok ? ((await reply.json()) as { version: number }).version : reply.status;
      };
      try {
        fs.mkdirSync(folder, { recursive: true });
        write(1);
        await expect.poll(version, { timeout: COMPILE_MS, interval: 500 }).toBe(1);
        write(2);
        await expect.poll(version, { timeout: COMPILE_MS, interval: 500 }).toBe(2);
      } finally {
        fs.rmSync(folder, { recursive: true, force: true });
      }
    },
    2 * COMPILE_MS,
  );

  it(
    "answers the answer endpoint as production does, and refuses a broken address as production does",
    async () => {
      const answer = (origin: string) =>
        fetch(`${server.url}/api/v1/attempts/no-such-attempt/answers`, {
          method: "POST",
          headers: { "content-type": "application/json", "accept-language": "en", origin },
          body: JSON.stringify({ questionId: "q1", response: "0" }),
        });
      const noCookie = await answer(server.url);
      expect(noCookie.status).toBe(401);
      expect(noCookie.headers.get("cache-control")).toBe("no-store");
      expect(noCookie.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect((await noCookie.json()) as unknown).toEqual({
        error: "SynAck needs its cookie to save answers: allow cookies for this site and reload.",
      });
      expect((await answer("https://elsewhere.example")).status).toBe(403);
      // A broken %-escape is the client's mistake, which the production server answers with a 400 (Next: a 500).
      expect((await fetch(`${server.url}/quiz/%E0%A4%A`)).status).toBe(400);
    },
    COMPILE_MS,
  );

  it(
    "counts sign-in guesses by the connection's address, whatever X-Forwarded-For claims",
    async () => {
      const statuses: number[] = [];
      // Each guess at a different (unknown) email, so only the per-address limit of 20 a minute can stop them.
      for (let i = 0; i < 21; i++) {
        const guess = await fetch(`${server.url}/api/auth/sign-in/email`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: server.url, "x-forwarded-for": `203.0.113.${i + 1}` },
          body: JSON.stringify({ email: `nobody-${i}@example.com`, password: `guess ${i}` }),
        });
        await guess.body?.cancel();
        statuses.push(guess.status);
      }
      expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
      expect(statuses[20]).toBe(429);
    },
    COMPILE_MS,
  );
});
