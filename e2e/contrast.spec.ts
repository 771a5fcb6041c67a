import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";

// axe-core's own script, run in the page through the debugging protocol (the page's Content-Security-Policy, which
// allows only its own nonce, does not apply to it).
const AXE = readFileSync(path.resolve("node_modules/axe-core/axe.min.js"), "utf8");

/** Text whose contrast with what is behind it is below WCAG AA, as axe measures it: "selector: ratio". */
async function lowContrast(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...a: unknown[]) => Promise<AxeResult> } }).axe;
    type AxeResult = { violations: { nodes: { target: string[]; any: { data?: { contrastRatio?: number } }[] }[] }[] };
    const result = await axe.run(document, { runOnly: ["color-contrast"] });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${n.target.join(" ")}: ${n.any[0]?.data?.contrastRatio ?? "?"}`),
    );
  });
}

const PAGES = [
  "/",
  "/learn",
  "/learn/teardown?step=3",
  // The TCB panels with values just changed, a backed-off timer, the 2MSL badge, a Linux note.
  "/learn/handshake-lost-synack?step=5",
  "/learn/teardown-lost-ack?step=7",
  "/learn/sandbox",
  "/quiz",
  "/flashcards",
  "/flashcards/handshake",
  "/interview",
  "/interview/cheat-sheet",
  "/interview/mock",
];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("every main page's text meets WCAG AA contrast", async ({ page }) => {
      const found: string[] = [];
      for (const path of PAGES) {
        await page.goto(path);
        await page.waitForLoadState("networkidle");
        for (const node of await lowContrast(page)) found.push(`${path} ${node}`);
      }
      expect(found).toEqual([]);
    });
  });
}
