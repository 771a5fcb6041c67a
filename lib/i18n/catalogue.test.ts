import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogues";
import { format, messageShape } from "./format";
import { LOCALES } from "./locales";

/** Keys whose Chinese is rightly the same as the English (names, codes, formats). */
const SAME_IN_BOTH = new Set<string>([]);

const CJK = /[\u3400-\u9fff]/;

function entries(locale: (typeof LOCALES)[number]) {
  return Object.entries(CATALOGUES[locale]).flatMap(([ns, messages]) =>
    Object.entries(messages as Record<string, string>).map(([key, text]) => ({ id: `${ns}.${key}`, text })),
  );
}

describe("the message catalogues", () => {
  const en = new Map(entries("en").map((e) => [e.id, e.text]));
  const zh = new Map(entries("zh-CN").map((e) => [e.id, e.text]));

  it("have every key in both languages", () => {
    expect(
      [...zh.keys()].filter((k) => !en.has(k)),
      "keys only in Chinese",
    ).toEqual([]);
    expect(
      [...en.keys()].filter((k) => !zh.has(k)),
      "keys only in English",
    ).toEqual([]);
    expect(en.size).toBeGreaterThan(20);
  });

  it("have no empty message", () => {
    for (const locale of LOCALES) {
      expect(
        entries(locale).filter((e) => !e.text.trim()),
        locale,
      ).toEqual([]);
    }
  });

  it("parse, and ask for the same values and tags in both languages", () => {
    const mismatched: string[] = [];
    for (const [id, text] of en) {
      const other = zh.get(id) ?? "";
      expect(() => format(text), id).not.toThrow();
      expect(() => format(other, {}, "zh-CN"), id).not.toThrow();
      if (JSON.stringify(messageShape(text)) !== JSON.stringify(messageShape(other))) mismatched.push(id);
    }
    expect(mismatched).toEqual([]);
  });

  it("are translated: no Chinese message is an English sentence", () => {
    const untranslated = [...zh].filter(([id, text]) => {
      if (SAME_IN_BOTH.has(id)) return false;
      const englishWords = text.replace(/<[^>]+>|\{[^}]*\}/g, " ").match(/\b[a-z]{3,}\b/g) ?? [];
      return text === en.get(id) ? englishWords.length > 0 : !CJK.test(text) && englishWords.length >= 3;
    });
    expect(untranslated.map(([id]) => id)).toEqual([]);
  });
});
