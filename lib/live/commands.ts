// What a live session is told (commands) and what it tells (events): the vocabulary the shell, the transport and
// session.ts share.
import type { Refusal, Round, Session } from "./types";

export type Command =
  | { type: "join"; nickname: string; userId: string | null; rejoinKey: string }
  | { type: "rejoin"; who: { rejoinKey: string } | { userId: string } }
  | { type: "start" }
  | { type: "close" }
  | { type: "reveal" }
  | { type: "next" }
  | { type: "skip" }
  | { type: "end" }
  /** Show or hide the leaderboard; a value, not a flip, so a double click or a retried request does no harm. */
  | { type: "leaderboard"; shown: boolean }
  /** Add a round right after the current one (at the end in the lobby): a variant for a second vote. */
  | { type: "add-round"; round: Round }
  /** `round` is the round the phone was showing, so a late retry can never land on the next question. */
  | { type: "answer"; playerId: string; round: number; choice: number };

/** The commands only the host may send; the others come from a player (join and rejoin before they are one). */
export const HOST_COMMANDS = ["start", "close", "reveal", "next", "skip", "end", "leaderboard", "add-round"] as const;

/** Who an event is for: everyone in the session, the host screen only, or one player's phone. */
export type Audience = "all" | "host" | { player: string };

/**
 * What a transport broadcasts. Events name what changed; the views (views.ts) say what each audience may see, so
 * no event carries a right answer before the reveal.
 */
export type LiveEvent = { audience: Audience } & (
  | { type: "player-joined"; playerId: string; nickname: string; players: number }
  | { type: "player-rejoined"; playerId: string }
  | { type: "round-opened"; round: number; openedAt: number; deadline: number | null }
  | { type: "answer-accepted"; round: number; playerId: string }
  | { type: "answer-count"; round: number; answered: number; players: number }
  | { type: "round-closed"; round: number; by: "host" | "timer" }
  | { type: "round-revealed"; round: number }
  | { type: "round-skipped"; round: number }
  | { type: "round-added"; round: number }
  | { type: "leaderboard"; shown: boolean }
  | { type: "ended" }
);

export type Applied = { ok: true; session: Session; events: LiveEvent[] };
export type Outcome = Applied | Refusal;

export const refuse = (en: string, zh: string): Refusal => ({ ok: false, reason: { en, zh } });
