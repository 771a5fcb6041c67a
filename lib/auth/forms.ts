// The sign-up and sign-in forms: what they accept, and what a refusal from better-auth says to the person. Shared
// by the form (to answer at once) and its tests. No message tells whether an email has an account. Messages are
// keys of the `account` namespace (lib/i18n), so the form says them in the interface language.
// zod/mini: the same checks as zod, in a few kilobytes, because the form runs them in the browser.
import * as z from "zod/mini";
import type { KeyIn } from "@/lib/i18n/translate";

/** A message of the `account` namespace, by its full name. */
export type AccountMsg = `account.${KeyIn<"account">}`;

const error = (key: AccountMsg) => ({ error: key });

export const signUpForm = z.object({
  name: z
    .string()
    .check(z.trim(), z.minLength(1, error("account.nameRequired")), z.maxLength(80, error("account.nameTooLong"))),
  email: z.email(error("account.emailInvalid")).check(z.maxLength(254, error("account.emailInvalid"))),
  password: z
    .string()
    .check(z.minLength(8, error("account.passwordTooShort")), z.maxLength(128, error("account.passwordTooLong"))),
});

export const signInForm = z.object({
  email: z.email(error("account.emailSignIn")).check(z.maxLength(254, error("account.emailSignIn"))),
  password: z
    .string()
    .check(z.minLength(1, error("account.passwordRequired")), z.maxLength(128, error("account.passwordTooLong"))),
});

/** The message for a failed parse of either form: the schema's own key, else "check the form". */
export function formError(issues: readonly { message: string }[]): AccountMsg {
  const message = issues[0]?.message ?? "";
  return isAccountMsg(message) ? message : "account.checkForm";
}

function isAccountMsg(value: string): value is AccountMsg {
  return value.startsWith("account.") && value !== "account.";
}

/** The key within the namespace, for the form's `useT("account")` (the browser gets that namespace only). */
export function accountKey(message: AccountMsg): KeyIn<"account"> {
  return message.slice("account.".length) as KeyIn<"account">;
}

/**
 * What to tell the person when better-auth refuses, from its HTTP status and error code (never its English
 * message text, which would show in every language as English).
 */
export function refusalMessage(form: "sign-up" | "sign-in", status: number, code: string | undefined): AccountMsg {
  if (status === 429) return "account.tooManyAttempts";
  if (form === "sign-in") return "account.signInRefused";
  if (code === "PASSWORD_TOO_SHORT") return "account.passwordTooShort";
  if (code === "PASSWORD_TOO_LONG") return "account.passwordTooLong";
  if (code === "INVALID_EMAIL") return "account.emailInvalid";
  // Said the same way whether or not the email already has an account.
  return "account.signUpRefused";
}
