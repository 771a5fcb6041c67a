// What the quiz pages send, validated at the edge (zod 4) the same way for server actions and route handlers.
import { z } from "zod";
import { FOCUSES, MAX_LENGTH, MIN_LENGTH } from "@/lib/quiz";

/** Seeds are stored as SQLite integers through Prisma's 32-bit Int. */
export const MAX_SEED = 2 ** 31 - 1;

export const quizSetup = z.object({
  focus: z.enum(FOCUSES, { error: "Pick what to practise." }),
  level: z.enum(["any", "basics", "intermediate", "advanced"], { error: "Pick a level." }),
  length: z.coerce
    .number({ error: `Length must be a number from ${MIN_LENGTH} to ${MAX_LENGTH}.` })
    .int({ error: `Length must be a whole number from ${MIN_LENGTH} to ${MAX_LENGTH}.` })
    .min(MIN_LENGTH, { error: `Length must be at least ${MIN_LENGTH}.` })
    .max(MAX_LENGTH, { error: `Length must be at most ${MAX_LENGTH}.` }),
  lang: z.enum(["en", "zh"], { error: "Pick the language of the questions." }).default("en"),
  /** Blank for a fresh quiz; a number to take the same quiz again (or the one a friend took). */
  seed: z
    .string()
    .trim()
    .max(12, { error: `A seed is a whole number from 0 to ${MAX_SEED}.` })
    .regex(/^\d*$/, { error: `A seed is a whole number from 0 to ${MAX_SEED}.` })
    .refine((s) => s === "" || Number(s) <= MAX_SEED, { error: `A seed is a whole number from 0 to ${MAX_SEED}.` })
    .default(""),
});

export type QuizSetupInput = z.input<typeof quizSetup>;

export const answerBody = z.strictObject(
  {
    questionId: z.string({ error: "questionId is required." }).min(1).max(200, { error: "questionId is too long." }),
    response: z.union([z.string().max(200), z.array(z.string().max(200)).max(20)], {
      error: "response must be the chosen answer, the typed state name, or the list of segments in order.",
    }),
    durationMs: z
      .number()
      .int()
      .min(0)
      .max(24 * 60 * 60 * 1000)
      .optional(),
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field ${issue.keys.join(", ")}.` : undefined) },
);

export type AnswerBody = z.infer<typeof answerBody>;
