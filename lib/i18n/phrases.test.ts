import { describe, expect, it } from "vitest";
import { phrases } from "./phrases";

describe("where a Chinese headline may break", () => {
  it("between words, never inside one: 状态 stays whole", () => {
    const parts = phrases("TCP 三次握手与四次挥手，一个状态一个状态地学。");
    expect(parts.join("")).toBe("TCP 三次握手与四次挥手，一个状态一个状态地学。");
    expect(parts).toContain("状态");
    expect(parts.some((p) => p.includes("状") && !p.includes("状态"))).toBe(false);
    // The field's terms stay whole too, where the dictionary would cut them (四次 | 挥手).
    expect(parts).toContain("四次挥手");
    expect(phrases("每个报文段的作用")).toContain("报文段");
  });

  it("text without Chinese stays whole: its spaces already say where to break", () => {
    expect(phrases("Capture explained")).toEqual(["Capture explained"]);
    expect(phrases("SYN-SENT → ESTABLISHED")).toEqual(["SYN-SENT → ESTABLISHED"]);
  });
});
