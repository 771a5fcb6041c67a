import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "@playwright/test";
import { type RunningServer, startServer } from "./server";

/**
 * For tests that stop and restart a server of their own: a fresh folder and database file per test, and the server
 * stopped and the folder removed afterwards. `start()` again with the same port restarts on the same database.
 */
export function useOwnServer(prefix: string) {
  const state: { dir?: string; server?: RunningServer } = {};
  test.beforeEach(() => {
    state.dir = fs.mkdtempSync(path.join(os.tmpdir(), `synack-${prefix}-`));
  });
  test.afterEach(async () => {
    await state.server?.stop();
    if (state.dir) fs.rmSync(state.dir, { recursive: true, force: true });
  });
  return {
    databaseFile: () => path.join(state.dir ?? "", "synack.db"),
    start: async (port?: number, env?: Record<string, string>) => {
      state.server = await startServer({
        databaseFile: path.join(state.dir ?? "", "synack.db"),
        ...(port ? { port } : {}),
        ...(env ? { env } : {}),
      });
      return state.server;
    },
  };
}

export { rowsIn } from "../../scripts/lib/rows";
