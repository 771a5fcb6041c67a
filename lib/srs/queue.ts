// Which cards a review session shows, in what order: the cards due (learning ones first), then new cards up to
// what is left of the learner's daily limit, then, like Anki's learn-ahead, learning cards due within 20 minutes
// (so a session does not stop to wait for a card that comes back in ten).
import { type Memory, MemoryState } from "./schedule";

export const LEARN_AHEAD_MS = 20 * 60_000;

export type QueueInput = {
  /** The deck's card ids, in deck order. */
  cardIds: readonly string[];
  memories: ReadonlyMap<string, Pick<Memory, "due" | "state">>;
  now: Date;
  /** New cards per day the learner allows, and how many they have already started today. */
  newPerDay: number;
  newToday: number;
};

export type Queue = {
  due: string[];
  fresh: string[];
  /** Learning cards not yet due but due within LEARN_AHEAD_MS, soonest first. */
  ahead: string[];
  /** When the next card not in the queue falls due, for "all done for today — next card due in 5 h". */
  nextDue: Date | null;
};

export function buildQueue({ cardIds, memories, now, newPerDay, newToday }: QueueInput): Queue {
  const due: { id: string; at: number; learning: boolean }[] = [];
  const ahead: { id: string; at: number }[] = [];
  const fresh: string[] = [];
  let nextDue: number | null = null;
  const room = Math.max(0, newPerDay - newToday);
  for (const id of cardIds) {
    const m = memories.get(id);
    if (!m || m.state === MemoryState.New) {
      if (fresh.length < room) fresh.push(id);
      continue;
    }
    const at = m.due.getTime();
    const learning = m.state === MemoryState.Learning || m.state === MemoryState.Relearning;
    if (at <= now.getTime()) due.push({ id, at, learning });
    else if (learning && at - now.getTime() <= LEARN_AHEAD_MS) ahead.push({ id, at });
    else if (nextDue === null || at < nextDue) nextDue = at;
  }
  due.sort((a, b) => Number(b.learning) - Number(a.learning) || a.at - b.at);
  ahead.sort((a, b) => a.at - b.at);
  return {
    due: due.map((d) => d.id),
    fresh,
    ahead: ahead.map((d) => d.id),
    nextDue: nextDue === null ? null : new Date(nextDue),
  };
}

/** The start of the learner's day, for counting today's new cards: midnight UTC shifted by their offset. */
export function startOfDay(now: Date, offsetMinutes: number): Date {
  const local = now.getTime() - offsetMinutes * 60_000;
  const midnight = Math.floor(local / 86_400_000) * 86_400_000;
  return new Date(midnight + offsetMinutes * 60_000);
}
