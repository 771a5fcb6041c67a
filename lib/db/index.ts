// The only door to the database: pages, actions and route handlers import from here, never Prisma.
export {
  type AnswerRow,
  type AnswersOf,
  allAnswers,
  answerTallies,
  type BasisTally,
  classTallies,
  countAnswers,
  recordAnswer,
  weakSpots,
} from "./answers";
export {
  type AssignmentFootprint,
  type AssignmentSettings,
  type AssignmentTimes,
  assignmentFootprint,
  changeAssignment,
  changeAssignmentTimes,
  deleteAssignment,
  type SettingsChange,
  setAssignmentClosed,
} from "./assignment-changes";
export {
  type AssignmentAttempt,
  type AssignmentInput,
  type AssignmentRecord,
  assignmentForMember,
  assignmentForTeacher,
  assignmentOfAttempt,
  assignmentResults,
  assignmentsOfClass,
  attemptsAt,
  attemptsUnderRevealRules,
  type ClassResults,
  createAssignment,
} from "./assignments";
export {
  attemptAnswers,
  createAssignmentAttempt,
  createAttempt,
  type FoundAttempt,
  findAttempt,
  findGuestAttempt,
  listAttempts,
  saveAttemptAnswer,
} from "./attempts";
export {
  cardMemories,
  cardMemory,
  newCardsPerDay,
  newCardsSince,
  type ReviewInput,
  type ReviewSummary,
  recordReview,
  reviewsSince,
  setNewCardsPerDay,
  undoLastReview,
} from "./cards";
export { type ClassGridRows, type ClassStudent, classGridRows, classStudent, classStudents } from "./class-results";
export {
  type ClassSummary,
  type CodeLookup,
  classesJoined,
  classesTaught,
  classForCode,
  classForMember,
  classForTeacher,
  createClass,
  type JoinResult,
  joinClass,
  leaveClass,
  makeTeacher,
  rotateJoinCode,
  type TeacherClass,
} from "./classes";
export { BUSY_TIMEOUT_MS, type DbClient, database, databaseProvider, openDatabase } from "./client";
export { databaseAnswers } from "./health";
export { findGuest, findOrCreateGuest, learnerForUser, linkLearnerToUser } from "./learners";
export {
  applyLiveCommand,
  createLiveSession,
  findLiveSession,
  findLiveSessionByCode,
  LIVE_RETRIES,
  type LiveApplied,
  type LiveRecord,
} from "./live";
export {
  type DatabaseLocation,
  DEFAULT_DATABASE_URL,
  databaseFile,
  databaseLocation,
  redactPassword,
} from "./location";
export { type AttemptLimit, clearAttempts, giveBackAttempt, type Taken, takeAttempt } from "./throttles";
export type { AnswerInput, AttemptAnswerInput, AttemptRecord, AttemptSummary, Learner, QuizSpec } from "./types";
