// lib/tcp: RFC 9293's connection state machine as data, and an engine that plays both endpoints.
// Pure TypeScript: no React, no database, no clock, no randomness.
export {
  type Arrival,
  arrivalEvent,
  CHECK_ORDER,
  CHECK_TEXT,
  type Check,
  type CheckName,
  checkText,
  MissingTransition,
  processArrival,
  RECEIVES_DATA,
} from "./arrive";
export { callRefusal } from "./calls";
export { CASE_INFO, CASES, type Case } from "./cases";
export {
  type Action,
  type ActResult,
  act,
  advance,
  type Connection,
  type ConnectionState,
  type Endpoint,
  establishedConnection,
  fullStep,
  type InFlight,
  type Injected,
  inject,
  loseInFlight,
  newConnection,
  type Origin,
  type PlayedStep,
  peerOf,
  playStep,
  possibleActions,
  type Step,
  type Timer,
  withExplanation,
} from "./connection";
export { isLevel, LEVELS, type Level, SUBJECTS, type Subject, TOPICS, type Topic } from "./curriculum";
export {
  CALLS,
  type Call,
  DATA_AND_TIMER_EVENTS,
  EVENT_TEXT,
  EVENTS,
  type Event,
  eventGloss,
  eventTextIn,
  FIGURE_EVENTS,
  isCall,
  isEvent,
  isTimeout,
  NOT_DRAWN_IN_FIGURE_5,
  OTHER_STATE_EVENTS,
  type Send,
  SOCKET_CALL,
} from "./events";
export { type ModelJson, modelJson, scenarioList, type TraceJson, traceJson } from "./model";
export {
  foldName,
  MISSPELLINGS,
  type Misspelling,
  type NameMatch,
  parseStateList,
  parseStateName,
  STATE_NAMES,
  stateFromProcHex,
  TOOL_LABEL,
  TOOL_LABEL_ZH,
  TOOLS,
  type Tool,
  type WrittenName,
} from "./names";
export { playWithIsn, segmentsWithIsn, stepWithIsn, type WireStep, wireWithIsn } from "./replay";
export { ROLE_TEXT, ROLE_TEXT_OPENING, ROLES, type Role } from "./roles";
export { type FigureInjection, type FigureRow, injectionsIn, traceRows } from "./rows";
export {
  play,
  SCENARIOS,
  type Scenario,
  ScenarioError,
  scenarioById,
  startOf,
  type Trace,
} from "./scenarios";
export {
  acceptability,
  ackFor,
  type Flags,
  formatSegment,
  hasFlag,
  SEQ_SPACE,
  type Segment,
  seqAdd,
  seqAfter,
  seqLe,
  sequenceLength,
} from "./segment";
export {
  isState,
  PHASES,
  type Phase,
  phaseOf,
  STATE_INFO,
  STATES,
  type State,
  type StateInfo,
  type Text,
} from "./states";
export {
  closedEndpoint,
  DEFAULT_WINDOW,
  INITIAL_RTO_S,
  TCB_FIELDS,
  TCB_NAME,
  type Tcb,
  type TcbField,
  tcbOf,
} from "./tcb";
export { TIMER_INFO, type TimerInfo } from "./timers";
export { transitionLevel, transitionTopic } from "./transition-levels";
export {
  type Alternative,
  conditionPhrase,
  findTransition,
  isSynchronized,
  type Opened,
  READING,
  readingPin,
  SYNCHRONIZED,
  siblingsOf,
  TRANSITIONS,
  type Transition,
  type TransitionKey,
  type TransitionKind,
  transitionId,
  transitionsFrom,
} from "./transitions";
