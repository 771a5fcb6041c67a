import { describe, expect, it } from "vitest";
import { formatDay, negotiateLocale, orList, requestLocale } from "./locales";

describe("choosing the interface language", () => {
  it("follows the browser: any Chinese is Simplified Chinese, English is English, the rest English", () => {
    expect(negotiateLocale("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(negotiateLocale("zh-TW")).toBe("zh-CN");
    expect(negotiateLocale("zh-Hans-CN")).toBe("zh-CN");
    expect(negotiateLocale("en-GB,en;q=0.9")).toBe("en");
    expect(negotiateLocale("fr-FR,fr;q=0.9")).toBe("en");
    expect(negotiateLocale(undefined)).toBe("en");
    expect(negotiateLocale("")).toBe("en");
  });

  it("reads q-values rather than order, and skips languages refused with q=0", () => {
    expect(negotiateLocale("en;q=0.5,zh;q=0.9")).toBe("zh-CN");
    expect(negotiateLocale("fr,zh;q=0,en;q=0.1")).toBe("en");
    expect(negotiateLocale("de, zh-cn;q=0.8")).toBe("zh-CN");
  });

  it("survives nonsense headers", () => {
    expect(negotiateLocale(";;;,,,q=abc")).toBe("en");
    expect(negotiateLocale("zh;q=abc,en")).toBe("en");
    expect(negotiateLocale("x".repeat(10_000))).toBe("en");
  });

  it("prefers the remembered choice, and ignores a cookie that names no language of ours", () => {
    expect(requestLocale("zh-CN", "en-US")).toBe("zh-CN");
    expect(requestLocale("en", "zh-CN")).toBe("en");
    expect(requestLocale("klingon", "zh-CN")).toBe("zh-CN");
    expect(requestLocale(undefined, "en")).toBe("en");
  });
});

describe("days and lists as each language writes them", () => {
  it("writes a day one way per language, short under a chart and long in a sentence", () => {
    expect(formatDay("2026-12-02", "en", "short")).toBe("2 Dec");
    expect(formatDay("2026-12-02", "en")).toBe("2 December 2026");
    expect(formatDay("2026-12-02", "zh-CN", "short")).toBe("12月2日");
    expect(formatDay("2026-12-02", "zh-CN")).toBe("2026年12月2日");
    expect(formatDay("2026-12-03", "en", "day")).toBe("3");
    expect(formatDay("2026-12-03", "zh-CN", "day")).toBe("3日");
  });

  it("lists choices with the language's own 'or'", () => {
    expect(orList(["basics", "intermediate", "advanced"])).toBe("basics, intermediate or advanced");
    expect(orList(["basics", "intermediate", "advanced"], "zh-CN")).toBe("basics、intermediate或advanced");
  });
});
