// What the quiz pages send, validated at the edge (zod 4) the same way for server actions and route handlers.
import { z } from "zod";
import { FOCUSES, MAX_LENGTH, MIN_LENGTH } from "@/lib/quiz";
import { DECKS } from "@/lib/srs";

/** Seeds are stored as SQLite integers through Prisma's 32-bit Int. */
export const MAX_SEED = 2 ** 31 - 1;

/** How long the learner took to answer, when the page measured it: at most a day. */
const durationMs = z
  .number()
  .int()
  .min(0)
  .max(24 * 60 * 60 * 1000)
  .optional();

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
    durationMs,
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? `Unknown field ${issue.keys.join(", ")}.` : undefined) },
);

export type AnswerBody = z.infer<typeof answerBody>;

/** What a review page sends with every rating and undo. Errors are message keys (the flashcards namespace). */
export const reviewContext = z.strictObject({
  deck: z.enum(DECKS, { error: "flashcards.notADeck" }),
  /** Minutes from UTC, as Date#getTimezoneOffset gives them: where the learner's day starts. */
  tzOffset: z
    .number()
    .int()
    .min(-14 * 60)
    .max(14 * 60)
    .default(0),
});

export const rating = reviewContext.extend({
  cardId: z.string().min(1).max(200, { error: "flashcards.cardIdTooLong" }),
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], {
    error: "flashcards.badGrade",
  }),
  /** How many times the card had been reviewed when it was shown: a second rating of the same showing is refused. */
  reps: z.number().int().min(0).max(100_000),
  durationMs,
});

/** Undo names the rating it takes back: the card, and its reps after that rating. */
export const undoRequest = reviewContext.extend({
  cardId: z.string().min(1).max(200, { error: "flashcards.cardIdTooLong" }),
  reps: z.number().int().min(1).max(100_000),
});

export const MAX_NEW_PER_DAY = 500;

/** The deck page's limit; its messages take `{max}` (MAX_NEW_PER_DAY). */
export const dailyLimit = z.object({
  perDay: z
    .string()
    .trim()
    .min(1, { error: "flashcards.limitEmpty" })
    .refine((v) => !v.startsWith("-"), { error: "flashcards.limitNegative" })
    .regex(/^\d{1,6}$/, { error: "flashcards.limitNotWhole" })
    .transform(Number)
    .refine((n) => n <= MAX_NEW_PER_DAY, { error: "flashcards.limitTooMany" }),
});
