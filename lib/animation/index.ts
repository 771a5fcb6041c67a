// lib/animation: what the scenario player and the sandbox show, computed from lib/tcp's steps. Pure TypeScript.
export {
  type ArcGeometry,
  arcGeometry,
  BOXES,
  DIAGRAM,
  FIGURE_ARCS,
  PLACES,
  type Place,
  placeState,
  placesOf,
} from "./diagram";
export { type Arc, type Frame, framesOf, type Wait } from "./frames";
export {
  dwell,
  FLIGHT_MS,
  type PlayerAction,
  type PlayerState,
  playerReducer,
  SPEEDS,
  type Speed,
  STEP_MS,
  startPlayer,
  stepFromQuery,
} from "./player";
export {
  applyMove,
  encodeMoves,
  MAX_MOVES,
  MOVES,
  type Move,
  type MoveKind,
  type Replay,
  type ReplayProblem,
  replay,
  replayProblemMessage,
  SANDBOX_ISN,
  type Start,
  startConnection,
} from "./sandbox";
