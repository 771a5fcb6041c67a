// lib/tcp: RFC 9293's connection state machine as data, and an engine that plays both endpoints.
// Pure TypeScript: no React, no database, no clock, no randomness.
export { callRefusal } from "./calls";
export {
  type Action,
  type ActResult,
  act,
  arrivalEvent,
  type Connection,
  type Endpoint,
  establishedConnection,
  type InFlight,
  loseInFlight,
  newConnection,
  peerOf,
  possibleActions,
  ROLES,
  type Role,
  type Step,
  type Timer,
} from "./connection";
export {
  CALLS,
  type Call,
  DATA_AND_TIMER_EVENTS,
  EVENT_TEXT,
  EVENTS,
  type Event,
  eventTextIn,
  FIGURE_EVENTS,
  isEvent,
  type Send,
  SOCKET_CALL,
} from "./events";
export { type ModelJson, modelJson, scenarioList, type TraceJson, traceJson } from "./model";
export {
  foldName,
  MISSPELLINGS,
  type Misspelling,
  type NameMatch,
  parseStateName,
  STATE_NAMES,
  stateFromProcHex,
  TOOL_LABEL,
  TOOL_LABEL_ZH,
  TOOLS,
  type Tool,
} from "./names";
export { playWithIsn, segmentsWithIsn, stepWithIsn } from "./replay";
export {
  type Level,
  play,
  SCENARIOS,
  type Scenario,
  ScenarioError,
  scenarioById,
  startOf,
  type Topic,
  type Trace,
} from "./scenarios";
export { ackFor, type Flags, formatSegment, hasFlag, SEQ_SPACE, type Segment, seqAdd, sequenceLength } from "./segment";
export { isState, STATE_INFO, STATES, type State, type StateInfo, type Text } from "./states";
export { TIMER_INFO, type TimerInfo } from "./timers";
export {
  findTransition,
  type Opened,
  TRANSITIONS,
  type Transition,
  type TransitionKind,
  transitionId,
  transitionsFrom,
} from "./transitions";
