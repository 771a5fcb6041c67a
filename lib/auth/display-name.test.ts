import { describe, expect, it } from "vitest";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { checkName, NAME_REFUSAL } from "./display-name";
import { accountKey, formError, refusalMessage, signUpForm } from "./forms";

const signUp = (name: string) => signUpForm.safeParse({ name, email: "a@b.co", password: "a long enough password" });

describe("display names", () => {
  it("are kept trimmed and composed, in any script", () => {
    expect(checkName("  Zoe\u0308 ")).toEqual({ ok: true, name: "Zoë" });
    expect(checkName("王同学")).toEqual({ ok: true, name: "王同学" });
    expect(checkName("👩‍🏫".repeat(10))).toMatchObject({ ok: true });
  });

  it("are refused when empty, too long or not plain text, with a code for each", () => {
    expect(checkName("   ")).toMatchObject({ ok: false, code: "NAME_REQUIRED" });
    expect(checkName(undefined)).toMatchObject({ ok: false, code: "NAME_REQUIRED" });
    expect(checkName("x".repeat(81))).toMatchObject({ ok: false, code: "NAME_TOO_LONG" });
    expect(checkName("x".repeat(200_000))).toMatchObject({ ok: false, code: "NAME_TOO_LONG" });
    expect(checkName("Eve\u0000")).toMatchObject({ ok: false, code: "NAME_NOT_TEXT" });
    expect(checkName("Eve\u202Enimda")).toMatchObject({ ok: false, code: "NAME_NOT_TEXT" });
    expect(checkName("Eve\nTeacher")).toMatchObject({ ok: false, code: "NAME_NOT_TEXT" });
  });

  it("the sign-up form refuses the same names in the browser, and names the server's refusals in both languages", () => {
    expect(formError(signUp("Eve\u202E").error?.issues ?? [])).toBe("account.nameNotText");
    expect(formError(signUp("😀".repeat(81)).error?.issues ?? [])).toBe("account.nameTooLong");
    expect(signUp("😀".repeat(80)).success).toBe(true);
    const key = refusalMessage("sign-up", 400, NAME_REFUSAL["not-text"]);
    expect(key).toBe("account.nameNotText");
    expect(refusalMessage("sign-up", 400, NAME_REFUSAL["too-long"])).toBe("account.nameTooLong");
    expect(globalTranslatorFor("en")(key)).toMatch(/^A name is one line of plain text/);
    expect(globalTranslatorFor("zh-CN")(key)).toMatch(/^姓名只能是一行普通文字/);
    expect(accountKey(key)).toBe("nameNotText");
  });
});
