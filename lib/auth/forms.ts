// The sign-up and sign-in forms: what they accept, and what a refusal from better-auth says to the person. Shared
// by the form (to answer at once) and its tests. No message tells whether an email has an account. Messages are
// keys of the `account` namespace (lib/i18n), so the form says them in the interface language.
import { hasControlCharacters, lineProblem } from "@/lib/http/plain-text";
import type { KeyIn } from "@/lib/i18n/translate";
import { NAME_MAX, NAME_REFUSAL } from "./display-name";

/** A message of the `account` namespace, by its full name. */
export type AccountMsg = `account.${KeyIn<"account">}`;

/**
 * A form's rules as plain checks, in order, each with the message it gives: the form runs them in the browser on
 * every submit, so they are written out rather than brought in with a validation library. `safeParse` answers in
 * zod's shape (success, or the first issue's message), which is what the form and its tests read.
 */
type Rule = [field: string, ok: (value: string) => boolean, message: AccountMsg];

function form(rules: Rule[]) {
  return {
    safeParse(input: Record<string, unknown>) {
      const values = Object.fromEntries(rules.map(([field]) => [field, String(input[field] ?? "")]));
      if (typeof values.name === "string") values.name = values.name.trim();
      for (const [field, ok, message] of rules) {
        if (!ok(values[field] ?? "")) return { success: false as const, error: { issues: [{ message }] } };
      }
      return { success: true as const, data: values };
    },
  };
}

/** An address with something before and after one @ and a dot in the domain: the server checks the rest. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const signUpForm = form([
  ["name", (v) => v.length >= 1, "account.nameRequired"],
  ["name", (v) => lineProblem(v, NAME_MAX) !== "too-long", "account.nameTooLong"],
  ["name", (v) => !hasControlCharacters(v), "account.nameNotText"],
  ["email", (v) => EMAIL.test(v) && v.length <= 254, "account.emailInvalid"],
  ["password", (v) => v.length >= 8, "account.passwordTooShort"],
  ["password", (v) => v.length <= 128, "account.passwordTooLong"],
]);

export const signInForm = form([
  ["email", (v) => EMAIL.test(v) && v.length <= 254, "account.emailSignIn"],
  ["password", (v) => v.length >= 1, "account.passwordRequired"],
  ["password", (v) => v.length <= 128, "account.passwordTooLong"],
]);

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

/** The error code of a sign-in refused because its account's attempts are used up (lib/auth/sign-in-limit.ts). */
export const ACCOUNT_LOCKED = "ACCOUNT_SIGN_IN_LIMIT";
/** The error code of a sign-up refused for a password on the list of common ones (lib/auth/passwords.ts). */
export const PASSWORD_TOO_COMMON = "PASSWORD_TOO_COMMON";
/** What a sign-up refused because its email has an account says instead (lib/auth/auth.ts). */
export const SIGN_UP_REFUSED = "SIGN_UP_REFUSED";

/**
 * What to tell the person when better-auth refuses, from its HTTP status and error code (never its English
 * message text, which would show in every language as English). Only a 401 to a sign-in is about the password:
 * anything else says what did happen. `accountsAt` is the one address accounts work at (BETTER_AUTH_URL), if set.
 */
export function refusalMessage(
  form: "sign-up" | "sign-in",
  status: number,
  code: string | undefined,
  accountsAt: string | null = null,
): AccountMsg {
  if (status === 429) return code === ACCOUNT_LOCKED ? "account.accountLocked" : "account.tooManyAttempts";
  // better-auth's origin check (INVALID_ORIGIN, MISSING_OR_NULL_ORIGIN, a cross-site form).
  if (status === 403) return accountsAt ? "account.originElsewhere" : "account.originRefused";
  if (status >= 500 || status === 404 || status < 400) return "account.serverError";
  if (code === NAME_REFUSAL.empty) return "account.nameRequired";
  if (code === NAME_REFUSAL["too-long"]) return "account.nameTooLong";
  if (code === NAME_REFUSAL["not-text"]) return "account.nameNotText";
  if (code === "PASSWORD_TOO_LONG") return "account.passwordTooLong";
  if (form === "sign-in") {
    if (code === "INVALID_EMAIL") return "account.emailSignIn";
    return status === 401 ? "account.signInRefused" : "account.checkForm";
  }
  if (code === "PASSWORD_TOO_SHORT") return "account.passwordTooShort";
  if (code === PASSWORD_TOO_COMMON) return "account.passwordTooCommon";
  if (code === "INVALID_EMAIL") return "account.emailInvalid";
  // Said the same way whether or not the email already has an account.
  return "account.signUpRefused";
}

/** Whole minutes until a refusal's Retry-After (seconds) has passed, for "wait {minutes} minutes"; at least one. */
export function minutesToWait(retryAfter: string | null): number {
  const seconds = Number(retryAfter);
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : 1;
}

/**
 * Where to go after signing up or in (`?next=` on those pages): a path on this site only, so a link cannot send
 * someone elsewhere after they typed their password. Anything else, or nothing, is null (the profile, /me).
 */
export function safeNext(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 300) return null;
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  // Control characters and backslashes ("/\\evil.example") could turn the path into another origin in some browsers.
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || ch === "\\") return null;
  }
  return value;
}

/** `path` (/sign-up, /sign-in) carrying where to go after it, when there is somewhere. */
export function withNext(path: string, next: string | null | undefined): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}
