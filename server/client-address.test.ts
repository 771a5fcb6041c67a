import { describe, expect, it } from "vitest";
import { forwardedFor, trustsProxy } from "./client-address";

describe("the client address the per-address limits see", () => {
  it("is the connection's own address when no proxy is trusted, whatever the client claims", () => {
    expect(forwardedFor("203.0.113.7", "192.168.1.20", false)).toBe("192.168.1.20");
    expect(forwardedFor(["203.0.113.7", "198.51.100.1"], "192.168.1.20", false)).toBe("192.168.1.20");
    expect(forwardedFor(undefined, "::1", false)).toBe("::1");
  });

  it("behind a trusted proxy, is the address that proxy appended, not the ones the client wrote before it", () => {
    expect(forwardedFor("203.0.113.7, 198.51.100.23", "10.0.0.2", true)).toBe("198.51.100.23");
    expect(forwardedFor(["203.0.113.7", "198.51.100.23"], "10.0.0.2", true)).toBe("198.51.100.23");
    expect(forwardedFor("198.51.100.23", "10.0.0.2", true)).toBe("198.51.100.23");
  });

  it("falls back to the connection's address when a trusted proxy sent none", () => {
    expect(forwardedFor(undefined, "10.0.0.2", true)).toBe("10.0.0.2");
    expect(forwardedFor(" , ", "10.0.0.2", true)).toBe("10.0.0.2");
  });

  it("trusts a proxy only when TRUST_PROXY says so", () => {
    expect(trustsProxy({ TRUST_PROXY: "1" })).toBe(true);
    expect(trustsProxy({ TRUST_PROXY: "true" })).toBe(true);
    expect(trustsProxy({ TRUST_PROXY: "0" })).toBe(false);
    expect(trustsProxy({})).toBe(false);
  });
});
