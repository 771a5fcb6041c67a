import { describe, expect, it } from "vitest";
import { format, MessageSyntaxError, messageShape } from "./format";

describe("format", () => {
  it("puts values in and leaves a missing one visible", () => {
    expect(format("Hello, {name}!", { name: "Ada" })).toBe("Hello, Ada!");
    expect(format("Hello, {name}!")).toBe("Hello, {name}!");
  });

  it("never parses a value, so braces and tags a user typed show as typed", () => {
    expect(format("Class: {name}", { name: "<b>{x}</b>" })).toBe("Class: <b>{x}</b>");
  });

  it("chooses plural forms by the locale's rules, with exact matches first and # as the number", () => {
    const m = "{n, plural, =0 {no cards} one {# card} other {# cards}}";
    expect(format(m, { n: 0 })).toBe("no cards");
    expect(format(m, { n: 1 })).toBe("1 card");
    expect(format(m, { n: 12 })).toBe("12 cards");
    expect(format("{n, plural, other {# 张卡}}", { n: 3 }, "zh-CN")).toBe("3 张卡");
    expect(format(m, { n: 12000 })).toBe("12,000 cards");
  });

  it("selects by value and falls back to other", () => {
    const m = "{role, select, teacher {You teach} other {You learn}}";
    expect(format(m, { role: "teacher" })).toBe("You teach");
    expect(format(m, { role: "student" })).toBe("You learn");
  });

  it("renders tags as their content in plain text, nested in plurals too", () => {
    expect(format("Run <code>ss -tan</code> now")).toBe("Run ss -tan now");
    expect(format("{n, plural, one {<b>#</b> left} other {<b>#</b> left}}", { n: 2 })).toBe("2 left");
    expect(format("a < b and c > d")).toBe("a < b and c > d");
  });

  it("refuses broken messages loudly", () => {
    expect(() => format("{n, plural, one {x}}", { n: 1 })).toThrow(MessageSyntaxError);
    expect(() => format("open {brace")).toThrow(MessageSyntaxError);
    expect(() => format("<code>unclosed")).toThrow(MessageSyntaxError);
    expect(() => format("{n, number}")).toThrow(MessageSyntaxError);
  });

  it("reports a message's arguments and tags", () => {
    expect(messageShape("{a} <link>{n, plural, one {# x} other {# y {b}}}</link>")).toEqual({
      args: ["a", "b", "n"],
      tags: ["link"],
    });
  });
});
