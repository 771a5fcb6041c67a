// A flashcard review end to end: the queue for a deck, rating the card shown, undoing the last rating.
import {
  cardMemories,
  cardMemory,
  type DbClient,
  newCardsPerDay,
  newCardsSince,
  recordReview,
  undoLastReview,
} from "@/lib/db";
import type { MsgKey } from "@/lib/i18n/translate";
import {
  buildQueue,
  cardById,
  DECKS,
  type DeckId,
  deckCards,
  type Flashcard,
  type Grade,
  newMemory,
  preview,
  Rating,
  review,
  type Span,
  startOfDay,
} from "@/lib/srs";

export type CardView = Flashcard & {
  /** "new", "learning", "review" or "relearning": shown on the card. */
  status: "new" | "learning" | "review" | "relearning";
  reps: number;
  /** The interval each rating would give, for the buttons: "Good · 3d". */
  intervals: Record<Grade, Span>;
};

export type ReviewView = {
  deck: DeckId;
  card: CardView | null;
  /** Cards still due now (not counting the one shown) and new cards left for today. */
  due: number;
  fresh: number;
  /** Their ids, in the order they come after the one shown. */
  queued: string[];
  nextDue: Date | null;
  /** How long until then, for the page to say ("5 h"). */
  nextDueIn: Span | null;
  /** Cards of the deck never reviewed, whatever today's limit. */
  unseen: number;
  newPerDay: number;
};

const STATUS = ["new", "learning", "review", "relearning"] as const;

/**
 * What the review page shows now. `first` puts a card of the deck at the front even if it is not due: the card
 * just undone, or one the learner chose to practise from the dashboard (FSRS takes an early review in its stride).
 */
export async function reviewView(
  learnerId: string,
  deck: DeckId,
  now: Date,
  tzOffset: number,
  first: string | null = null,
  db?: DbClient,
): Promise<ReviewView> {
  const [memories, perDay, startedToday] = await Promise.all([
    cardMemories(learnerId, db),
    newCardsPerDay(learnerId, db),
    newCardsSince(learnerId, startOfDay(now, tzOffset), db),
  ]);
  const cards = deckCards(deck);
  const queue = buildQueue({
    cardIds: cards.map((c) => c.id),
    memories,
    now,
    newPerDay: perDay,
    newToday: startedToday,
  });
  const queued = [...queue.due, ...queue.fresh, ...queue.ahead];
  const wanted = first !== null && cards.some((c) => c.id === first);
  const order = wanted ? [first, ...queued.filter((id) => id !== first)] : queued;
  const headId = order[0] ?? null;
  const head = headId ? cardById(headId) : null;
  let card: CardView | null = null;
  if (head) {
    const memory = memories.get(head.id) ?? newMemory(now);
    const p = preview(memory, now);
    card = {
      ...head,
      status: STATUS[memory.state] ?? "new",
      reps: memory.reps,
      intervals: { 1: p[1].interval, 2: p[2].interval, 3: p[3].interval, 4: p[4].interval },
    };
  }
  const shown = (ids: string[]) => (headId !== null && ids.includes(headId) ? 1 : 0);
  return {
    deck,
    card,
    due: queue.due.length + queue.ahead.length - shown([...queue.due, ...queue.ahead]),
    fresh: queue.fresh.length - shown(queue.fresh),
    queued: order.slice(1),
    nextDue: queue.nextDue,
    nextDueIn: queue.nextDue ? untilSpan(queue.nextDue.getTime() - now.getTime()) : null,
    unseen: cards.filter((c) => !memories.has(c.id)).length,
    newPerDay: perDay,
  };
}

/** 12 minutes, 5 hours (up to two days), 3 days: how long until a card is due. */
export function untilSpan(ms: number): Span {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return { n: minutes, unit: "minute" };
  const hours = Math.round(minutes / 60);
  if (hours < 48) return { n: hours, unit: "hour" };
  return { n: Math.round(hours / 24), unit: "day" };
}

export type RateResult =
  | { ok: true; view: ReviewView }
  | { ok: false; status: 404 | 409; error: MsgKey; view: ReviewView };

/** Rates a card of the deck. A card not in the deck is a 404; a second rating of the same showing a 409. */
export async function rateCard(
  learnerId: string,
  input: { deck: DeckId; cardId: string; grade: Grade; reps: number; durationMs?: number; tzOffset: number },
  now: Date,
  db?: DbClient,
): Promise<RateResult> {
  const card = deckCards(input.deck).find((c) => c.id === input.cardId);
  if (!card) {
    const view = await reviewView(learnerId, input.deck, now, input.tzOffset, null, db);
    return { ok: false, status: 404, error: "flashcards.cardNotInDeck", view };
  }
  const before = await cardMemory(learnerId, card.id, db);
  const stale = (before?.reps ?? 0) !== input.reps;
  const { memory: after, log } = review(before ?? newMemory(now), input.grade, now);
  const saved =
    !stale &&
    (await recordReview(
      { learnerId, cardId: card.id, grade: input.grade, before, after, log, durationMs: input.durationMs ?? null },
      db,
    ));
  const view = await reviewView(learnerId, input.deck, now, input.tzOffset, null, db);
  if (!saved) return { ok: false, status: 409, error: "flashcards.alreadyRated", view };
  return { ok: true, view };
}

/** Takes back the rating this review made last (that card, at those reps) and shows the card again. */
export async function undoRating(
  learnerId: string,
  input: { deck: DeckId; tzOffset: number; cardId: string; reps: number },
  now: Date,
  db?: DbClient,
): Promise<{ undone: string | null; view: ReviewView }> {
  const { deck, tzOffset } = input;
  const undone = deckCards(deck).some((c) => c.id === input.cardId)
    ? await undoLastReview(learnerId, { cardId: input.cardId, reps: input.reps }, db)
    : null;
  return { undone, view: await reviewView(learnerId, deck, now, tzOffset, undone, db) };
}

export type DeckSummary = { deck: DeckId; total: number; due: number; fresh: number; seen: number };

/** Every deck's counts for the deck page: due now, new cards left today, cards seen at least once. */
export async function deckSummaries(
  learnerId: string,
  now: Date,
  tzOffset: number,
  db?: DbClient,
  decks: readonly DeckId[] = DECKS,
): Promise<{ decks: DeckSummary[]; newPerDay: number; newToday: number }> {
  const [memories, perDay, startedToday] = await Promise.all([
    cardMemories(learnerId, db),
    newCardsPerDay(learnerId, db),
    newCardsSince(learnerId, startOfDay(now, tzOffset), db),
  ]);
  const summaries = decks.map((deck) => {
    const ids = deckCards(deck).map((c) => c.id);
    const q = buildQueue({ cardIds: ids, memories, now, newPerDay: perDay, newToday: startedToday });
    return {
      deck,
      total: ids.length,
      due: q.due.length,
      fresh: q.fresh.length,
      seen: ids.filter((id) => memories.has(id)).length,
    };
  });
  return { decks: summaries, newPerDay: perDay, newToday: startedToday };
}

/**
 * A question the learner rated weak in a mock interview: its concept card is reviewed as "Again" now, so it comes
 * back in the flashcards within minutes. False for an unknown question, or if the card changed meanwhile.
 */
export async function markConceptWeak(
  learnerId: string,
  questionId: string,
  now: Date,
  db?: DbClient,
): Promise<boolean> {
  const cardId = `i:${questionId}`;
  if (!cardById(cardId)) return false;
  const before = await cardMemory(learnerId, cardId, db);
  const { memory: after, log } = review(before ?? newMemory(now), Rating.Again, now);
  return recordReview({ learnerId, cardId, grade: Rating.Again, before, after, log, durationMs: null }, db);
}
