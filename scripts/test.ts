// `npm test`: every check, in the order that fails fastest. `npm test -- unit e2e` runs only the named steps.
import fs from "node:fs";
import path from "node:path";
import { findChromium } from "../e2e/support/chromium";
import { ARTIFACTS, TEST_DIST_DIR } from "../e2e/support/paths";
import { redactPassword } from "../lib/db/location";
import { choosePostgres, integrationTestFiles, PostgresProblem } from "./lib/postgres-tests";
import { freePort } from "./lib/preflight";
import { runTool, ToolFailed } from "./lib/run";

/** A step resolves when it passed, or with the reason it was skipped. */
type Step = { name: string; about: string; run: () => Promise<void | { skipped: string }> };

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
// The unit step always runs on SQLite; the postgres step hands TEST_DATABASE_URL to the same tests.
const sqliteEnv = { ...env, TEST_DATABASE_URL: undefined };

const STEPS: Step[] = [
  { name: "lint", about: "formatting and lint (Biome)", run: () => runTool("biome", ["ci", "."], env) },
  {
    name: "types",
    about: "type check (TypeScript, strict)",
    run: async () => {
      await runTool("next", ["typegen"], env);
      await runTool("tsc", ["--noEmit", "-p", "tsconfig.json"], env);
    },
  },
  {
    name: "unit",
    about: "unit and integration tests (Vitest)",
    run: () => runTool("vitest", ["run", "--project", "unit"], sqliteEnv),
  },
  {
    name: "postgres",
    about: "the integration tests again, on PostgreSQL (TEST_DATABASE_URL; skipped with a reason otherwise)",
    run: async () => {
      const choice = await choosePostgres(env);
      if ("skip" in choice) return { skipped: choice.skip };
      console.log(`PostgreSQL: ${redactPassword(choice.url)}`);
      const files = integrationTestFiles();
      await runTool("vitest", ["run", "--project", "unit", ...files], { ...env, TEST_DATABASE_URL: choice.url });
    },
  },
  {
    name: "kernel",
    about:
      "the TCP model against the Linux kernel (root, network namespaces, nftables; skipped with a reason otherwise)",
    run: () => runTool("vitest", ["run", "--project", "kernel"], env),
  },
  {
    name: "e2e",
    about: "end-to-end tests against a production build (Playwright, Chromium)",
    run: async () => {
      const browser = findChromium();
      if (!browser.found) throw new Error(browser.help);
      console.log(`Chromium: ${browser.path} (${browser.source})`);
      fs.rmSync(ARTIFACTS, { recursive: true, force: true });
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await runTool("next", ["build"], { ...env, NEXT_DIST_DIR: TEST_DIST_DIR });
      const port = await freePort();
      await runTool("playwright", ["test"], {
        ...env,
        E2E_PORT: String(port),
        E2E_DATABASE_URL: `file:${path.join(ARTIFACTS, "e2e.db")}`,
      });
    },
  },
];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !STEPS.some((s) => s.name === name));
  if (unknown.length > 0) {
    console.error(`Unknown step ${unknown.join(", ")}: choose from ${STEPS.map((s) => s.name).join(", ")}.`);
    process.exit(2);
  }
  const steps = wanted.length === 0 ? STEPS : STEPS.filter((s) => wanted.includes(s.name));
  // Fail before the slow steps if the browser the last one needs is missing (this also unpacks the npm package's, so
  // Playwright's configuration finds it in place).
  if (steps.some((s) => s.name === "e2e")) {
    const browser = findChromium();
    if (!browser.found) {
      console.error(browser.help);
      process.exit(1);
    }
  }
  const skipped: string[] = [];
  for (const step of steps) {
    console.log(`\n▶ ${step.name}: ${step.about}`);
    const started = Date.now();
    const outcome = await step.run();
    if (outcome) {
      skipped.push(step.name);
      console.log(`⤼ ${step.name} skipped: ${outcome.skipped}`);
    } else {
      console.log(`✓ ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    }
  }
  const passed = steps.length - skipped.length;
  console.log(
    skipped.length === 0
      ? `\nAll ${steps.length} steps passed.`
      : `\n${passed} of ${steps.length} steps passed; skipped: ${skipped.join(", ")} (the reason is above).`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof ToolFailed) {
    console.error(`\n✗ ${error.message}.`);
    process.exit(error.exitCode);
  }
  if (error instanceof PostgresProblem) {
    console.error(`\n✗ ${error.message}`);
    process.exit(1);
  }
  console.error(error);
  process.exit(1);
});
