import { expect, test } from "@playwright/test";
import { lowContrast } from "./support/contrast";

const PAGES = [
  "/",
  "/learn",
  "/learn/teardown?step=3",
  // The TCB panels with values just changed, a backed-off timer, the 2MSL badge, a Linux note.
  "/learn/handshake-lost-synack?step=5",
  "/learn/teardown-lost-ack?step=7",
  "/learn/sandbox",
  "/learn/copied-answer",
  "/quiz",
  "/flashcards",
  "/flashcards/handshake",
  "/interview",
  "/interview/cheat-sheet",
  "/interview/mock",
  "/capture",
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
