// A live class as plain data: what the database keeps (JSON.stringify and JSON.parse give it back as it was) and
// what every command of session.ts reads and returns. Times are milliseconds since the epoch, given by the server.
import type { QuestionType } from "@/lib/quiz";
import type { Alternative, Event, Level, Role, State, Text, TransitionKind } from "@/lib/tcp";

export type { Lang } from "@/lib/quiz";

/** A refusal, in both languages: a phone and the projector may speak different ones. */
export type Refusal = { ok: false; reason: Text };

export type Settings = {
  /** Seconds each question stays open (10–60), or null: open until the host closes or reveals it. */
  timer: number | null;
  /** Whether the leaderboard is shown between rounds. */
  leaderboard: boolean;
  /** Whether the end shows the top three. */
  podium: boolean;
  /** Points for answering early, by time left; needs a timer. Off unless the host turns it on. */
  speedBonus: boolean;
  /** Points for consecutive right answers. Off unless the host turns it on. */
  streakBonus: boolean;
  /** The language of the projector and of the results saved afterwards. */
  lang: "en" | "zh";
};

/** What every round has, whatever it was made from. Choices are shown in both languages, in the same order. */
type RoundBase = {
  /** The generated question's id (ordinary rounds), or the predict round's own: results and item analysis use it. */
  id: string;
  /** What the class is told before the question: the scenario so far; null for an ordinary question. */
  context: Text | null;
  prompt: Text;
  choices: Text[];
  /** The index of the right choice. */
  answer: number;
  explanation: Text;
  rfc: string;
  /** The page of the player or the state table that shows it. */
  link: string;
  /** The key item analysis counts the answers under (a transitionId, "teardown#4", "name:SYN_SEND"). */
  basisKey: string;
  level: Level;
};

export type QuestionRound = RoundBase & { kind: "question"; type: QuestionType };

export type PredictRound = RoundBase & {
  kind: "predict";
  /** How the question is asked, for results saved beside the quiz's ("next-state"). */
  type: "next-state";
  scenario: string;
  isn: Record<Role, number>;
  /** The 0-based index of the step the player pauses before; the reveal plays it. */
  pauseAt: number;
  actor: Role;
  /** The row of the model the step takes, by transitionId, with the arc's ends. */
  transition: {
    id: string;
    from: State;
    event: Event;
    to: State;
    kind: TransitionKind;
    /** A reading RFC 9293 also allows, where the step took one; the state diagram draws it dashed. */
    alternative: Alternative | null;
  };
  /** The state each choice names, in the order of `choices`. */
  states: State[];
  /**
   * The 0-based step of the scenario as written whose segment is lost in this version (the sender's timer resends
   * it, one step later), or null. `scenarioOf` (rounds.ts) gives the scenario to play.
   */
  lost: number | null;
  /** The round as the scenario plays it, or a fresh version of it: other ISNs, or a segment lost on the way. */
  variant: "original" | "isn" | "lost";
};

export type Round = QuestionRound | PredictRound;

export type Player = {
  /** "p1", "p2", … in the order they joined. */
  id: string;
  nickname: string;
  /** The signed-in user; null for a guest. */
  userId: string | null;
  /**
   * A digest of the secret the player's browser keeps (the shell makes the secret and hashes it): a refresh or a
   * lost connection rejoins with it. The core only compares it.
   */
  rejoinKey: string;
  joinedAt: number;
};

/** One player's answer to one round; never more than one per player and round. */
export type Answer = {
  playerId: string;
  round: number;
  choice: number;
  at: number;
  correct: boolean;
  /** Everything the answer earns, bonuses included; counted in the score once the round is revealed. */
  points: number;
  speedBonus: number;
  streakBonus: number;
};

export type RoundStatus = "pending" | "open" | "closed" | "revealed" | "skipped";

export type RoundRun = {
  status: RoundStatus;
  openedAt: number | null;
  /** When answers stop being taken: opened + timer; null without a timer. */
  deadline: number | null;
  closedAt: number | null;
};

export type Phase =
  | { kind: "lobby" }
  | { kind: "open"; round: number }
  | { kind: "closed"; round: number }
  | { kind: "revealed"; round: number }
  | { kind: "ended" };

export type Session = {
  version: 1;
  /** Given by the shell (the database row's id). */
  id: string;
  createdAt: number;
  settings: Settings;
  rounds: Round[];
  /** What happened to each round, index for index. */
  runs: RoundRun[];
  players: Player[];
  answers: Answer[];
  phase: Phase;
  endedAt: number | null;
};
