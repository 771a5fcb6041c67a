import { describe, expect, it } from "vitest";
import { parseCookies } from "./cookies";

describe("reading a Cookie header", () => {
  it("gives each cookie by name, trimmed, keeping '=' inside values and the first of a repeated name", () => {
    const jar = parseCookies(" synack_guest=abc=def ; synack_locale=zh-CN;synack_locale=en; junk; =x");
    expect(jar.get("synack_guest")).toBe("abc=def");
    expect(jar.get("synack_locale")).toBe("zh-CN");
    expect([...jar.keys()]).toEqual(["synack_guest", "synack_locale"]);
  });

  it("is empty for no header", () => {
    expect(parseCookies(null).size).toBe(0);
    expect(parseCookies(undefined).size).toBe(0);
  });
});
