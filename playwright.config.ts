import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./e2e/support/chromium";
import { ARTIFACTS, TEST_DIST_DIR } from "./e2e/support/paths";

// `npm test` picks a free port and a fresh database and passes them here; run directly, these defaults apply.
const port = Number(process.env.E2E_PORT ?? 3210);
const databaseUrl = process.env.E2E_DATABASE_URL ?? `file:${path.join(ARTIFACTS, "e2e.db")}`;
// CHROMIUM_PATH, Debian's browser or the npm package's (e2e/support/chromium.ts); `npm test` has already unpacked the
// last, so this finds it in place.
const browser = findChromium();

export default defineConfig({
  testDir: "e2e",
  outputDir: path.join(ARTIFACTS, "results"),
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: browser.found ? browser.path : undefined,
      args: CHROMIUM_ARGS,
      // Playwright gives the browser this environment instead of its own, so it is the whole of it.
      env: browser.found ? { ...process.env, ...browser.env } : undefined,
    },
  },
  projects: [
    { name: "desktop", use: { viewport: { width: 1280, height: 800 } } },
    { name: "phone", use: { ...devices["Pixel 7"], browserName: "chromium" } },
  ],
  webServer: {
    command: "node --import tsx scripts/app.ts --skip-build",
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    env: { PORT: String(port), DATABASE_URL: databaseUrl, NEXT_DIST_DIR: TEST_DIST_DIR },
  },
});
