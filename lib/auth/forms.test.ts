import { describe, expect, it } from "vitest";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { isMsgKey } from "@/lib/i18n/global";
import {
  ACCOUNT_LOCKED,
  accountKey,
  formError,
  minutesToWait,
  refusalMessage,
  safeNext,
  signInForm,
  signUpForm,
} from "./forms";

const issues = (result: { success: boolean; error?: { issues: readonly { message: string }[] } }) =>
  result.error?.issues ?? [];

describe("account forms", () => {
  it("check what they can before asking the server", () => {
    expect(signUpForm.safeParse({ name: "A", email: "a@b.co", password: "12345678" }).success).toBe(true);
    expect(signUpForm.safeParse({ name: " ", email: "a@b.co", password: "12345678" }).success).toBe(false);
    expect(signUpForm.safeParse({ name: "A", email: "nope", password: "12345678" }).success).toBe(false);
    expect(signUpForm.safeParse({ name: "A", email: "a@b.co", password: "short" }).success).toBe(false);
    expect(signInForm.safeParse({ email: "a@b.co", password: "" }).success).toBe(false);
  });

  it("read emails and names as a person types them", () => {
    const ok = (email: string) => signInForm.safeParse({ email, password: "x" }).success;
    expect(["a@b.co", "ada.lovelace+synack@school.example.cn", "李@例子.中国"].map(ok)).toEqual([true, true, true]);
    expect(["a@b", "a @b.co", "@b.co", "a@.co", "a@b.", `${"a".repeat(250)}@b.co`].map(ok)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    const parsed = signUpForm.safeParse({ name: "  Ada  ", email: "a@b.co", password: "12345678" });
    expect(parsed.success && parsed.data.name).toBe("Ada");
  });

  it("say what is wrong with a message key of the account namespace, which both languages have", () => {
    const cases = [
      [signUpForm.safeParse({ name: " ", email: "a@b.co", password: "12345678" }), "account.nameRequired"],
      [signUpForm.safeParse({ name: "x".repeat(81), email: "a@b.co", password: "12345678" }), "account.nameTooLong"],
      [signUpForm.safeParse({ name: "A", email: "nope", password: "12345678" }), "account.emailInvalid"],
      [signUpForm.safeParse({ name: "A", email: "a@b.co", password: "short" }), "account.passwordTooShort"],
      [signUpForm.safeParse({ name: "A", email: "a@b.co", password: "x".repeat(129) }), "account.passwordTooLong"],
      [signInForm.safeParse({ email: "a@b", password: "x" }), "account.emailSignIn"],
      [signInForm.safeParse({ email: "a@b.co", password: "" }), "account.passwordRequired"],
    ] as const;
    for (const [result, key] of cases) {
      expect(formError(issues(result))).toBe(key);
      expect(isMsgKey(key)).toBe(true);
    }
    // zod's own wording (a field of the wrong type) is never shown: the form asks to check it instead.
    expect(formError(issues(signInForm.safeParse({ email: "a@b.co", password: 5 })))).toBe("account.checkForm");
    expect(accountKey("account.nameRequired")).toBe("nameRequired");
  });

  it("never say whether an email has an account", () => {
    expect(refusalMessage("sign-up", 422, "USER_ALREADY_EXISTS")).toBe(refusalMessage("sign-up", 400, undefined));
    expect(refusalMessage("sign-up", 422, "USER_ALREADY_EXISTS")).toBe("account.signUpRefused");
    expect(refusalMessage("sign-in", 401, "INVALID_EMAIL_OR_PASSWORD")).toBe("account.signInRefused");
    const en = globalTranslatorFor("en");
    expect(en(refusalMessage("sign-in", 401, "INVALID_EMAIL_OR_PASSWORD"))).not.toMatch(
      /exist|unknown|no account with/i,
    );
    expect(en(refusalMessage("sign-in", 429, undefined))).toMatch(/wait a minute/);
  });

  it("turn better-auth's error codes into messages in the interface language, never its English text", () => {
    const zh = globalTranslatorFor("zh-CN");
    expect(refusalMessage("sign-up", 400, "PASSWORD_TOO_SHORT")).toBe("account.passwordTooShort");
    expect(refusalMessage("sign-up", 400, "PASSWORD_TOO_LONG")).toBe("account.passwordTooLong");
    expect(refusalMessage("sign-up", 400, "INVALID_EMAIL")).toBe("account.emailInvalid");
    expect(zh(refusalMessage("sign-in", 401, "INVALID_EMAIL_OR_PASSWORD"))).toBe(
      "邮箱和密码与任何账号都不匹配。请检查两项后再试。",
    );
    expect(zh(refusalMessage("sign-up", 429, undefined))).toContain("一分钟");
  });

  it("say how many minutes an account locked by its sign-in limit must wait, in both languages", () => {
    const key = refusalMessage("sign-in", 429, ACCOUNT_LOCKED);
    expect(key).toBe("account.accountLocked");
    expect(minutesToWait("900")).toBe(15);
    expect(minutesToWait("61")).toBe(2);
    expect(minutesToWait(null)).toBe(1);
    expect(minutesToWait("soon")).toBe(1);
    expect(globalTranslatorFor("en")(key, { minutes: 15 })).toBe(
      "Too many sign-in attempts for this email address: wait 15 minutes, then try again.",
    );
    expect(globalTranslatorFor("en")(key, { minutes: 1 })).toContain("wait 1 minute,");
    expect(globalTranslatorFor("zh-CN")(key, { minutes: 15 })).toBe("这个邮箱的登录尝试次数过多：请等 15 分钟后再试。");
  });
});

describe("safeNext", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeNext("/classes/join?code=AB12CD")).toBe("/classes/join?code=AB12CD");
  });

  it("refuses anything that could lead to another site, and what is not a string", () => {
    for (const bad of ["https://evil.example/", "//evil.example", "/\\evil.example", "/x\\y", "classes", "/a\nb", ""])
      expect(safeNext(bad), bad).toBeNull();
    expect(safeNext(["/me"])).toBeNull();
    expect(safeNext(undefined)).toBeNull();
    expect(safeNext(`/${"a".repeat(400)}`)).toBeNull();
  });
});
