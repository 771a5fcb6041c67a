// What the join link's page says before anyone joins: the class the code opens and its teacher. Only to a signed-in
// account, and a limited number of lookups a minute per account, so the page is no faster a way to guess codes than
// the join form. (Per account rather than per address: a whole class often shares one public address.)
import { type CodeLookup, classForCode, type DbClient } from "@/lib/db";
import { RateLimiter } from "@/lib/http/rate-limit";

export const PREVIEWS_PER_MINUTE = 20;
const previews = new RateLimiter(PREVIEWS_PER_MINUTE, 60_000);

export type JoinPreview = CodeLookup | { ok: false; reason: "limited"; retryAfterS: number };

export async function joinPreview(userId: string, code: string, now: Date, db?: DbClient): Promise<JoinPreview> {
  const taken = previews.take(userId, now.getTime());
  if (!taken.ok) return { ok: false, reason: "limited", retryAfterS: taken.retryAfterS };
  return classForCode(code, userId, now, db);
}
