import type { GlobalTranslator, MsgKey } from "./translate";

/**
 * The message for a failed zod parse, in the request's language. Schemas give their errors as message keys
 * (`{ error: "quiz.pickFocus" }`); an issue without one of ours (zod's own wording) gets `fallback`.
 */
export function zodMessage(
  error: { issues: readonly { message: string }[] },
  t: GlobalTranslator,
  fallback: MsgKey,
): string {
  const message = error.issues[0]?.message ?? "";
  return t.isKey(message) ? t(message) : t(fallback);
}
