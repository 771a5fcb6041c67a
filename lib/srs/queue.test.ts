import { describe, expect, it } from "vitest";
import { buildQueue, startOfDay } from "./queue";
import { MemoryState } from "./schedule";

const now = new Date("2026-11-24T09:00:00Z");
const at = (m: number) => new Date(now.getTime() + m * 60_000);

describe("the review queue", () => {
  it("shows due cards (learning first, oldest first), then new cards up to what is left of today's limit", () => {
    const learningDue = buildQueue({
      cardIds: ["r", "l"],
      memories: new Map([
        ["r", { due: at(-60), state: MemoryState.Review }],
        ["l", { due: at(-1), state: MemoryState.Learning }],
      ]),
      now,
      newPerDay: 0,
      newToday: 0,
    });
    expect(learningDue.due).toEqual(["l", "r"]);
    const memories = new Map([
      ["a", { due: at(-60), state: MemoryState.Review }],
      ["b", { due: at(5), state: MemoryState.Learning }],
      ["c", { due: at(-5), state: MemoryState.Review }],
      ["d", { due: at(600), state: MemoryState.Review }],
    ]);
    const q = buildQueue({ cardIds: ["a", "b", "c", "d", "e", "f", "g"], memories, now, newPerDay: 5, newToday: 3 });
    expect(q.due).toEqual(["a", "c"]);
    expect(q.fresh).toEqual(["e", "f"]);
    // A learning card back in 5 minutes comes after the new ones, rather than making the session wait.
    expect(q.ahead).toEqual(["b"]);
    expect(q.nextDue).toEqual(at(600));
  });

  it("an empty queue says when the next card is due", () => {
    const memories = new Map([["a", { due: at(300), state: MemoryState.Review }]]);
    const q = buildQueue({ cardIds: ["a", "b"], memories, now, newPerDay: 2, newToday: 2 });
    expect(q).toEqual({ due: [], fresh: [], ahead: [], nextDue: at(300) });
  });

  it("counts the day from the learner's own midnight", () => {
    // 09:00 UTC is 17:00 in Beijing (offset -480): the day started at 16:00 UTC the day before.
    expect(startOfDay(now, -480)).toEqual(new Date("2026-11-23T16:00:00Z"));
    expect(startOfDay(now, 0)).toEqual(new Date("2026-11-24T00:00:00Z"));
  });
});
