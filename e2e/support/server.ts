import { type RunningServer, startApp } from "../../scripts/lib/server";
import { TEST_DIST_DIR } from "./paths";

export type { RunningServer };

/**
 * Starts SynAck exactly as `npm run app` serves it (migrations, then the test build) on its own port and
 * database file, for tests that need to stop and restart a server of their own.
 */
export function startServer(options: {
  databaseFile: string;
  port?: number;
  env?: Record<string, string>;
}): Promise<RunningServer> {
  return startApp({ ...options, distDir: TEST_DIST_DIR });
}
