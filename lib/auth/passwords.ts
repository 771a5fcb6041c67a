// Passwords a guesser tries first are refused at sign-up. The list is zxcvbn's (@zxcvbn-ts/language-common: about
// 49,000 passwords that leaked most often, ranked by frequency), maintained with zxcvbn-ts and read only on the
// server; with the minimum length (8, lib/auth/auth.ts) this is what NIST SP 800-63B §3.1.1.2 asks of a password.

let common: Promise<ReadonlySet<string>> | null = null;

/**
 * The list, loaded once (decompressing it takes tens of milliseconds) and kept. The sign-up page asks for it as it
 * renders, so it is ready by the time the form is sent.
 */
export function commonPasswords(): Promise<ReadonlySet<string>> {
  common ??= import("@zxcvbn-ts/language-common").then(
    ({ dictionary }) => new Set(dictionary["passwords-common"].map((p) => p.toLowerCase())),
  );
  return common;
}

/**
 * Whether a password is one a guesser tries early: on the list (in any case, with or without spaces around it),
 * only spaces, or one character over and over ("aaaaaaaa", eight spaces).
 */
export async function guessable(password: string): Promise<boolean> {
  const trimmed = password.trim();
  if (new Set(trimmed).size <= 1) return true;
  const list = await commonPasswords();
  return list.has(password.toLowerCase()) || list.has(trimmed.toLowerCase());
}
