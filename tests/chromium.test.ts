import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS, type Chromium, findChromium, npmChromiumFolder } from "../e2e/support/chromium";

/** Unpacking ~200 MB and starting the browser: a few seconds, more on a busy machine. */
const SLOW_MS = 120_000;

describe("the browser the end-to-end tests drive", () => {
  // A temp folder of the test's own, so the browser is unpacked here from the package, not found from an earlier run.
  let tmp: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "synack-chromium-test-"));
    env = { ...process.env, TMPDIR: tmp, CHROMIUM_PATH: "", E2E_CHROMIUM: "npm" };
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  function npmChoice(): Chromium {
    const choice = findChromium(env);
    if (!choice.found) throw new Error(choice.help);
    return choice;
  }

  it.runIf(process.platform === "linux" && process.arch === "x64")(
    "E2E_CHROMIUM=npm unpacks the browser the npm package ships, and Playwright drives two contexts in it",
    async () => {
      const choice = npmChoice();
      expect(choice.source).toMatch(/^@sparticuz\/chromium \d+\.\d+\.\d+$/);
      expect(path.dirname(choice.path)).toBe(npmChromiumFolder(env));
      expect(choice.path.startsWith(tmp)).toBe(true);
      // Only the finished unpack is left: the folders it was unpacked in are gone.
      expect(fs.readdirSync(tmp)).toEqual([path.basename(npmChromiumFolder(env))]);

      const browser = await chromium.launch({
        executablePath: choice.path,
        args: CHROMIUM_ARGS,
        env: { ...process.env, ...choice.env },
      });
      try {
        // The package's own flags include --single-process, under which a second context broke.
        for (const text of ["ESTABLISHED", "TIME-WAIT"]) {
          const context = await browser.newContext();
          const page = await context.newPage();
          await page.setContent(`<p><span id="state">${text}</span></p>`);
          // Text takes room even on a machine without fonts: the package's Open Sans is there.
          const box = await page.locator("#state").boundingBox();
          expect(box?.width).toBeGreaterThan(10);
          await context.close();
        }
      } finally {
        await browser.close();
      }
    },
    SLOW_MS,
  );

  it.runIf(process.platform === "linux" && process.arch === "x64")(
    "unpacks again over a folder that lost part of the browser",
    () => {
      const first = npmChoice();
      fs.rmSync(first.path);
      const again = npmChoice();
      expect(again.path).toBe(first.path);
      expect(fs.statSync(again.path).size).toBeGreaterThan(50_000_000);
    },
    SLOW_MS,
  );

  it("says what E2E_CHROMIUM takes when it is something else", () => {
    const choice = findChromium({ ...env, E2E_CHROMIUM: "debian" });
    expect(choice).toEqual({
      found: false,
      help: "E2E_CHROMIUM=debian is not a choice: use E2E_CHROMIUM=npm for the browser in the npm package @sparticuz/chromium, or unset it.",
    });
  });

  it("says so when CHROMIUM_PATH names no file", () => {
    const missing = path.join(tmp, "no-such-chromium");
    const choice = findChromium({ ...env, E2E_CHROMIUM: "", CHROMIUM_PATH: missing });
    expect(choice).toEqual({
      found: false,
      help: `CHROMIUM_PATH=${missing} does not exist: point it at a Chromium or Chrome executable, or unset it to use /usr/bin/chromium or, without it, the browser in @sparticuz/chromium.`,
    });
  });
});
