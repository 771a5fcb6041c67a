// The review page's state as a pure reducer: the card shown, whether it is flipped, a rating on its way, and how
// many cards this session has rated (for the progress bar and for offering undo).

export type SessionView = {
  card: { id: string; reps: number } | null;
  due: number;
  fresh: number;
  /** The cards queued after the one shown, due and new alike: a card rated earlier may be among them again. */
  queued: readonly string[];
};

export type ReviewSession<V extends SessionView> = {
  view: V;
  flipped: boolean;
  pending: boolean;
  error: string | null;
  /** Ratings made in this session and not undone, latest last: each card with its reps after the rating. */
  rated: { cardId: string; reps: number }[];
};

export type SessionAction<V extends SessionView> =
  | { type: "flip" }
  | { type: "send" }
  | { type: "rated"; view: V }
  | { type: "undone"; view: V }
  /** The server refused or could not be reached; it may send what to show instead. */
  | { type: "failed"; error: string; view: V | null };

export function startSession<V extends SessionView>(view: V): ReviewSession<V> {
  return { view, flipped: false, pending: false, error: null, rated: [] };
}

export function sessionReducer<V extends SessionView>(s: ReviewSession<V>, a: SessionAction<V>): ReviewSession<V> {
  switch (a.type) {
    case "flip":
      return s.view.card && !s.pending ? { ...s, flipped: !s.flipped } : s;
    case "send":
      return { ...s, pending: true, error: null };
    case "rated": {
      const card = s.view.card;
      const rated = card ? [...s.rated, { cardId: card.id, reps: card.reps + 1 }] : s.rated;
      return { view: a.view, flipped: false, pending: false, error: null, rated };
    }
    case "undone": {
      // The card comes back face up (its answer was seen), unless something else is shown.
      const undone = s.rated.at(-1);
      const back = a.view.card !== null && a.view.card.id === undone?.cardId;
      return { view: a.view, flipped: back, pending: false, error: null, rated: s.rated.slice(0, -1) };
    }
    case "failed":
      return a.view
        ? { ...s, view: a.view, flipped: false, pending: false, error: a.error }
        : { ...s, pending: false, error: a.error };
  }
}

/** The rating an undo would take back, if this session made one. */
export function lastRated(s: ReviewSession<SessionView>): { cardId: string; reps: number } | null {
  return s.rated.at(-1) ?? null;
}

/** What the learner may do now. */
export function canRate(s: ReviewSession<SessionView>): boolean {
  return s.flipped && !s.pending && s.view.card !== null;
}

/**
 * How far the session is, in cards rather than ratings: done is every card rated at least once, and the total adds
 * the cards still to come that have not been, so a card rated Again that comes back neither counts twice nor makes
 * the total grow. A 15-card deck ends at 15 of 15, however many times its cards came back.
 */
export function sessionProgress(s: ReviewSession<SessionView>): { done: number; total: number } {
  const rated = new Set(s.rated.map((r) => r.cardId));
  const left = s.view.card ? [s.view.card.id, ...s.view.queued] : s.view.queued;
  return { done: rated.size, total: rated.size + left.filter((id) => !rated.has(id)).length };
}
