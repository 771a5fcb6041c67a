// FSRS scheduling, as ts-fsrs does it (the algorithm Anki uses). A thin wrapper: plain objects in and out,
// `now` always passed in, fuzz off so a review is reproducible in a test.
import { type Card, createEmptyCard, fsrs, type Grade, Rating, type ReviewLog, State } from "ts-fsrs";

export type Memory = Card;
export type ReviewRecord = ReviewLog;
export const GRADES = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy] as const satisfies readonly Grade[];
export type { Grade };
export { Rating, State as MemoryState };

export const GRADE_NAME: Record<Grade, string> = {
  [Rating.Again]: "Again",
  [Rating.Hard]: "Hard",
  [Rating.Good]: "Good",
  [Rating.Easy]: "Easy",
};

const scheduler = fsrs({ enable_fuzz: false });

export function newMemory(now: Date): Memory {
  return createEmptyCard(now);
}

export function isGrade(n: number): n is Grade {
  return (GRADES as readonly number[]).includes(n);
}

/** The card after a rating, and the log row to keep. */
export function review(memory: Memory, grade: Grade, now: Date): { memory: Memory; log: ReviewRecord } {
  const { card, log } = scheduler.next(memory, now, grade);
  return { memory: card, log };
}

/** When each rating would bring the card back, as the buttons show it ("Good · 3d"). */
export function preview(memory: Memory, now: Date): Record<Grade, { due: Date; interval: string }> {
  const all = scheduler.repeat(memory, now);
  const out = {} as Record<Grade, { due: Date; interval: string }>;
  for (const g of GRADES)
    out[g] = { due: all[g].card.due, interval: formatInterval(all[g].card.due.getTime() - now.getTime()) };
  return out;
}

/** "1m", "10m", "5h", "3d", "2mo", "1.5y": how Anki writes an interval. */
export function formatInterval(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(hours / 24);
  if (days < 31) return `${days}d`;
  const months = Math.round((days / 30.4) * 10) / 10;
  if (months < 12) return `${Math.round(months)}mo`;
  return `${Math.round((days / 365) * 10) / 10}y`;
}

/** How likely the learner still remembers the card now (0-1), for the mastery colours. */
export function retrievability(memory: Memory, now: Date): number {
  return memory.state === State.New ? 0 : scheduler.get_retrievability(memory, now, false);
}
