// The progress dashboard's data: mastery per arc, reviews per day, retention, the due forecast and quiz scores.

import { keptBack } from "@/lib/attempts/withheld";
import { answerTallies, cardMemories, type DbClient, listAttempts, reviewsSince } from "@/lib/db";
import {
  type ArcMastery,
  arcMastery,
  type DayCount,
  dueForecast,
  localDay,
  retentionByWeek,
  reviewsPerDay,
  type WeekRetention,
} from "@/lib/srs";

export type Progress = {
  arcs: ArcMastery[];
  perDay: DayCount[];
  retention: WeekRetention[];
  forecast: DayCount[];
  quizzes: { id: string; day: string; percent: number; correct: number; total: number }[];
  reviews: number;
  cardsSeen: number;
};

const WEEKS = 16;

/**
 * `hidden` is the learner's attempts whose right answers an assignment still keeps back (keptBack()): their answers
 * count towards nothing here yet.
 */
export async function progressOf(
  learnerId: string,
  now: Date,
  tzOffset: number,
  db?: DbClient,
  hidden?: ReadonlySet<string>,
): Promise<Progress> {
  const since = new Date(now.getTime() - WEEKS * 7 * 86_400_000);
  const except = hidden ?? new Set((await keptBack(learnerId, now, db)).keys());
  const [tallies, memories, reviews, attempts] = await Promise.all([
    answerTallies({ learnerId, except: [...except] }, db),
    cardMemories(learnerId, db),
    reviewsSince(learnerId, since, db),
    listAttempts(learnerId, 30, db),
  ]);
  const finished = attempts.filter((a) => a.finishedAt !== null && a.answered > 0 && !except.has(a.id)).reverse();
  return {
    arcs: arcMastery(tallies, memories, now),
    perDay: reviewsPerDay(reviews, now, tzOffset, WEEKS * 7),
    retention: retentionByWeek(reviews, now, tzOffset, 8),
    forecast: dueForecast(memories.values(), now, tzOffset, 14),
    quizzes: finished.map((a) => ({
      id: a.id,
      day: localDay(a.finishedAt ?? a.startedAt, tzOffset),
      percent: Math.round((a.correct / a.answered) * 100),
      correct: a.correct,
      total: a.answered,
    })),
    reviews: reviews.length,
    cardsSeen: memories.size,
  };
}
