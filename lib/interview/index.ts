// lib/interview: the interview questions and their model answers, built from lib/tcp where they state facts.
import type { MsgKey } from "@/lib/i18n/translate";
import type { InterviewTopic } from "./bank";

export { BANK, INTERVIEW_TOPICS, type InterviewQuestion, type InterviewTopic } from "./bank";
export { sideStory, traceOf, wire } from "./story";

/** Each topic's heading, as a message key (the page says it in the learner's language). */
export const TOPIC_TITLE: Record<InterviewTopic, MsgKey> = {
  handshake: "interview.topicHandshake",
  teardown: "interview.topicTeardown",
  "edge-cases": "interview.topicEdgeCases",
  operations: "interview.topicOperations",
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
