import { describe, expect, it } from "vitest";
import { isGuestToken, newGuestToken } from "./guest-token";

describe("guest tokens", () => {
  it("are 43 url-safe characters and never repeat", () => {
    const tokens = Array.from({ length: 200 }, newGuestToken);
    for (const token of tokens) expect(isGuestToken(token)).toBe(true);
    expect(new Set(tokens).size).toBe(tokens.length);
  });
  it("reject values we could not have issued", () => {
    for (const value of [undefined, "", "short", `${"a".repeat(42)}=`, `${"a".repeat(42)}/`, "a".repeat(44)]) {
      expect(isGuestToken(value)).toBe(false);
    }
  });
});
