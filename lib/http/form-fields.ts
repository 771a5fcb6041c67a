// A server action's form argument as it arrives: anything at all. Our forms send FormData, but an action is a public
// endpoint (a POST with a `Next-Action` header) and anyone can call it with a string, a number, nested JSON or no
// argument, so the actions read their fields through this rather than calling `form.get` on what they were given.
import { z } from "zod";

export const formDataArg = z.instanceof(FormData);

/**
 * The text fields `keys` of a form argument: each one the form sent as text, and nothing for one it did not send
 * (or sent as a file). Null when the argument is not FormData at all, so the action can refuse it as a bad form.
 */
export function formFields<K extends string>(form: unknown, keys: readonly K[]): Partial<Record<K, string>> | null {
  const parsed = formDataArg.safeParse(form);
  if (!parsed.success) return null;
  const fields: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = parsed.data.get(key);
    if (typeof value === "string") fields[key] = value;
  }
  return fields;
}
