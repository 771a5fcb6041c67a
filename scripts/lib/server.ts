import { type ChildProcess, spawn } from "node:child_process";
import { freePort } from "./preflight";

export type RunningServer = { url: string; port: number; stop: () => Promise<void> };

export async function waitForHttp(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not answer ${url} within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts SynAck exactly as `npm run app` serves it (migrations, then the build in `distDir`) on its own port and
 * database file, for tests and benchmarks that need a server of their own.
 */
export async function startApp(options: {
  databaseFile: string;
  distDir: string;
  port?: number;
  /** More of the environment, such as BETTER_AUTH_URL. */
  env?: Record<string, string>;
}): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  return startProcess(["--import", "tsx", "scripts/app.ts", "--skip-build"], port, "/api/health", {
    ...options.env,
    DATABASE_URL: `file:${options.databaseFile}`,
    NEXT_DIST_DIR: options.distDir,
  });
}

/** Runs `node <args>` with PORT set and waits until `healthPath` answers 2xx. */
export async function startProcess(
  args: string[],
  port: number,
  healthPath: string,
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<RunningServer> {
  let log = "";
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => {
    log += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    log += chunk;
  });
  const url = `http://localhost:${port}`;
  await waitForHttp(`${url}${healthPath}`, child, () => log, timeoutMs);
  return {
    url,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        // scripts/app.ts kills a Next that has not exited after its grace period; this is the backstop for
        // app.ts itself, so a test can never hang on stopping its server.
        setTimeout(() => child.kill("SIGKILL"), 15_000).unref();
      }),
  };
}
