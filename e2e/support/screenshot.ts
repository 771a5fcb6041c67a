import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { SCREENSHOTS } from "./paths";

/**
 * Saves a full-page screenshot as e2e/.artifacts/screenshots/<name>.<project>.png (desktop and phone runs
 * side by side) and attaches it to the test report, so every page a test visits can be looked at.
 */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const file = path.join(SCREENSHOTS, `${name}.${testInfo.project.name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  await testInfo.attach(name, { path: file, contentType: "image/png" });
  return file;
}
