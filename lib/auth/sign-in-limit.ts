// Sign-in attempts per account, on top of better-auth's limit per address (lib/auth/auth.ts): a guesser who spreads
// attempts over many addresses still gets only so many tries at one person's password.
import { createHash } from "node:crypto";
import type { AttemptLimit } from "@/lib/db";

/**
 * Ten attempts at one email address in fifteen minutes, from anywhere. A student who mistypes a few times is never
 * near it; a guesser gets 40 tries an hour at one password. A successful sign-in starts the count again. A browser
 * the account has signed in from before counts apart, with the same limit (lib/auth/known-devices.ts), so
 * someone else's guesses cannot lock the owner out of their own browser.
 */
export const SIGN_IN_ACCOUNT_LIMIT = { max: 10, windowS: 15 * 60 } as const satisfies AttemptLimit;

/**
 * The email as better-auth looks the account up (lower case), without the spaces a form may add: "Ann@X.org " and
 * "ann@x.org" are the same account, so they share one count.
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The counter's key for an email in a sign-in body: a hash, so the table holds no addresses and a key has one length
 * however long the typed address (after the "sign-in:" that sets it apart from the other limits' keys). Null when
 * there is no email to count (better-auth refuses that body anyway).
 */
export function signInAccountKey(email: unknown): string | null {
  if (typeof email !== "string") return null;
  const normalised = normaliseEmail(email);
  if (normalised === "") return null;
  return `sign-in:${createHash("sha256").update(`sign-in:${normalised}`).digest("hex")}`;
}
