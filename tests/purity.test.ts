import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const CORES = [
  "lib/tcp",
  "lib/quiz",
  "lib/srs",
  "lib/animation",
  "lib/classes/rules",
  "lib/interview",
  "lib/capture",
  "lib/live",
];

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => path.join(dir, f));
}

describe("the pure cores", () => {
  // Biome already bans framework imports and clock globals there; Math.random is a property, not a global.
  // lib/srs may build a Date from a number (ts-fsrs takes Dates), but never the current one.
  it.each(CORES.flatMap(sources))("%s never calls Math.random() or reads the clock", (file) => {
    const text = fs.readFileSync(file, "utf8");
    expect(text).not.toMatch(/Math\.random\s*\(/);
    expect(text).not.toMatch(/\bDate\.now\s*\(|new Date\s*\(\s*\)/);
  });
});
