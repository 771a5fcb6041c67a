import { describe, expect, it } from "vitest";
import { refusalMessage, signInForm, signUpForm } from "./forms";

describe("account forms", () => {
  it("check what they can before asking the server", () => {
    expect(signUpForm.safeParse({ name: "A", email: "a@b.co", password: "12345678" }).success).toBe(true);
    expect(signUpForm.safeParse({ name: " ", email: "a@b.co", password: "12345678" }).success).toBe(false);
    expect(signUpForm.safeParse({ name: "A", email: "nope", password: "12345678" }).success).toBe(false);
    expect(signUpForm.safeParse({ name: "A", email: "a@b.co", password: "short" }).success).toBe(false);
    expect(signInForm.safeParse({ email: "a@b.co", password: "" }).success).toBe(false);
  });

  it("never say whether an email has an account", () => {
    expect(refusalMessage("sign-up", 422, "USER_ALREADY_EXISTS")).toBe(refusalMessage("sign-up", 400, undefined));
    expect(refusalMessage("sign-in", 401, "INVALID_EMAIL_OR_PASSWORD")).not.toMatch(/exist|unknown|no account with/i);
    expect(refusalMessage("sign-in", 429, undefined)).toMatch(/wait a minute/);
  });
});
