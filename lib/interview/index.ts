// lib/interview: the interview questions and their model answers, built from lib/tcp where they state facts.
export { BANK, type InterviewQuestion, type InterviewTopic } from "./bank";
export { sideStory, traceOf, wire } from "./story";

export const TOPIC_TITLE: Record<import("./bank").InterviewTopic, string> = {
  handshake: "Opening a connection",
  teardown: "Closing a connection",
  "edge-cases": "Resets, refusals and races",
  operations: "On a real server",
};
export {
  type MockAction,
  type MockState,
  mockDone,
  mockReducer,
  mockTally,
  type SelfRating,
  startMock,
  THINK_SECONDS,
} from "./mock";
