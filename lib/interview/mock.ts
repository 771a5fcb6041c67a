// A mock interview as a pure reducer: one question at a time, think or write, reveal the model answer, rate yourself.

export type SelfRating = "nailed" | "partly" | "weak";
export type MockState = { ids: string[]; index: number; revealed: boolean; ratings: Record<string, SelfRating> };
export type MockAction = { type: "reveal" } | { type: "rate"; rating: SelfRating } | { type: "restart" };

export const THINK_SECONDS = 120;

export function startMock(ids: string[]): MockState {
  return { ids, index: 0, revealed: false, ratings: {} };
}

export function mockReducer(s: MockState, a: MockAction): MockState {
  const id = s.ids[s.index];
  switch (a.type) {
    case "reveal":
      return id ? { ...s, revealed: true } : s;
    case "rate":
      // A rating needs the answer seen first, and moves on to the next question.
      if (!id || !s.revealed) return s;
      return { ...s, ratings: { ...s.ratings, [id]: a.rating }, index: s.index + 1, revealed: false };
    case "restart":
      return startMock(s.ids);
  }
}

export function mockDone(s: MockState): boolean {
  return s.index >= s.ids.length;
}

export function mockTally(s: MockState): Record<SelfRating, number> {
  const tally = { nailed: 0, partly: 0, weak: 0 };
  for (const r of Object.values(s.ratings)) tally[r] += 1;
  return tally;
}
