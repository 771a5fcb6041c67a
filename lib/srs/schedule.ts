// FSRS scheduling, as ts-fsrs does it (the algorithm Anki uses). A thin wrapper: plain objects in and out,
// `now` always passed in, fuzz off so a review is reproducible in a test.
import { type Card, createEmptyCard, fsrs, Rating, type ReviewLog, State } from "ts-fsrs";
import { GRADES, type Grade } from "./grades";

export type Memory = Card;
export type ReviewRecord = ReviewLog;
// Our numbers are ts-fsrs's ratings, in order (schedule.test.ts checks it).
export { GRADES, type Grade, Rating, State as MemoryState };

/** The ratings' names in files (the history CSV): machine-readable English. The page names them from the catalogue. */
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

/** A length of time as a number and a unit; the page writes it in its language ("10m", "10 分钟"). */
export type Span = { n: number; unit: "minute" | "hour" | "day" | "month" | "year" };

/** When each rating would bring the card back, as the buttons show it ("Good · 3d"). */
export function preview(memory: Memory, now: Date): Record<Grade, { due: Date; interval: Span }> {
  const all = scheduler.repeat(memory, now);
  const out = {} as Record<Grade, { due: Date; interval: Span }>;
  for (const g of GRADES)
    out[g] = { due: all[g].card.due, interval: intervalSpan(all[g].card.due.getTime() - now.getTime()) };
  return out;
}

/** 1 minute, 10 minutes, 5 hours, 3 days, 2 months, 1.5 years: rounded the way Anki rounds an interval. */
export function intervalSpan(ms: number): Span {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return { n: minutes, unit: "minute" };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { n: hours, unit: "hour" };
  const days = Math.round(hours / 24);
  if (days < 31) return { n: days, unit: "day" };
  const months = Math.round((days / 30.4) * 10) / 10;
  if (months < 12) return { n: Math.round(months), unit: "month" };
  return { n: Math.round((days / 365) * 10) / 10, unit: "year" };
}

/** How likely the learner still remembers the card now (0-1), for the mastery colours. */
export function retrievability(memory: Memory, now: Date): number {
  return memory.state === State.New ? 0 : scheduler.get_retrievability(memory, now, false);
}
