import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";

/** A browser to drive, and what its process needs in its environment beyond the usual. */
export type Chromium = { path: string; source: string; env: Record<string, string> };

export type ChromiumChoice = ({ found: true } & Chromium) | { found: false; help: string };

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** The npm package whose tarball ships a Chromium (a headless shell for Linux x64): a devDependency. */
const NPM_PACKAGE = "@sparticuz/chromium";

/** `E2E_CHROMIUM=npm` skips Debian's browser for the one in the npm package (CI runs the suite on both). */
const CHOICES = ["npm"] as const;

function npmPackageFolder(): string {
  // The package's exports name only its entry point (build/index.js); its bin/ folder is beside build/.
  return path.resolve(path.dirname(require.resolve(NPM_PACKAGE)), "..");
}

function npmPackageVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(npmPackageFolder(), "package.json"), "utf8")) as {
    version: string;
  };
  return manifest.version;
}

/**
 * Where the npm package's browser is unpacked: under the temp folder, one folder per version of the package and per
 * user (the folder is the user's own, and another user's browser is not one to run).
 */
export function npmChromiumFolder(env: NodeJS.ProcessEnv = process.env): string {
  const user = process.getuid?.() ?? os.userInfo().username;
  return path.join(env.TMPDIR?.trim() || os.tmpdir(), `synack-chromium-${npmPackageVersion()}-${user}`);
}

/** What a whole unpack holds; a temp-folder cleaner that deleted old files may have left only part of it. */
function unpacked(folder: string): boolean {
  return ["chromium", "fonts.conf", path.join("al2023", "lib", "libnss3.so")].every((file) =>
    fs.existsSync(path.join(folder, file)),
  );
}

/**
 * A fontconfig file that keeps the machine's own fonts (a CJK font, if installed, for legible Chinese screenshots)
 * and adds the Open Sans the package ships, so a machine with no fonts at all still lays text out.
 */
function fontsConf(folder: string): string {
  return [
    `<?xml version="1.0"?>`,
    `<!DOCTYPE fontconfig SYSTEM "fonts.dtd">`,
    `<fontconfig>`,
    `  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>`,
    `  <dir>${path.join(folder, "fonts", "fonts")}</dir>`,
    `  <cachedir>${path.join(folder, "fonts-cache")}</cachedir>`,
    `</fontconfig>`,
    "",
  ].join("\n");
}

/** The environment the unpacked browser runs in: its own NSS and expat libraries, and the fonts above. */
function npmChromiumEnv(folder: string): Record<string, string> {
  const own = path.join(folder, "al2023", "lib");
  const inherited = process.env.LD_LIBRARY_PATH;
  return {
    LD_LIBRARY_PATH: inherited ? `${own}:${inherited}` : own,
    FONTCONFIG_FILE: path.join(folder, "fonts.conf"),
  };
}

/**
 * The npm package's browser, unpacked on first use. The package unpacks into the temp folder it is given, so each
 * unpack goes to a folder of its own that is renamed into place only when complete: several test runs starting at
 * once each see a whole browser or unpack their own, never one half written.
 */
export function unpackNpmChromium(env: NodeJS.ProcessEnv = process.env): Chromium {
  const folder = npmChromiumFolder(env);
  const binary = path.join(folder, "chromium");
  const source = `${NPM_PACKAGE} ${npmPackageVersion()}`;
  if (unpacked(folder)) return { path: binary, source, env: npmChromiumEnv(folder) };
  // Only a whole unpack is ever renamed into place, so a folder there that is not whole is what a cleaner left.
  if (fs.existsSync(folder) && !unpacked(folder)) fs.rmSync(folder, { recursive: true, force: true });
  const staging = fs.mkdtempSync(`${folder}.unpacking-`);
  try {
    execFileSync(process.execPath, [path.join(__dirname, "unpack-chromium.mjs")], {
      cwd: process.cwd(),
      env: { ...process.env, TMPDIR: staging },
      stdio: ["ignore", "ignore", "pipe"],
    });
    fs.writeFileSync(path.join(staging, "fonts.conf"), fontsConf(folder));
    fs.renameSync(staging, folder);
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    // Another run renamed its own unpack into place first: use that one.
    if (!unpacked(folder)) throw error;
  }
  return { path: binary, source, env: npmChromiumEnv(folder) };
}

/** The package ships a Linux x64 build only; elsewhere the browser Playwright downloads is the fallback. */
function npmChromiumRuns(): boolean {
  return process.platform === "linux" && process.arch === "x64";
}

function playwrightsOwn(): string | null {
  try {
    const path = chromium.executablePath();
    return path && fs.existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * The Chromium the end-to-end tests drive: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else the one the
 * npm package @sparticuz/chromium ships (unpacked under the temp folder on first use: a few seconds), else, where
 * that build does not run, the browser `npx playwright install chromium` downloads. `E2E_CHROMIUM=npm` asks for the
 * npm package's even where Debian's is installed. When there is none, `help` says how to get one.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  const asked = env.E2E_CHROMIUM?.trim() ?? "";
  if (asked !== "" && !(CHOICES as readonly string[]).includes(asked)) {
    return {
      found: false,
      help: `E2E_CHROMIUM=${asked} is not a choice: use E2E_CHROMIUM=npm for the browser in the npm package ${NPM_PACKAGE}, or unset it.`,
    };
  }
  const wanted = env.CHROMIUM_PATH?.trim();
  if (wanted && asked === "") {
    if (fs.existsSync(wanted)) return { found: true, path: wanted, source: "CHROMIUM_PATH", env: {} };
    return {
      found: false,
      help: `CHROMIUM_PATH=${wanted} does not exist: point it at a Chromium or Chrome executable, or unset it to use ${DEBIAN_CHROMIUM} or, without it, the browser in ${NPM_PACKAGE}.`,
    };
  }
  if (asked === "" && fs.existsSync(DEBIAN_CHROMIUM)) {
    return { found: true, path: DEBIAN_CHROMIUM, source: "system", env: {} };
  }
  if (npmChromiumRuns()) {
    try {
      return { found: true, ...unpackNpmChromium(env) };
    } catch (error) {
      return {
        found: false,
        help: `Unpacking the browser in the npm package ${NPM_PACKAGE} into ${npmChromiumFolder(env)} failed (${(error as Error).message.trim()}): free some space in the temp folder, run npm install again, or set CHROMIUM_PATH=/path/to/chromium.`,
      };
    }
  }
  if (asked === "npm") {
    return {
      found: false,
      help: `E2E_CHROMIUM=npm: the browser in ${NPM_PACKAGE} is built for Linux x64 only, and this is ${process.platform} ${process.arch}: unset E2E_CHROMIUM.`,
    };
  }
  const own = playwrightsOwn();
  if (own) return { found: true, path: own, source: "Playwright's browser", env: {} };
  return {
    found: false,
    help: [
      "The end-to-end tests need Chromium, and none was found. Get one of:",
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
