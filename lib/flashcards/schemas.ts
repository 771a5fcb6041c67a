// What the flashcard pages send, validated at the edge (zod 4) the same way for server actions and route handlers.
import { z } from "zod";
import { durationMs } from "@/lib/attempts/schemas";
import { DECKS } from "@/lib/srs";

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
