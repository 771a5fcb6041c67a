// The answer endpoint's reply as one contract: the server (server/answer-endpoint.ts) builds it with this type, and
// the quiz runner reads the JSON with this schema, so a change one side makes and the other does not expect fails
// the type check or the parse, never a cast.
import { z } from "zod";
import type { AnswerFeedback } from "@/lib/quiz/results";
import type { Origin } from "@/lib/tcp/connection";
import { EVENTS } from "@/lib/tcp/events";
import { ROLES } from "@/lib/tcp/roles";
import { STATES } from "@/lib/tcp/states";

const state = z.enum(STATES);
const role = z.enum(ROLES);
const sides = z.object({ client: state, server: state });
const oneOrMany = z.union([z.string(), z.array(z.string())]);
const ORIGINS = ["forged", "old duplicate"] as const satisfies readonly Origin[];

const figure = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("arc"), from: state, event: z.string(), send: z.string(), to: state }),
  z.object({
    kind: z.literal("steps"),
    scenario: z.string(),
    title: z.string(),
    initial: sides,
    rows: z.array(
      z.object({
        step: z.number(),
        actor: role,
        label: z.string(),
        event: z.enum(EVENTS),
        sent: z.string().nullable(),
        lost: z.boolean(),
        receivedFrom: z.number().nullable(),
        states: sides,
      }),
    ),
    highlight: z.number(),
    injected: z
      .array(z.object({ step: z.number(), to: role, origin: z.enum(ORIGINS), segment: z.string() }))
      .optional(),
  }),
]);

/** What the learner is told about one answer: the verdict explained, or only that it is recorded. */
export const answerFeedback: z.ZodType<AnswerFeedback> = z.union([
  z.object({ questionId: z.string(), withheld: z.literal(true), response: oneOrMany }),
  z.object({
    questionId: z.string(),
    correct: z.boolean(),
    response: oneOrMany,
    answer: oneOrMany,
    explanation: z.string(),
    hint: z.string().optional(),
    rfc: z.string(),
    link: z.string(),
    figure: figure.nullable(),
  }),
]);

/** 200: the feedback (`duplicate` when the answer was recorded before). Otherwise why not, and for 422 a hint. */
export const answerReply = z.union([
  z.object({ feedback: answerFeedback, duplicate: z.boolean(), finished: z.boolean() }),
  z.object({ error: z.string(), hint: z.string().optional() }),
]);
export type AnswerReply = z.infer<typeof answerReply>;
