// Browsers an account has signed in from before ("device cookies", OWASP's answer to lockout): ten wrong passwords
// for someone else's email lock that email for 15 minutes (lib/auth/sign-in-limit.ts), which would let a student
// lock a teacher out at will. A browser where the account signed in before holds a signed, httpOnly cookie naming
// it, and its attempts are counted on their own, so the owner gets in from there while the account is locked to
// everyone else. A guesser has no such cookie for the account: it is set only by signing in with the password.
import { createHash, randomBytes } from "node:crypto";

export const DEVICE_COOKIE = "synack_device";
/** A year: a browser the owner uses stays known from one term to the next. */
export const DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 3600;
/** Accounts one browser remembers (a family or classroom computer), the latest sign-ins first. */
const MAX_ACCOUNTS = 5;

/** One account the browser signed in as: a hash of its email, and this browser's own random name for it. */
export type KnownDevice = { account: string; device: string };

/** Which account an entry is for, without the email in the cookie. */
function accountTag(email: string): string {
  return createHash("sha256").update(`device:${email.trim().toLowerCase()}`).digest("hex").slice(0, 32);
}

/** The entries of a (verified) device cookie; none for a missing, unsigned or mangled one. */
export function knownDevices(value: string | false | null | undefined): KnownDevice[] {
  if (!value) return [];
  return value
    .split(",")
    .map((entry) => entry.split(":"))
    .filter((parts): parts is [string, string] => parts.length === 2 && parts.every((p) => /^[0-9a-f]{32}$/.test(p)))
    .map(([account, device]) => ({ account, device }))
    .slice(0, MAX_ACCOUNTS);
}

/** This browser's name for the account an email belongs to, if the account signed in here before. */
export function deviceFor(devices: readonly KnownDevice[], email: unknown): string | null {
  if (typeof email !== "string" || email.trim() === "") return null;
  const tag = accountTag(email);
  return devices.find((d) => d.account === tag)?.device ?? null;
}

/** The cookie's value once the account of `email` has signed in here: a fresh name for it, first in the list. */
export function rememberDevice(devices: readonly KnownDevice[], email: string): string {
  const tag = accountTag(email);
  const fresh = { account: tag, device: randomBytes(16).toString("hex") };
  return [fresh, ...devices.filter((d) => d.account !== tag)]
    .slice(0, MAX_ACCOUNTS)
    .map((d) => `${d.account}:${d.device}`)
    .join(",");
}

/** The counter of sign-in attempts from one known browser (lib/db/throttles.ts). */
export function signInDeviceKey(device: string): string {
  return `sign-in-device:${device}`;
}
