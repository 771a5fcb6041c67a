// What the host screen shows of a session: the projector sees no right answer before the reveal, the votes only
// once revealed, and at the end the podium and a summary per question. Pure, like views.ts for a phone.
import type { Role, Text } from "@/lib/tcp";
import { leaderboard, podium, roundSummary, type Standing } from "./score";
import { type FigureTally, sessionTally } from "./tally";
import type { Phase, RoundStatus, Session, Settings } from "./types";

/** What the host's player needs to play a predict round's scenario (rounds.ts scenarioOf). */
export type HostScene = {
  scenario: string;
  isn: Record<Role, number>;
  lost: number | null;
  pauseAt: number;
  actor: Role;
};

export type HostRound = {
  index: number;
  kind: "question" | "predict";
  context: Text | null;
  prompt: Text;
  choices: Text[];
  status: RoundStatus;
  /** Null until the round is revealed, as are the counts, the explanation and the tally. */
  answer: number | null;
  explanation: Text | null;
  counts: number[] | null;
  scene: HostScene | null;
  tally: FigureTally | null;
};

export type HostSummaryRow = {
  index: number;
  prompt: Text;
  status: RoundStatus;
  answered: number;
  correct: number;
  answer: Text;
};

export type HostView = {
  phase: Phase["kind"];
  settings: Settings;
  rounds: number;
  round: HostRound | null;
  openedAt: number | null;
  deadline: number | null;
  answered: number;
  players: { id: string; nickname: string }[];
  /** The standings, when the leaderboard is shown (and at the end). */
  leaderboard: Standing[] | null;
  /** The top three at the end, when the session has a podium and the leaderboard is on. */
  podium: Standing[] | null;
  /** Every round, at the end. */
  summary: HostSummaryRow[] | null;
};

export function hostView(session: Session): HostView {
  const phase = session.phase;
  const index = phase.kind === "lobby" || phase.kind === "ended" ? null : phase.round;
  const r = index === null ? undefined : session.rounds[index];
  const run = index === null ? undefined : session.runs[index];
  const revealed = run?.status === "revealed";
  const ended = phase.kind === "ended";
  const shown = session.settings.leaderboard;
  let round: HostRound | null = null;
  if (r && run && index !== null) {
    round = {
      index,
      kind: r.kind,
      context: r.context,
      prompt: r.prompt,
      choices: r.choices,
      status: run.status,
      answer: revealed ? r.answer : null,
      explanation: revealed ? r.explanation : null,
      counts: revealed ? roundSummary(session, index).counts : null,
      scene:
        r.kind === "predict"
          ? { scenario: r.scenario, isn: r.isn, lost: r.lost, pauseAt: r.pauseAt, actor: r.actor }
          : null,
      tally: revealed ? sessionTally(session, index) : null,
    };
  }
  return {
    phase: phase.kind,
    settings: session.settings,
    rounds: session.rounds.length,
    round,
    openedAt: run?.openedAt ?? null,
    deadline: run?.deadline ?? null,
    answered: index === null ? 0 : session.answers.filter((a) => a.round === index).length,
    players: session.players.map((p) => ({ id: p.id, nickname: p.nickname })),
    leaderboard: shown || ended ? leaderboard(session) : null,
    podium: ended && shown && session.settings.podium ? podium(session) : null,
    summary: ended
      ? session.rounds.map((q, i) => {
          const s = roundSummary(session, i);
          return {
            index: i,
            prompt: q.prompt,
            status: s.status,
            answered: s.answered,
            correct: s.correct,
            answer: q.choices[q.answer] as Text,
          };
        })
      : null,
  };
}
