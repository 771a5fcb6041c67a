import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";

// axe-core's own script, run in the page through the debugging protocol (the page's Content-Security-Policy, which
// allows only its own nonce, does not apply to it).
const AXE = readFileSync(path.resolve("node_modules/axe-core/axe.min.js"), "utf8");

/** Text whose contrast with what is behind it is below WCAG AA, as axe measures it: "selector: ratio". */
export async function lowContrast(page: Page): Promise<string[]> {
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
