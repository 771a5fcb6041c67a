import { fsrs, Rating } from "ts-fsrs";
import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/catalogues";
import { GRADES, intervalSpan, MemoryState, newMemory, preview, review } from "./schedule";

const now = new Date("2026-11-24T09:00:00Z");
const minutes = (m: number) => new Date(now.getTime() + m * 60_000);

describe("scheduling", () => {
  it("numbers the four ratings as ts-fsrs does (the browser gets the numbers without ts-fsrs)", () => {
    expect(GRADES).toEqual([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]);
  });

  it("a Good on a new card is due when ts-fsrs says: 10 minutes later, in its second learning step", () => {
    const { memory, log } = review(newMemory(now), Rating.Good, now);
    expect(memory.due).toEqual(fsrs({ enable_fuzz: false }).next(newMemory(now), now, Rating.Good).card.due);
    expect(memory.due).toEqual(minutes(10));
    expect(memory.state).toBe(MemoryState.Learning);
    expect(log.rating).toBe(Rating.Good);
    expect(log.state).toBe(MemoryState.New);
  });

  it("Again brings a new card back in a minute; Easy graduates it to days", () => {
    expect(review(newMemory(now), Rating.Again, now).memory.due).toEqual(minutes(1));
    const easy = review(newMemory(now), Rating.Easy, now).memory;
    expect(easy.state).toBe(MemoryState.Review);
    expect(easy.scheduled_days).toBeGreaterThanOrEqual(1);
  });

  it("a card answered Good on time waits longer each time", () => {
    let memory = newMemory(now);
    let at = now;
    const gaps: number[] = [];
    for (let i = 0; i < 5; i++) {
      memory = review(memory, Rating.Good, at).memory;
      gaps.push(memory.due.getTime() - at.getTime());
      at = memory.due;
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThanOrEqual(gaps[i - 1] ?? 0);
    expect(gaps.at(-1)).toBeGreaterThan(24 * 3600_000);
  });

  it("the buttons' intervals are what each rating would do", () => {
    const p = preview(newMemory(now), now);
    expect(p[Rating.Again].interval).toEqual({ n: 1, unit: "minute" });
    expect(p[Rating.Good].interval).toEqual({ n: 10, unit: "minute" });
    expect(p[Rating.Good].due).toEqual(review(newMemory(now), Rating.Good, now).memory.due);
  });

  it("rounds intervals the way Anki does, and the page writes them as Anki does in each language", () => {
    const spans = [30_000, 10 * 60_000, 5 * 3600_000, 3 * 86_400_000, 90 * 86_400_000, 548 * 86_400_000].map(
      intervalSpan,
    );
    expect(spans).toEqual([
      { n: 1, unit: "minute" },
      { n: 10, unit: "minute" },
      { n: 5, unit: "hour" },
      { n: 3, unit: "day" },
      { n: 3, unit: "month" },
      { n: 1.5, unit: "year" },
    ]);
    const en = translatorFor("en", "flashcards");
    const zh = translatorFor("zh-CN", "flashcards");
    expect(spans.map((s) => en("interval", s))).toEqual(["1m", "10m", "5h", "3d", "3mo", "1.5y"]);
    expect(spans.map((s) => zh("interval", s))).toEqual(["1 分钟", "10 分钟", "5 小时", "3 天", "3 个月", "1.5 年"]);
  });
});
