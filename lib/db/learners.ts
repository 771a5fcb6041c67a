import type { Learner as LearnerRow } from "@/lib/generated/prisma/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { type DbClient, database, sqliteConnection } from "./client";
import { guestByTokenHash } from "./sqlite-statements";
import type { Learner } from "./types";

function toLearner(row: Pick<LearnerRow, "id" | "kind" | "createdAt">): Learner {
  const kind = row.kind === "account" ? "account" : "guest";
  const tag = row.id.slice(-6).toUpperCase();
  return { id: row.id, kind, createdAt: row.createdAt, label: kind === "guest" ? `Guest ${tag}` : tag };
}

/** The guest learner bound to the cookie token whose SHA-256 is `tokenHash`, or null if there is none. */
export async function findGuest(tokenHash: string, client?: DbClient): Promise<Learner | null> {
  const db = client ?? (await database());
  // Every request of a guest starts here, so it is one plain indexed read: a prepared statement on SQLite, a raw
  // query on PostgreSQL (a fraction of findUnique's query planning).
  const sqlite = sqliteConnection(db);
  const existing = sqlite ? await guestByTokenHash(sqlite, tokenHash) : (await guestRows(db, tokenHash))[0];
  return existing ? toLearner({ ...existing, createdAt: new Date(existing.createdAt) }) : null;
}

/**
 * The guest learner bound to the cookie token whose SHA-256 is `tokenHash`, created on first sight (when a browser
 * opens a page: lib/auth/caller.ts). Two first requests from the same browser can race: the loser of the unique
 * index reads the winner's row.
 */
export async function findOrCreateGuest(tokenHash: string, client?: DbClient): Promise<Learner> {
  const db = client ?? (await database());
  const existing = await findGuest(tokenHash, db);
  if (existing) return existing;
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

function guestRows(db: DbClient, tokenHash: string) {
  return db.$queryRaw<{ id: string; kind: string; createdAt: string | Date }[]>`
    SELECT "id", "kind", "createdAt" FROM "Learner" WHERE "guestTokenHash" = ${tokenHash} LIMIT 1`;
}

/**
 * At sign-up: the browser's guest learner (by its token hash) becomes the account's, so everything practised as a
 * guest moves with it, and the guest cookie stops opening it (signed out, the browser starts a new guest). Without
 * a usable guest learner the account gets a fresh one.
 */
export async function linkLearnerToUser(userId: string, guestTokenHash: string | null, client?: DbClient) {
  const db = client ?? (await database());
  const guest = guestTokenHash
    ? await db.learner.findFirst({ where: { guestTokenHash, userId: null, kind: "guest" } })
    : null;
  if (guest) {
    await db.learner.update({
      where: { id: guest.id },
      data: { userId, kind: "account", guestTokenHash: null },
    });
    return;
  }
  await db.learner.upsert({ where: { userId }, create: { userId, kind: "account" }, update: {} });
}

/** The learner of an account (made if the account has none yet), labelled with the account's name. */
export async function learnerForUser(userId: string, label: string, client?: DbClient): Promise<Learner> {
  const db = client ?? (await database());
  const row = await db.learner.upsert({ where: { userId }, create: { userId, kind: "account" }, update: {} });
  return { ...toLearner(row), label };
}
