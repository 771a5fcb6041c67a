import { createHash } from "node:crypto";

/** The database keeps only this hash of a guest token, so a leaked database does not hand out working cookies. */
export function hashGuestToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
