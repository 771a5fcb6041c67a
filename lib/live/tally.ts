// The class's votes in a predict round, drawn on RFC 9293 Figure 5: each state chosen is the arc from the paused
// state to it. The real step's arc is marked; a wrong state Figure 5 has no arc to is counted as "no such arc".
import { type Place, placesOf } from "@/lib/animation";
import { type State, TRANSITIONS, transitionId } from "@/lib/tcp";
import type { PredictRound, Session } from "./types";

/** An arc to draw, named as the state diagram and the model name it (transitionId, and the boxes it joins). */
export type TallyArc = {
  id: string;
  from: Place;
  to: Place;
  /**
   * False for a real step Figure 5 leaves out (one of §3.10's rules, or an alternative reading): drawn dashed, as
   * the player draws it.
   */
  inFigure: boolean;
};

export type ArcVotes = { state: State; votes: number; real: boolean; arc: TallyArc | null };

export type FigureTally = {
  from: State;
  /** One entry per choice, in the round's order; `arc` is null for a wrong state with no arc in Figure 5. */
  choices: ArcVotes[];
  /** The arc of the step the model takes. */
  real: TallyArc;
  /** Votes for states Figure 5 has no arc to from `from`. */
  noSuchArc: number;
  total: number;
};

/** Figure 5's arc from `from` to `to`, if it draws one (it draws at most one between two states). */
export function figureArc(from: State, to: State): TallyArc | null {
  const row = TRANSITIONS.find((t) => t.kind === "figure" && t.from === from && t.to === to);
  return row ? { id: transitionId(row), ...placesOf(row), inFigure: true } : null;
}

/** How the class's votes fall on Figure 5, from the count of each choice (roundSummary's `counts`). */
export function figureTally(round: PredictRound, counts: readonly number[]): FigureTally {
  const { from, to, id, kind, alternative } = round.transition;
  // As the player's state diagram decides (drawnInFigure): an alternative reading is dashed even between two boxes
  // the figure joins.
  const real: TallyArc = { id, ...placesOf({ from, to }), inFigure: kind === "figure" && alternative === null };
  const choices = round.states.map((state, i): ArcVotes => {
    const isReal = i === round.answer;
    return { state, votes: counts[i] ?? 0, real: isReal, arc: isReal ? real : figureArc(from, state) };
  });
  return {
    from,
    choices,
    real,
    noSuchArc: choices.filter((c) => c.arc === null).reduce((n, c) => n + c.votes, 0),
    total: choices.reduce((n, c) => n + c.votes, 0),
  };
}

/** The tally of a session's predict round from the answers given; null for an ordinary question. */
export function sessionTally(session: Session, round: number): FigureTally | null {
  const r = session.rounds[round];
  if (r?.kind !== "predict") return null;
  const counts = r.choices.map(() => 0);
  for (const a of session.answers) if (a.round === round) counts[a.choice] = (counts[a.choice] ?? 0) + 1;
  return figureTally(r, counts);
}
