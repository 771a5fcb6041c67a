// A player's browser is known by a secret in an httpOnly cookie; the session keeps only a hash of it (lib/live
// compares rejoin keys, never secrets). One secret per browser, hashed with the session's id, so no two sessions'
// rows can be matched up by it.
import { createHash, randomBytes } from "node:crypto";

export const LIVE_COOKIE = "synack_live";
/** A week: long enough for any class, and a refresh next lesson still finds the player. */
export const LIVE_COOKIE_MAX_AGE_S = 7 * 24 * 60 * 60;

export function newLiveSecret(): string {
  return randomBytes(24).toString("base64url");
}

export function isLiveSecret(value: string | undefined): value is string {
  return value !== undefined && /^[A-Za-z0-9_-]{32}$/.test(value);
}

export function rejoinKeyOf(sessionId: string, secret: string): string {
  return createHash("sha256").update(`${sessionId}:${secret}`).digest("hex");
}

/** The Set-Cookie value that gives a browser its secret. */
export function liveCookie(secret: string, secure: boolean): string {
  return [
    `${LIVE_COOKIE}=${secret}`,
    "Path=/",
    `Max-Age=${LIVE_COOKIE_MAX_AGE_S}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}
