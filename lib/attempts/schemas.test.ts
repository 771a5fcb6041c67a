import { describe, expect, it } from "vitest";
import { practiceSpec } from "@/lib/quiz";
import { sharedSetup, sharePath } from "./schemas";

describe("a quiz's share link", () => {
  it("carries the choices and the seed, and reads back as the same set-up", () => {
    const spec = practiceSpec({
      seed: 4242,
      count: 12,
      level: "advanced",
      focus: "edge-cases",
      lang: "zh",
      only: null,
    });
    const path = sharePath(spec);
    expect(path).toBe("/quiz?focus=edge-cases&level=advanced&length=12&lang=zh&seed=4242");
    const query = Object.fromEntries(new URL(path, "http://x").searchParams);
    expect(sharedSetup(query)).toEqual({
      values: { focus: "edge-cases", level: "advanced", length: "12", lang: "zh", seed: "4242" },
    });
  });

  it('without a seed, the same settings with questions of their own (the results\' "try the next level")', () => {
    const path = sharePath({ focus: "teardown", level: "advanced", count: 10, lang: "en" });
    expect(path).toBe("/quiz?focus=teardown&level=advanced&length=10&lang=en");
    expect(sharedSetup(Object.fromEntries(new URL(path, "http://x").searchParams))).toEqual({
      values: { focus: "teardown", level: "advanced", length: "10", lang: "en" },
    });
  });

  it("is nothing without set-up fields, and a reason when its fields are no quiz", () => {
    expect(sharedSetup({ error: "busy" })).toBeNull();
    expect(sharedSetup({ length: "500" })).toEqual({ error: { key: "quiz.lengthMax", values: expect.any(Object) } });
    expect(sharedSetup({ focus: "everything", seed: "-3" })).toMatchObject({ error: expect.anything() });
    expect(sharedSetup({ level: ["basics", "advanced"] })).toEqual({ values: { level: "basics" } });
  });
});
