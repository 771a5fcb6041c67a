// The name an account shows (to its teacher, on rosters and grades), checked wherever better-auth writes it: at
// sign-up and through its update-user endpoint alike (lib/auth/auth.ts), so no request body reaches the database with
// a name the form would refuse. Pure: the sign-up form reads the same limit and codes in the browser.
import { type LineProblem, lineProblem, tidyLine } from "@/lib/http/plain-text";

export const NAME_MAX = 80;

/** The error code of each refusal, which the sign-up form turns into a message in the reader's language. */
export const NAME_REFUSAL: Record<LineProblem, string> = {
  empty: "NAME_REQUIRED",
  "too-long": "NAME_TOO_LONG",
  "not-text": "NAME_NOT_TEXT",
};

/** What an API caller reads (the forms show their own message for the code). */
const SAID: Record<LineProblem, string> = {
  empty: "Type a name.",
  "too-long": `A name can have at most ${NAME_MAX} characters.`,
  "not-text": "A name is one line of plain text, without control or direction-changing characters.",
};

export type NameCheck = { ok: true; name: string } | { ok: false; code: string; message: string };

/** The name as it is kept (trimmed, composed), or why it is refused. */
export function checkName(value: unknown): NameCheck {
  // Cut far past the limit first: a 200,000-character name is refused for its length without being read through.
  const name = typeof value === "string" ? tidyLine(value.slice(0, NAME_MAX * 4 + 1)) : "";
  const problem = lineProblem(name, NAME_MAX);
  return problem ? { ok: false, code: NAME_REFUSAL[problem], message: SAID[problem] } : { ok: true, name };
}
