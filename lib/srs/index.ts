// lib/srs: the flashcard deck generated from lib/tcp, and FSRS scheduling over it. Pure TypeScript.

export { ankiText } from "./anki";
export {
  allCards,
  type CardKind,
  type CardTopic,
  cardById,
  DECK_TEXT,
  DECKS,
  type DeckId,
  deckCards,
  type Flashcard,
  isDeck,
} from "./deck";
export { buildQueue, LEARN_AHEAD_MS, type Queue, type QueueInput, startOfDay } from "./queue";
export {
  GRADE_NAME,
  GRADES,
  type Grade,
  intervalSpan,
  isGrade,
  type Memory,
  MemoryState,
  newMemory,
  preview,
  Rating,
  type ReviewRecord,
  retrievability,
  review,
  type Span,
} from "./schedule";
export {
  canRate,
  lastRated,
  type ReviewSession,
  type SessionAction,
  type SessionView,
  sessionProgress,
  sessionReducer,
  startSession,
} from "./session";
export {
  type ArcMastery,
  arcMastery,
  type DayCount,
  dueForecast,
  localDay,
  masteryLevel,
  retentionByWeek,
  reviewsPerDay,
  type WeekRetention,
} from "./stats";
