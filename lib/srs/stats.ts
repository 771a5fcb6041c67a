// The progress dashboard's numbers, from the review log, the cards' memories and the quiz answers. Pure: `now`
// and the learner's time-zone offset (minutes, as Date#getTimezoneOffset) are passed in.
import { TRANSITIONS, type Transition, transitionId } from "@/lib/tcp";
import { startOfDay } from "./queue";
import { type Memory, MemoryState, Rating, retrievability } from "./schedule";

const DAY = 86_400_000;

/** "2026-11-24" in the learner's own calendar. */
export function localDay(at: Date, tzOffset: number): string {
  return new Date(at.getTime() - tzOffset * 60_000).toISOString().slice(0, 10);
}

export type DayCount = { day: string; count: number };

/** Ratings per day for the last `days` days, today last: the calendar heat map. */
export function reviewsPerDay(reviews: readonly { reviewedAt: Date }[], now: Date, tzOffset: number, days = 7 * 16) {
  const today = startOfDay(now, tzOffset).getTime();
  const counts = new Map<string, number>();
  for (const r of reviews)
    counts.set(localDay(r.reviewedAt, tzOffset), (counts.get(localDay(r.reviewedAt, tzOffset)) ?? 0) + 1);
  const out: DayCount[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = localDay(new Date(today - i * DAY), tzOffset);
    out.push({ day, count: counts.get(day) ?? 0 });
  }
  return out;
}

export type WeekRetention = { week: string; reviewed: number; recalled: number };

/**
 * Of the reviews of cards already learned (FSRS Review state), the share not forgotten (rated above Again), week
 * by week: true retention, as Anki's statistics call it. Weeks start on the day seven days before each other,
 * counting back from today.
 */
export function retentionByWeek(
  reviews: readonly { reviewedAt: Date; rating: number; state: number }[],
  now: Date,
  tzOffset: number,
  weeks = 12,
): WeekRetention[] {
  const today = startOfDay(now, tzOffset).getTime() + DAY;
  const out: WeekRetention[] = [];
  for (let w = weeks - 1; w >= 0; w--) {
    const end = today - w * 7 * DAY;
    const start = end - 7 * DAY;
    const inWeek = reviews.filter(
      (r) => r.state === MemoryState.Review && r.reviewedAt.getTime() >= start && r.reviewedAt.getTime() < end,
    );
    out.push({
      week: localDay(new Date(start), tzOffset),
      reviewed: inWeek.length,
      recalled: inWeek.filter((r) => r.rating !== Rating.Again).length,
    });
  }
  return out;
}

/** How many cards fall due on each of the next `days` days; today includes every card already overdue. */
export function dueForecast(
  memories: Iterable<Pick<Memory, "due" | "state">>,
  now: Date,
  tzOffset: number,
  days = 14,
): DayCount[] {
  const today = startOfDay(now, tzOffset).getTime();
  const out: DayCount[] = Array.from({ length: days }, (_, i) => ({
    day: localDay(new Date(today + i * DAY), tzOffset),
    count: 0,
  }));
  for (const m of memories) {
    if (m.state === MemoryState.New) continue;
    const index = Math.max(0, Math.floor((m.due.getTime() - today) / DAY));
    const slot = out[index];
    if (slot) slot.count += 1;
  }
  return out;
}

export type ArcMastery = {
  transition: Transition;
  /** The flashcard for this arc, to practise it. */
  cardId: string;
  /** Share of quiz answers about it that were right, and how many. */
  quiz: { right: number; total: number } | null;
  /** FSRS's probability that the learner recalls its card now (at most 0.3 while the card is still learning). */
  recall: number | null;
  /** The two averaged (0-1), or null when the learner has not met it yet. */
  score: number | null;
  level: "unknown" | "weak" | "shaky" | "strong";
};

export function masteryLevel(score: number | null): ArcMastery["level"] {
  if (score === null) return "unknown";
  return score < 0.5 ? "weak" : score < 0.8 ? "shaky" : "strong";
}

/** A card still in its (re)learning steps is not known yet, however fresh: it counts as weak until it graduates. */
const LEARNING_SIGNAL = 0.3;

function recallSignal(memory: Memory, now: Date): number | null {
  if (memory.state === MemoryState.New) return null;
  if (memory.state === MemoryState.Learning || memory.state === MemoryState.Relearning) {
    return Math.min(LEARNING_SIGNAL, retrievability(memory, now));
  }
  return retrievability(memory, now);
}

/** How well the learner knows each arc of Figure 5, from quiz answers (transitionId keys) and card memories. */
export function arcMastery(
  tallies: readonly { basisKey: string; total: number; wrong: number }[],
  memories: ReadonlyMap<string, Memory>,
  now: Date,
): ArcMastery[] {
  const byKey = new Map(tallies.map((t) => [t.basisKey, t]));
  return TRANSITIONS.filter((t) => t.kind === "figure").map((t) => {
    const tally = byKey.get(transitionId(t));
    const quiz = tally && tally.total > 0 ? { right: tally.total - tally.wrong, total: tally.total } : null;
    const cardId = `t:${transitionId(t)}`;
    const memory = memories.get(cardId);
    const recall = memory ? recallSignal(memory, now) : null;
    const signals = [quiz ? quiz.right / quiz.total : null, recall].filter((x): x is number => x !== null);
    const score = signals.length === 0 ? null : signals.reduce((a, b) => a + b, 0) / signals.length;
    return { transition: t, cardId, quiz, recall, score, level: masteryLevel(score) };
  });
}
