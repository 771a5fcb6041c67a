// How the class actions word a refusal: in the caller's language, with the numbers the assignment form's messages name.

import { ASSIGNMENT_LIMITS } from "@/lib/classes/schemas";
import { getGlobalT } from "@/lib/i18n/server";
import type { MsgKey } from "@/lib/i18n/translate";

/** A refusal in the caller's language. */
export async function say(key: MsgKey): Promise<string> {
  return (await getGlobalT())(key, ASSIGNMENT_LIMITS);
}

/** The first issue of a failed parse (a message key in our schemas), or `fallback` for zod's own wording. */
export async function refusalOf(issues: readonly { message: string }[], fallback: MsgKey): Promise<string> {
  const t = await getGlobalT();
  const message = issues[0]?.message ?? "";
  return t(t.isKey(message) ? message : fallback, ASSIGNMENT_LIMITS);
}
