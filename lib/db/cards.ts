// Flashcard memories and the review log. A rating writes both in one transaction; undo restores the card from
// the snapshot the review row kept, so it is exact whatever the rating was.
import type { CardMemory as MemoryRow, Review as ReviewRow } from "@/lib/generated/prisma/client";
import type { Grade, Memory, ReviewRecord } from "@/lib/srs";
import { LIVE_VERSION } from "@/lib/versions";
import { type DbClient, database } from "./client";

function toMemory(row: MemoryRow): Memory {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state,
    last_review: row.lastReview ?? undefined,
  };
}

function memoryFields(m: Memory) {
  return {
    due: m.due,
    stability: m.stability,
    difficulty: m.difficulty,
    elapsedDays: m.elapsed_days,
    scheduledDays: m.scheduled_days,
    learningSteps: m.learning_steps,
    reps: m.reps,
    lapses: m.lapses,
    state: m.state,
    lastReview: m.last_review ?? null,
  };
}

/** The snapshot a review keeps: dates as ISO strings. */
function memoryJson(m: Memory): string {
  return JSON.stringify({ ...m, due: m.due.toISOString(), last_review: m.last_review?.toISOString() ?? null });
}

function memoryFromJson(json: string): Memory {
  const o = JSON.parse(json) as Omit<Memory, "due" | "last_review"> & { due: string; last_review: string | null };
  return { ...o, due: new Date(o.due), last_review: o.last_review ? new Date(o.last_review) : undefined };
}

export async function cardMemories(learnerId: string, client?: DbClient): Promise<Map<string, Memory>> {
  const db = client ?? (await database());
  const rows = await db.cardMemory.findMany({ where: { learnerId } });
  return new Map(rows.map((r) => [r.cardId, toMemory(r)]));
}

export async function cardMemory(learnerId: string, cardId: string, client?: DbClient): Promise<Memory | null> {
  const db = client ?? (await database());
  const row = await db.cardMemory.findUnique({ where: { learnerId_cardId: { learnerId, cardId } } });
  return row ? toMemory(row) : null;
}

/** New cards first seen since `since` (the start of the learner's day): what the daily limit counts. */
export async function newCardsSince(learnerId: string, since: Date, client?: DbClient): Promise<number> {
  const db = client ?? (await database());
  return db.review.count({ where: { learnerId, state: 0, reviewedAt: { gte: since } } });
}

export type ReviewInput = {
  learnerId: string;
  cardId: string;
  grade: Grade;
  before: Memory | null;
  after: Memory;
  log: ReviewRecord;
  durationMs: number | null;
};

/**
 * Records a rating, unless the card changed since the learner saw it (`before.reps` no longer matches: a double
 * click, or a second tab). Returns false then, and writes nothing.
 */
export async function recordReview(input: ReviewInput, client?: DbClient): Promise<boolean> {
  const db = client ?? (await database());
  const { learnerId, cardId, before, after, log } = input;
  return db.$transaction(async (tx) => {
    const current = await tx.cardMemory.findUnique({ where: { learnerId_cardId: { learnerId, cardId } } });
    if ((current?.reps ?? 0) !== (before?.reps ?? 0)) return false;
    await tx.cardMemory.upsert({
      where: { learnerId_cardId: { learnerId, cardId } },
      // The deck version the card was first reviewed in: what it meant then (lib/versions, renames.ts).
      create: { learnerId, cardId, generator: LIVE_VERSION, ...memoryFields(after) },
      update: memoryFields(after),
    });
    await tx.review.create({
      data: {
        learnerId,
        cardId,
        rating: input.grade,
        state: log.state,
        due: log.due,
        stability: log.stability,
        difficulty: log.difficulty,
        elapsedDays: log.elapsed_days,
        lastElapsedDays: log.last_elapsed_days,
        scheduledDays: log.scheduled_days,
        learningSteps: log.learning_steps,
        reviewedAt: log.review,
        durationMs: input.durationMs,
        before: before ? memoryJson(before) : null,
      },
    });
    return true;
  });
}

/**
 * Takes back the learner's latest rating, if it is the one the caller means: that card, left with that many reps.
 * Anything else (a rating made since in another tab, or nothing to undo) changes nothing and returns null.
 */
export async function undoLastReview(
  learnerId: string,
  expected: { cardId: string; reps: number },
  client?: DbClient,
): Promise<string | null> {
  const db = client ?? (await database());
  return db.$transaction(async (tx) => {
    const last = await tx.review.findFirst({ where: { learnerId }, orderBy: { id: "desc" } });
    if (!last || last.cardId !== expected.cardId) return null;
    const key = { learnerId_cardId: { learnerId, cardId: last.cardId } };
    const current = await tx.cardMemory.findUnique({ where: key });
    if (!current || current.reps !== expected.reps) return null;
    await tx.review.delete({ where: { id: last.id } });
    if (last.before) await tx.cardMemory.update({ where: key, data: memoryFields(memoryFromJson(last.before)) });
    else await tx.cardMemory.delete({ where: key });
    return last.cardId;
  });
}

export type ReviewSummary = Pick<
  ReviewRow,
  "cardId" | "rating" | "state" | "reviewedAt" | "scheduledDays" | "durationMs"
>;

/** Every rating since `since`, oldest first: the dashboard's charts are drawn from these. */
export async function reviewsSince(learnerId: string, since: Date, client?: DbClient): Promise<ReviewSummary[]> {
  const db = client ?? (await database());
  return db.review.findMany({
    where: { learnerId, reviewedAt: { gte: since } },
    orderBy: { id: "asc" },
    select: { cardId: true, rating: true, state: true, reviewedAt: true, scheduledDays: true, durationMs: true },
  });
}

export async function newCardsPerDay(learnerId: string, client?: DbClient): Promise<number> {
  const db = client ?? (await database());
  const row = await db.learner.findUnique({ where: { id: learnerId }, select: { newCardsPerDay: true } });
  return row?.newCardsPerDay ?? 20;
}

export async function setNewCardsPerDay(learnerId: string, perDay: number, client?: DbClient): Promise<void> {
  const db = client ?? (await database());
  await db.learner.update({ where: { id: learnerId }, data: { newCardsPerDay: perDay } });
}
