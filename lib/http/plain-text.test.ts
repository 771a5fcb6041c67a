import { describe, expect, it } from "vitest";
import { characterCount, hasControlCharacters, lineProblem, tidyLine } from "./plain-text";

describe("one-line names", () => {
  it("accept ordinary text in any script, emoji and joined emoji included", () => {
    for (const name of ["Networks 101", "计算机网络 1 班", "Zoë O’Brien", "👩‍🏫 Ms Ng", "שלום עולם", "مرحبا"]) {
      expect(lineProblem(name, 80), name).toBeNull();
    }
  });

  it("refuse NUL, line breaks, tabs, escapes and the invisible characters that reorder text", () => {
    for (const bad of [
      "a\u0000b",
      "a\nb",
      "a\rb",
      "a\tb",
      "\u001b[31mred",
      "evil\u202Etxt.exe",
      "a\u2066b\u2069",
      "a\u200fb",
      "a\u2028b",
      "a\ufeffb",
      "a\u0085b",
      "a\ud800b",
    ]) {
      expect(hasControlCharacters(bad), JSON.stringify(bad)).toBe(true);
      expect(lineProblem(bad, 80), JSON.stringify(bad)).toBe("not-text");
    }
  });

  it("count characters as a reader does, and refuse past the limit", () => {
    expect(characterCount("😀😀")).toBe(2);
    expect(lineProblem("😀".repeat(80), 80)).toBeNull();
    expect(lineProblem("😀".repeat(81), 80)).toBe("too-long");
    expect(lineProblem("x".repeat(100_000), 80)).toBe("too-long");
    expect(lineProblem("", 80)).toBe("empty");
  });

  it("keep names trimmed and composed", () => {
    expect(tidyLine("  Zoe\u0308  ")).toBe("Zoë");
  });
});
