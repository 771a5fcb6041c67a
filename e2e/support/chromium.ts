import fs from "node:fs";
import { chromium } from "@playwright/test";

export type ChromiumChoice = { found: true; path: string; source: string } | { found: false; help: string };

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

function playwrightsOwn(): string | null {
  try {
    const path = chromium.executablePath();
    return path && fs.existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * The Chromium the end-to-end tests drive: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else the
 * browser `npx playwright install chromium` downloads. When there is none, `help` says how to get one.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  const wanted = env.CHROMIUM_PATH?.trim();
  if (wanted) {
    if (fs.existsSync(wanted)) return { found: true, path: wanted, source: "CHROMIUM_PATH" };
    return {
      found: false,
      help: `CHROMIUM_PATH=${wanted} does not exist: point it at a Chromium or Chrome executable, or unset it to use ${DEBIAN_CHROMIUM}.`,
    };
  }
  if (fs.existsSync(DEBIAN_CHROMIUM)) return { found: true, path: DEBIAN_CHROMIUM, source: "system" };
  const own = playwrightsOwn();
  if (own) return { found: true, path: own, source: "Playwright's browser" };
  return {
    found: false,
    help: [
      "The end-to-end tests need Chromium, and none was found. Get one of:",
      "  - Debian or Ubuntu:      sudo apt-get install chromium        (found at /usr/bin/chromium)",
      "  - any system online:     npx playwright install chromium",
      "  - a browser you have:    CHROMIUM_PATH=/path/to/chromium npm test",
      "Or run the other checks without a browser: npm test -- lint types unit",
    ].join("\n"),
  };
}

/**
 * Flags for a headless Chromium in a sandboxed CI machine: no sandbox (we run as root there), no GPU,
 * and no background traffic to Google's services, which a closed network refuses over and over.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];
