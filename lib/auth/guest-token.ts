// The guest cookie: a random secret that identifies a browser's guest learner. Imported by proxy.ts,
// so it uses only Web Crypto (no Node APIs) and never touches the database.

export const GUEST_COOKIE = "synack_guest";

/** 400 days: the longest lifetime browsers accept for a cookie. */
export const GUEST_COOKIE_MAX_AGE_S = 400 * 24 * 60 * 60;

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** 32 random bytes, base64url without padding (43 characters). */
export function newGuestToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A cookie value we could have issued; anything else is ignored and replaced. */
export function isGuestToken(value: string | undefined): value is string {
  return value !== undefined && TOKEN_PATTERN.test(value);
}
