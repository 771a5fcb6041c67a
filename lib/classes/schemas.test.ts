import { describe, expect, it } from "vitest";
import { SIGN_IN_FIRST, TEACHERS_ONLY } from "@/lib/auth/access";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { isMsgKey } from "@/lib/i18n/global";
import { ASSIGNMENT_LIMITS, assignmentForm, className, joinCode } from "./schemas";

const good = {
  title: "Handshake check",
  focus: "handshake",
  level: "basics",
  count: "10",
  lang: "en",
  opens: "",
  due: "2026-11-24T17:30",
  minutes: "",
  attempts: "1",
  seeds: "shared",
};

type Parsed = { success: boolean; error?: { issues: readonly { message: string }[] } };
const firstMessage = (result: Parsed) => result.error?.issues[0]?.message;

describe("the class forms' checks", () => {
  it("accept a complete assignment", () => {
    expect(assignmentForm.safeParse(good).success).toBe(true);
  });

  it("keep names and titles trimmed and composed, counting characters as a reader does", () => {
    expect(className.parse({ name: "  Zoe\u0308’s class  " }).name).toBe("Zoë’s class");
    expect(className.safeParse({ name: "班".repeat(80) }).success).toBe(true);
    expect(assignmentForm.safeParse({ ...good, title: "😀".repeat(100) }).success).toBe(true);
  });

  it("refuse with a message key of the classes namespace", () => {
    const cases: [Parsed, string][] = [
      [className.safeParse({ name: "  " }), "classes.classNameRequired"],
      [className.safeParse({ name: "x".repeat(81) }), "classes.classNameTooLong"],
      [className.safeParse({ name: "x".repeat(100_000) }), "classes.classNameTooLong"],
      [className.safeParse({ name: "Net\u0000works" }), "classes.classNameNotText"],
      [className.safeParse({ name: "Networks\u202E101" }), "classes.classNameNotText"],
      [assignmentForm.safeParse({ ...good, title: "x".repeat(101) }), "classes.titleTooLong"],
      [assignmentForm.safeParse({ ...good, title: "Quiz\n::Injected::Q{=A}" }), "classes.titleNotText"],
      [assignmentForm.safeParse({ ...good, count: "0x10" }), "classes.countRange"],
      [assignmentForm.safeParse({ ...good, count: "1e1" }), "classes.countRange"],
      [assignmentForm.safeParse({ ...good, minutes: "0x10" }), "classes.minutesRange"],
      [assignmentForm.safeParse({ ...good, minutes: "1e2" }), "classes.minutesRange"],
      [assignmentForm.safeParse({ ...good, attempts: "٣" }), "classes.attemptsRange"],
      [joinCode.safeParse({ code: "K7Q-2M0" }), "classes.joinCodeShape"],
      [assignmentForm.safeParse({ ...good, title: "" }), "classes.titleRequired"],
      [assignmentForm.safeParse({ ...good, focus: "nope" }), "classes.pickTopic"],
      [assignmentForm.safeParse({ ...good, level: "expert" }), "classes.pickLevel"],
      [assignmentForm.safeParse({ ...good, count: "3" }), "classes.countRange"],
      [assignmentForm.safeParse({ ...good, count: "ten" }), "classes.countRange"],
      [assignmentForm.safeParse({ ...good, lang: "fr" }), "classes.pickLang"],
      [assignmentForm.safeParse({ ...good, due: "" }), "classes.dueRequired"],
      [assignmentForm.safeParse({ ...good, minutes: "601" }), "classes.minutesRange"],
      [assignmentForm.safeParse({ ...good, attempts: "6" }), "classes.attemptsRange"],
      [assignmentForm.safeParse({ ...good, seeds: "some" }), "classes.pickSeeds"],
    ];
    for (const [result, key] of cases) {
      expect(firstMessage(result), key).toBe(key);
      expect(isMsgKey(key), key).toBe(true);
    }
  });

  it("name the limits they check, in both languages", () => {
    const en = globalTranslatorFor("en");
    const zh = globalTranslatorFor("zh-CN");
    expect(en("classes.countRange", ASSIGNMENT_LIMITS)).toBe(
      "The number of questions must be a whole number from 5 to 50.",
    );
    expect(zh("classes.countRange", ASSIGNMENT_LIMITS)).toBe("题目数量必须是 5 到 50 之间的整数。");
    expect(en("classes.fieldAttempts", ASSIGNMENT_LIMITS)).toBe("Attempts (1-5)");
    expect(zh("classes.minutesRange", ASSIGNMENT_LIMITS)).toContain("600");
  });

  it("and the access checks refuse with keys both languages have", () => {
    expect(isMsgKey(SIGN_IN_FIRST)).toBe(true);
    expect(isMsgKey(TEACHERS_ONLY)).toBe(true);
    expect(globalTranslatorFor("zh-CN")(TEACHERS_ONLY)).toContain("我是老师");
  });
});
