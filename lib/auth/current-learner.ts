import { createHash } from "node:crypto";
import { cookies } from "next/headers";
import { findOrCreateGuest, type Learner } from "@/lib/db";
import { GUEST_COOKIE, isGuestToken } from "./guest-token";

/** The database keeps only this hash, so a leaked database does not hand out working cookies. */
export function hashGuestToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * Who is asking: the learner bound to this request's guest cookie, created on first visit.
 * Null when the browser sends no usable cookie (cookies blocked), so nothing can be saved for it.
 */
export async function currentLearner(): Promise<Learner | null> {
  const token = (await cookies()).get(GUEST_COOKIE)?.value;
  if (!isGuestToken(token)) return null;
  return findOrCreateGuest(hashGuestToken(token));
}
