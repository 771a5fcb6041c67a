import type { Learner as LearnerRow } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { type DbClient, database } from "./client";
import type { Learner } from "./types";

function toLearner(row: LearnerRow): Learner {
  const kind = row.kind === "account" ? "account" : "guest";
  const tag = row.id.slice(-6).toUpperCase();
  return { id: row.id, kind, createdAt: row.createdAt, label: kind === "guest" ? `Guest ${tag}` : tag };
}

/**
 * The guest learner bound to the cookie token whose SHA-256 is `tokenHash`, created on first sight.
 * Two first requests from the same browser can race: the loser of the unique index reads the winner's row.
 */
export async function findOrCreateGuest(tokenHash: string, client?: DbClient): Promise<Learner> {
  const db = client ?? (await database());
  const existing = await db.learner.findUnique({ where: { guestTokenHash: tokenHash } });
  if (existing) return toLearner(existing);
  try {
    return toLearner(await db.learner.create({ data: { guestTokenHash: tokenHash } }));
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.learner.findUniqueOrThrow({ where: { guestTokenHash: tokenHash } });
      return toLearner(winner);
    }
    throw error;
  }
}
