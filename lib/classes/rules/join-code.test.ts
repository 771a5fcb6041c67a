import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, codeExpired, codeFrom, normalizeCode, showCode } from "./join-code";

describe("join codes", () => {
  it("are six characters a class can read aloud, nothing that looks like another", () => {
    const code = codeFrom(Uint8Array.from([0, 1, 2, 3, 250, 255]));
    expect(code).toHaveLength(6);
    for (const c of code) expect(CODE_ALPHABET).toContain(c);
    expect(CODE_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it("accept what students type: lower case, a dash, spaces", () => {
    expect(normalizeCode("k7q-2mx")).toBe("K7Q2MX");
    expect(normalizeCode(" K7Q 2MX ")).toBe("K7Q2MX");
    expect(normalizeCode("K7Q2M")).toBeNull();
    expect(normalizeCode("K7Q2M0")).toBeNull();
    expect(showCode("K7Q2MX")).toBe("K7Q-2MX");
  });

  it("expire thirty days after they were set", () => {
    const set = new Date("2026-11-01T00:00:00Z");
    expect(codeExpired(set, new Date("2026-11-30T23:59:59Z"))).toBe(false);
    expect(codeExpired(set, new Date("2026-12-01T00:00:00Z"))).toBe(true);
  });
});
