import { describe, expect, it } from "vitest";
import { z } from "zod";
import { globalTranslatorFor } from "./catalogues";
import { zodMessage } from "./zod";

describe("zod errors in the learner's language", () => {
  const schema = z.object({ n: z.number({ error: "common.tryAgain" }), s: z.string() });

  it("translates a schema's own message key", () => {
    const parsed = schema.safeParse({ n: "x", s: "" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(zodMessage(parsed.error, globalTranslatorFor("zh-CN"), "common.homePage")).toBe("重试");
    expect(zodMessage(parsed.error, globalTranslatorFor("en"), "common.homePage")).toBe("Try again");
  });

  it("uses the fallback for zod's own wording", () => {
    const parsed = schema.safeParse({ n: 1, s: 5 });
    if (parsed.success) throw new Error("expected a failure");
    expect(zodMessage(parsed.error, globalTranslatorFor("zh-CN"), "common.homePage")).toBe("首页");
  });
});
