import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { gzipSync } from "node:zlib";
import { type BrowserContext, chromium } from "@playwright/test";
import { CHROMIUM_ARGS, type Chromium, findChromium } from "../../e2e/support/chromium";

export type RouteJs = { route: string; jsKbGzip: number; scripts: number };
export type Vitals = { route: string; lcpMs: number; tbtMs: number };
export type LighthouseScores = { route: string; performance: number; accessibility: number; lcpMs: number };

function browser(): Chromium {
  const found = findChromium();
  if (!found.found) throw new Error(found.help);
  return found;
}

async function newContext(
  baseURL: string,
  guestToken: string,
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const { path: executablePath, env } = browser();
  const launched = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, env: { ...process.env, ...env } });
  const context = await launched.newContext({ baseURL });
  const { hostname } = new URL(baseURL);
  await context.addCookies([{ name: "synack_guest", value: guestToken, domain: hostname, path: "/" }]);
  return { context, close: () => launched.close() };
}

/**
 * First-load JS per route: every script the page loads until the network is idle, each fetched again and
 * gzipped here (level 9, as a CDN would), summed in KB.
 */
export async function firstLoadJs(baseURL: string, routes: string[], guestToken: string): Promise<RouteJs[]> {
  const { context, close } = await newContext(baseURL, guestToken);
  const sizes = new Map<string, number>();
  const out: RouteJs[] = [];
  try {
    for (const route of routes) {
      const page = await context.newPage();
      const scripts = new Set<string>();
      page.on("request", (r) => {
        if (r.resourceType() === "script") scripts.add(r.url());
      });
      await page.goto(route, { waitUntil: "networkidle" });
      let bytes = 0;
      for (const url of scripts) {
        if (!sizes.has(url)) {
          const body = await (await context.request.get(url)).body();
          sizes.set(url, gzipSync(body, { level: 9 }).length);
        }
        bytes += sizes.get(url) ?? 0;
      }
      out.push({ route, jsKbGzip: Number((bytes / 1024).toFixed(1)), scripts: scripts.size });
      await page.close();
    }
  } finally {
    await close();
  }
  return out;
}

/**
 * Largest Contentful Paint and Total Blocking Time on localhost, unthrottled, in a fresh page each run (the median
 * of `runs`): LCP from the browser's own entries, TBT as the sum of every long task's time past 50 ms after the
 * first contentful paint.
 */
export async function vitals(baseURL: string, routes: string[], guestToken: string, runs = 3): Promise<Vitals[]> {
  const { context, close } = await newContext(baseURL, guestToken);
  await context.addInitScript(() => {
    const w = window as unknown as { __lcp: number; __long: { start: number; duration: number }[] };
    w.__lcp = 0;
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__lcp = e.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  });
  const out: Vitals[] = [];
  try {
    for (const route of routes) {
      const lcps: number[] = [];
      const tbts: number[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await context.newPage();
        await page.goto(route, { waitUntil: "load" });
        await page.waitForTimeout(1500);
        const m = await page.evaluate(() => {
          const w = window as unknown as { __lcp: number; __long: { start: number; duration: number }[] };
          const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? 0;
          const tbt = w.__long.filter((t) => t.start >= fcp).reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
          return { lcp: w.__lcp, tbt };
        });
        lcps.push(m.lcp);
        tbts.push(m.tbt);
        await page.close();
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
      out.push({ route, lcpMs: Math.round(median(lcps)), tbtMs: Math.round(median(tbts)) });
    }
  } finally {
    await close();
  }
  return out;
}

const run = promisify(execFile);

/**
 * Lighthouse's performance and accessibility scores (0-100) with its default mobile profile (simulated slow 4G and
 * a 4x slower CPU): the stricter of its two presets.
 */
export async function lighthouse(baseURL: string, routes: string[], guestToken: string): Promise<LighthouseScores[]> {
  const cli = path.join(process.cwd(), "node_modules", "lighthouse", "cli", "index.js");
  const out: LighthouseScores[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "synack-lh-"));
  const lighthouseBrowser = browser();
  try {
    for (const route of routes) {
      const file = path.join(dir, "report.json");
      await run(
        process.execPath,
        [
          cli,
          new URL(route, baseURL).toString(),
          "--quiet",
          "--only-categories=performance,accessibility",
          "--output=json",
          `--output-path=${file}`,
          `--extra-headers=${JSON.stringify({ Cookie: `synack_guest=${guestToken}` })}`,
          `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(" ")}`,
        ],
        {
          env: { ...process.env, ...lighthouseBrowser.env, CHROME_PATH: lighthouseBrowser.path },
          maxBuffer: 64 * 1024 * 1024,
        },
      );
      const report = JSON.parse(fs.readFileSync(file, "utf8")) as {
        categories: Record<string, { score: number }>;
        audits: Record<string, { numericValue?: number }>;
      };
      out.push({
        route,
        performance: Math.round((report.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((report.categories.accessibility?.score ?? 0) * 100),
        lcpMs: Math.round(report.audits["largest-contentful-paint"]?.numericValue ?? 0),
      });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
