import { describe, expect, it } from "vitest";
import { mockDone, mockReducer, mockTally, startMock } from "./mock";

describe("a mock interview", () => {
  it("asks, reveals, takes a self-rating and moves on; never rates an answer not yet seen", () => {
    let s = startMock(["a", "b"]);
    expect(mockReducer(s, { type: "rate", rating: "nailed" })).toBe(s);
    s = mockReducer(s, { type: "reveal" });
    s = mockReducer(s, { type: "rate", rating: "weak" });
    expect(s).toMatchObject({ index: 1, revealed: false, ratings: { a: "weak" } });
    s = mockReducer(mockReducer(s, { type: "reveal" }), { type: "rate", rating: "nailed" });
    expect(mockDone(s)).toBe(true);
    expect(mockTally(s)).toEqual({ nailed: 1, partly: 0, weak: 1 });
    expect(mockReducer(s, { type: "reveal" })).toBe(s);
    expect(mockReducer(s, { type: "restart" })).toEqual(startMock(["a", "b"]));
  });
});
