// What one phone may see of a session: the round without its answer until the reveal, the player's own answer
// and score. A transport sends this after each event addressed to the player, and on a rejoin.
import type { Text } from "@/lib/tcp";
import { leaderboard } from "./score";
import type { Phase, Session } from "./types";

export type PlayerRound = {
  index: number;
  kind: "question" | "predict";
  context: Text | null;
  prompt: Text;
  choices: Text[];
  /** Null until the round is revealed. */
  answer: number | null;
  explanation: Text | null;
};

export type PlayerView = {
  phase: Phase["kind"];
  nickname: string;
  round: PlayerRound | null;
  deadline: number | null;
  /** Milliseconds left to answer by the server's clock; null without a timer or when the round is not open. */
  msLeft: number | null;
  /** Their answer to the round shown; right or wrong and the points only once it is revealed. */
  mine: { choice: number; correct: boolean | null; points: number | null } | null;
  score: number;
  /** Their place, when the leaderboard is shown (always at the end). */
  rank: number | null;
  players: number;
};

/** The player's view, or null when no such player is in the session. */
export function playerView(session: Session, playerId: string, now: number): PlayerView | null {
  const player = session.players.find((p) => p.id === playerId);
  if (!player) return null;
  const phase = session.phase;
  const index = phase.kind === "lobby" || phase.kind === "ended" ? null : phase.round;
  const r = index === null ? null : session.rounds[index];
  const run = index === null ? null : session.runs[index];
  const revealed = run?.status === "revealed";
  const given = session.answers.find((a) => a.round === index && a.playerId === playerId);
  const board = leaderboard(session);
  const standing = board.find((s) => s.playerId === playerId);
  return {
    phase: phase.kind,
    nickname: player.nickname,
    round:
      r && index !== null
        ? {
            index,
            kind: r.kind,
            context: r.context,
            prompt: r.prompt,
            choices: r.choices,
            answer: revealed ? r.answer : null,
            explanation: revealed ? r.explanation : null,
          }
        : null,
    deadline: run?.deadline ?? null,
    msLeft: phase.kind === "open" && run?.deadline != null ? Math.max(0, run.deadline - now) : null,
    mine: given
      ? { choice: given.choice, correct: revealed ? given.correct : null, points: revealed ? given.points : null }
      : null,
    score: standing?.score ?? 0,
    rank: standing && (session.settings.leaderboard || phase.kind === "ended") ? standing.rank : null,
    players: session.players.length,
  };
}
