import { describe, expect, it } from "vitest";
import { TRANSITIONS } from "@/lib/tcp";
import { MemoryState, newMemory, Rating, review } from "./schedule";
import { arcMastery, dueForecast, localDay, masteryLevel, retentionByWeek, reviewsPerDay } from "./stats";

const now = new Date("2026-11-24T09:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);

describe("progress numbers", () => {
  it("counts ratings per day in the learner's calendar, today last", () => {
    // 20:00 UTC yesterday is already today in Beijing (UTC+8, offset -480).
    const reviews = [{ reviewedAt: hoursAgo(13) }, { reviewedAt: hoursAgo(1) }, { reviewedAt: hoursAgo(30) }];
    const utc = reviewsPerDay(reviews, now, 0, 3);
    expect(utc).toEqual([
      { day: "2026-11-22", count: 0 },
      { day: "2026-11-23", count: 2 },
      { day: "2026-11-24", count: 1 },
    ]);
    const beijing = reviewsPerDay(reviews, now, -480, 2);
    expect(beijing).toEqual([
      { day: "2026-11-23", count: 1 },
      { day: "2026-11-24", count: 2 },
    ]);
    expect(localDay(now, -480)).toBe("2026-11-24");
  });

  it("retention counts only reviews of learned cards, recalled meaning anything but Again", () => {
    const reviews = [
      { reviewedAt: hoursAgo(2), rating: Rating.Good, state: MemoryState.Review },
      { reviewedAt: hoursAgo(3), rating: Rating.Again, state: MemoryState.Review },
      { reviewedAt: hoursAgo(4), rating: Rating.Again, state: MemoryState.Learning },
      { reviewedAt: hoursAgo(24 * 9), rating: Rating.Hard, state: MemoryState.Review },
    ];
    const weeks = retentionByWeek(reviews, now, 0, 2);
    expect(weeks.map((w) => [w.reviewed, w.recalled])).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });

  it("forecasts the cards due each day, overdue ones today, new cards not at all", () => {
    const forecast = dueForecast(
      [
        { due: hoursAgo(48), state: MemoryState.Review },
        { due: hoursAgo(-2), state: MemoryState.Learning },
        { due: hoursAgo(-20), state: MemoryState.Review },
        { due: hoursAgo(-24 * 30), state: MemoryState.Review },
        { due: hoursAgo(0), state: MemoryState.New },
      ],
      now,
      0,
      3,
    );
    expect(forecast.map((d) => d.count)).toEqual([2, 1, 0]);
  });

  it("an arc's mastery averages its quiz answers and its card's recall; untouched arcs are unknown", () => {
    const learned = review(newMemory(hoursAgo(1)), Rating.Easy, hoursAgo(1)).memory;
    const arcs = arcMastery(
      [{ basisKey: "ESTABLISHED|rcv FIN", total: 4, wrong: 3 }],
      new Map([["t:ESTABLISHED|rcv FIN", learned]]),
      now,
    );
    expect(arcs).toHaveLength(TRANSITIONS.filter((t) => t.kind === "figure").length);
    const fin = arcs.find((a) => a.cardId === "t:ESTABLISHED|rcv FIN");
    expect(fin?.quiz).toEqual({ right: 1, total: 4 });
    expect(fin?.recall).toBeGreaterThan(0.9);
    expect(fin?.score).toBeCloseTo((0.25 + (fin?.recall ?? 0)) / 2);
    expect(arcs.find((a) => a.cardId === "t:LISTEN|rcv SYN")?.level).toBe("unknown");
    // Rated Again a minute ago: fresh in memory, but still learning, so weak.
    const again = review(newMemory(hoursAgo(0.02)), Rating.Again, hoursAgo(0.02)).memory;
    const learning = arcMastery([], new Map([["t:LISTEN|rcv SYN", again]]), now).find(
      (a) => a.cardId === "t:LISTEN|rcv SYN",
    );
    expect(learning?.level).toBe("weak");
    expect([masteryLevel(0.2), masteryLevel(0.6), masteryLevel(0.95)]).toEqual(["weak", "shaky", "strong"]);
  });
});
