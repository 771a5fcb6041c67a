// A returning learner's day, for the home page: the cards due now, what was reviewed today, and the quiz left
// unfinished.
import { type DbClient, listAttempts, reviewsSince } from "@/lib/db";
import { deckSummaries } from "@/lib/flashcards/review";
import { startOfDay } from "@/lib/srs";

export type Today = {
  /** Cards of every deck due now, and new ones left for today. */
  due: number;
  fresh: number;
  reviewedToday: number;
  /** The latest quiz started and not finished, to go back to. */
  unfinished: { id: string; answered: number } | null;
  /** Whether the learner has done anything yet: a new visitor gets the introduction instead. */
  returning: boolean;
};

/** The cards of every deck due now: the header's count. */
export async function dueNow(learnerId: string, now: Date, tzOffset: number, db?: DbClient): Promise<number> {
  const { decks } = await deckSummaries(learnerId, now, tzOffset, db, ["everything"]);
  return decks[0]?.due ?? 0;
}

export async function todayOf(learnerId: string, now: Date, tzOffset: number, db?: DbClient): Promise<Today> {
  const [{ decks }, reviews, attempts] = await Promise.all([
    // Only the deck of every card: the home page has no use for the others' counts.
    deckSummaries(learnerId, now, tzOffset, db, ["everything"]),
    reviewsSince(learnerId, startOfDay(now, tzOffset), db),
    listAttempts(learnerId, 10, db),
  ]);
  const [everything] = decks;
  const open = attempts.find((a) => a.finishedAt === null && a.answered > 0);
  return {
    due: everything?.due ?? 0,
    fresh: everything?.fresh ?? 0,
    reviewedToday: reviews.length,
    unfinished: open ? { id: open.id, answered: open.answered } : null,
    returning: (everything?.seen ?? 0) > 0 || attempts.length > 0,
  };
}
