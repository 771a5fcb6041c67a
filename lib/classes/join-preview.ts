// What the join link's page says before anyone joins: the class the code opens and its teacher. Only to a signed-in
// account, and each lookup is a guess against the join form's own limits (lib/auth/limits.ts: per account and per
// address, kept in the database), so the page is no way round them; a code that names a class gives its place back.
import { takeJoinGuess } from "@/lib/auth/limits";
import { type CodeLookup, classForCode, type DbClient } from "@/lib/db";

export type JoinPreview = CodeLookup | { ok: false; reason: "limited"; retryAfterS: number };

export async function joinPreview(
  userId: string,
  code: string,
  forwardedFor: string | null,
  now: Date,
  db?: DbClient,
): Promise<JoinPreview> {
  const guess = await takeJoinGuess(userId, forwardedFor, now.getTime(), db);
  if (!guess.ok) return { ok: false, reason: "limited", retryAfterS: guess.retryAfterS };
  const found = await classForCode(code, userId, now, db);
  if (found.ok) await guess.found();
  return found;
}
