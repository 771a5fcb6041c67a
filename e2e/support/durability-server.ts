import { spawn } from "node:child_process";
import { checkPortFree, freePort } from "../../scripts/lib/preflight";
import { type RunningServer, waitForHttp } from "../../scripts/lib/server";
import { TEST_DIST_DIR } from "./paths";

/** A server that can also die the hard way: `kill9()` SIGKILLs every process it started, Next's server included. */
export type KillableServer = RunningServer & { kill9: () => Promise<void> };

/** Whether any process of the process group `pgid` is still alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const portFree = (port: number) =>
  checkPortFree(port).then(
    () => true,
    () => false,
  );

/**
 * Starts SynAck as `npm run app --skip-build` does, on the end-to-end build, in a process group of its own:
 * `scripts/app.ts` spawns the server (server/index.ts), so killing only the process we spawned would leave it serving. Signalling
 * the group reaches both, as a crash of the machine's service (or an OOM kill of the group) would.
 */
export async function startKillableServer(options: {
  databaseFile: string;
  port?: number;
  distDir?: string;
}): Promise<KillableServer> {
  const port = options.port ?? (await freePort());
  let log = "";
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/app.ts", "--skip-build"], {
    detached: true,
    env: {
      ...process.env,
      DATABASE_URL: `file:${options.databaseFile}`,
      NEXT_DIST_DIR: options.distDir ?? TEST_DIST_DIR,
      PORT: String(port),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pgid = child.pid ?? 0;
  child.stdout?.on("data", (chunk) => {
    log += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    log += chunk;
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    if (groupAlive(pgid)) process.kill(-pgid, signal);
  };
  const url = `http://localhost:${port}`;
  try {
    await waitForHttp(`${url}/api/health`, child, () => log, 120_000);
  } catch (error) {
    signalGroup("SIGKILL");
    throw error;
  }
  return {
    url,
    port,
    kill9: async () => {
      signalGroup("SIGKILL");
      // Dead means every process of the group gone and the port released, so a restart can take it again.
      await until(() => !groupAlive(pgid), 15_000, `The server's processes (group ${pgid}) did not die`);
      await until(() => portFree(port), 15_000, `Port ${port} was not released`);
    },
    stop: async () => {
      signalGroup("SIGTERM");
      await until(() => !groupAlive(pgid), 15_000, "").catch(() => signalGroup("SIGKILL"));
    },
  };
}
