// Join codes: short enough to read out in a classroom, without letters that look alike (no 0/O, 1/I/L).
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
export const CODE_LENGTH = 6;
/** A code works this long after it was set; the teacher can set a new one at any time. */
export const CODE_DAYS = 30;

/** A code from random bytes (one per character). */
export function codeFrom(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new Error(`A join code needs ${CODE_LENGTH} random bytes.`);
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[(bytes[i] ?? 0) % CODE_ALPHABET.length];
  return code;
}

/** What a student typed, as the code it means: "k7q-2mx" → "K7Q2MX"; null if it cannot be a code. */
export function normalizeCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== CODE_LENGTH) return null;
  return [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null;
}

export function codeExpiresAt(setAt: Date): Date {
  return new Date(setAt.getTime() + CODE_DAYS * 86_400_000);
}

export function codeExpired(setAt: Date, now: Date): boolean {
  return now.getTime() >= codeExpiresAt(setAt).getTime();
}

/** "K7Q-2MX": how the code is shown, in two halves. */
export function showCode(code: string): string {
  return `${code.slice(0, 3)}-${code.slice(3)}`;
}
