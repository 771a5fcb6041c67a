import { describe, expect, it } from "vitest";
import { canRate, lastRated, sessionProgress, sessionReducer, startSession } from "./session";

const view = (id: string | null, due = 3, fresh = 2) => ({ card: id ? { id, reps: 0 } : null, due, fresh });

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

  it("counts progress as rated out of rated plus what is left", () => {
    const s = sessionReducer(startSession(view("a", 3, 2)), { type: "rated", view: view("b", 2, 2) });
    expect(sessionProgress(s)).toEqual({ done: 1, total: 6 });
    expect(sessionProgress(startSession(view(null, 0, 0)))).toEqual({ done: 0, total: 0 });
  });
});
