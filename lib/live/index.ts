// lib/live: a live class (the host runs rounds on the projector, students answer on phones) as pure data and
// functions: the session's state machine, scoring and results, rounds generated from the model, and the class's
// votes on Figure 5. No clock, no randomness, no I/O: `now` and an rng are parameters.

export { type Applied, type Audience, type Command, HOST_COMMANDS, type LiveEvent, type Outcome } from "./commands";
export { type HostRound, type HostScene, type HostSummaryRow, type HostView, hostView } from "./host-view";
export { cleanNickname, findPlayer, foldedNickname, NICKNAME_MAX, nicknameProblem, playerById } from "./players";
export {
  predictMoments,
  predictRound,
  type QuestionRoundOptions,
  questionRounds,
  scenarioOf,
  variantRound,
} from "./rounds";
export {
  CORRECT_POINTS,
  countedAnswers,
  leaderboard,
  MAX_SPEED_BONUS,
  MAX_STREAK_BONUS,
  type Points,
  podium,
  pointsFor,
  type ResultAnswer,
  type RoundSummary,
  roundSummary,
  STREAK_STEP,
  type Standing,
  type StudentResult,
  sessionItems,
  streakBefore,
  studentResults,
} from "./score";
export {
  apply,
  closesAt,
  createSession,
  currentRound,
  DEFAULT_SETTINGS,
  settingsProblem,
  TIMER_MAX_S,
  TIMER_MIN_S,
} from "./session";
export { type ArcVotes, type FigureTally, figureArc, figureTally, sessionTally, type TallyArc } from "./tally";
export type {
  Answer,
  Phase,
  Player,
  PredictRound,
  QuestionRound,
  Refusal,
  Round,
  RoundRun,
  RoundStatus,
  Session,
  Settings,
} from "./types";
export { type PlayerRound, type PlayerView, playerView } from "./views";
