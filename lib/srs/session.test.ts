import { describe, expect, it } from "vitest";
import { canRate, lastRated, sessionProgress, sessionReducer, startSession } from "./session";

/** A view showing `id`, with `queued` after it (the first `due` of them due, the rest new). */
const view = (id: string | null, due = 3, fresh = 2, queued?: string[]) => ({
  card: id ? { id, reps: 0 } : null,
  due,
  fresh,
  queued: queued ?? Array.from({ length: due + fresh }, (_, i) => `q${i}`),
});

describe("a review session", () => {
  it("rates only a flipped card, once: a rating on its way blocks another", () => {
    let s = startSession(view("a"));
    expect(canRate(s)).toBe(false);
    s = sessionReducer(s, { type: "flip" });
    expect(canRate(s)).toBe(true);
    s = sessionReducer(s, { type: "send" });
    expect(canRate(s)).toBe(false);
    expect(sessionReducer(s, { type: "flip" }).flipped).toBe(true);
    s = sessionReducer(s, { type: "rated", view: view("b", 2, 2) });
    expect(s).toMatchObject({ flipped: false, pending: false, rated: [{ cardId: "a", reps: 1 }] });
    expect(s.view.card?.id).toBe("b");
  });

  it("undo names the session's last rating, shows that card again face up and takes it off the count", () => {
    let s = sessionReducer(startSession(view("a")), { type: "rated", view: view("b") });
    expect(lastRated(s)).toEqual({ cardId: "a", reps: 1 });
    s = sessionReducer(s, { type: "undone", view: view("a") });
    expect(s).toMatchObject({ flipped: true, rated: [] });
    expect(lastRated(s)).toBeNull();
  });

  it("a card other than the one undone is never shown face up", () => {
    let s = sessionReducer(startSession(view("a")), { type: "rated", view: view("b") });
    s = sessionReducer(s, { type: "undone", view: view("z") });
    expect(s.flipped).toBe(false);
  });

  it("a refused rating keeps the card unless the server says what to show", () => {
    const s = sessionReducer(sessionReducer(startSession(view("a")), { type: "flip" }), { type: "send" });
    const kept = sessionReducer(s, { type: "failed", error: "offline", view: null });
    expect(kept).toMatchObject({ flipped: true, pending: false, error: "offline" });
    const moved = sessionReducer(s, { type: "failed", error: "already rated", view: view("c") });
    expect(moved.view.card?.id).toBe("c");
    expect(moved.flipped).toBe(false);
  });

  it("counts progress in cards: a card rated Again that comes back neither counts twice nor grows the total", () => {
    let s = startSession(view("a", 1, 1, ["b", "c"]));
    expect(sessionProgress(s)).toEqual({ done: 0, total: 3 });
    // a is rated Again and queued behind b and c.
    s = sessionReducer(s, { type: "rated", view: view("b", 1, 1, ["c", "a"]) });
    expect(sessionProgress(s)).toEqual({ done: 1, total: 3 });
    s = sessionReducer(s, { type: "rated", view: view("c", 1, 0, ["a"]) });
    s = sessionReducer(s, { type: "rated", view: view("a", 0, 0, []) });
    expect(sessionProgress(s)).toEqual({ done: 3, total: 3 });
    // a rated a second time: four ratings, three cards; the session ends at 3 of 3, not 4 of 4.
    s = sessionReducer(s, { type: "rated", view: view(null, 0, 0, []) });
    expect(s.rated).toHaveLength(4);
    expect(sessionProgress(s)).toEqual({ done: 3, total: 3 });
    // Undoing the second rating of a keeps a counted: it was rated once before.
    s = sessionReducer(s, { type: "undone", view: view("a", 0, 0, []) });
    expect(sessionProgress(s)).toEqual({ done: 3, total: 3 });
    expect(sessionProgress(startSession(view(null, 0, 0)))).toEqual({ done: 0, total: 0 });
  });
});
