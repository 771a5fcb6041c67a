// What the quiz pages send, validated at the edge (zod 4) the same way for server actions and route handlers.
import { z } from "zod";
import { isMsgKey } from "@/lib/i18n/global";
import type { Msg } from "@/lib/i18n/translate";
import { FOCUSES, LEVEL_CHOICES, MAX_LENGTH, MIN_LENGTH } from "@/lib/quiz";

/** Seeds are stored as SQLite integers through Prisma's 32-bit Int. */
export const MAX_SEED = 2 ** 31 - 1;

/** How long the learner took to answer, when the page measured it: at most a day. */
export const durationMs = z
  .number()
  .int()
  .min(0)
  .max(24 * 60 * 60 * 1000)
  .optional();

/** Errors are message keys (quizSetupError adds the numbers they name). */
export const quizSetup = z.object({
  focus: z.enum(FOCUSES, { error: "quiz.pickFocus" }),
  level: z.enum(LEVEL_CHOICES, { error: "quiz.pickLevel" }),
  /**
   * Decimal digits only: Number() alone would read "0x10" as 16, "1e1" as 10 and "" as 0. A fraction or a minus
   * sign gets the message that names the problem.
   */
  length: z
    .string({ error: "quiz.lengthNumber" })
    .trim()
    .max(12, { error: "quiz.lengthMax" })
    .transform((typed, ctx) => {
      if (/^\d+$/.test(typed)) return Number(typed);
      const message = /^-\d+$/.test(typed)
        ? "quiz.lengthMin"
        : /^-?\d*\.\d+$/.test(typed)
          ? "quiz.lengthWhole"
          : "quiz.lengthNumber";
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    })
    .pipe(z.number().min(MIN_LENGTH, { error: "quiz.lengthMin" }).max(MAX_LENGTH, { error: "quiz.lengthMax" })),
  lang: z.enum(["en", "zh"], { error: "quiz.pickLang" }).default("en"),
  /** Blank for a fresh quiz; a number to take the same quiz again (or the one a friend took). */
  seed: z
    .string()
    .trim()
    .max(12, { error: "quiz.seedRange" })
    .regex(/^\d*$/, { error: "quiz.seedRange" })
    .refine((s) => s === "" || Number(s) <= MAX_SEED, { error: "quiz.seedRange" })
    .default(""),
});

/** What to tell the learner about a set-up the schema refused: its message, with the limits it names. */
export function quizSetupError(error: z.ZodError): Msg {
  const message = error.issues[0]?.message ?? "";
  // The seed's bound as typed, without digit grouping: it is a number to copy, not an amount.
  const values = { min: MIN_LENGTH, max: MAX_LENGTH, maxSeed: String(MAX_SEED) };
  return isMsgKey(message) ? { key: message, values } : "quiz.checkForm";
}

export type QuizSetupInput = z.input<typeof quizSetup>;

/** Errors are message keys (answerBodyError adds an unknown field's name). */
export const answerBody = z.strictObject(
  {
    questionId: z
      .string({ error: "quiz.apiQuestionIdRequired" })
      .min(1, { error: "quiz.apiQuestionIdRequired" })
      .max(200, { error: "quiz.apiQuestionIdTooLong" }),
    response: z.union([z.string().max(200), z.array(z.string().max(200)).max(20)], { error: "quiz.apiResponseShape" }),
    durationMs,
  },
  { error: (issue) => (issue.code === "unrecognized_keys" ? "quiz.apiUnknownField" : undefined) },
);

export type AnswerBody = z.infer<typeof answerBody>;

/** What an answer looks like, for messages that show it. */
export const ANSWER_SHAPE = "{questionId, response, durationMs?}";

/** What to tell the sender of an answer the schema refused. */
export function answerBodyError(error: z.ZodError): Msg {
  const issue = error.issues[0];
  if (issue?.code === "unrecognized_keys") {
    return { key: "quiz.apiUnknownField", values: { fields: issue.keys.join(", ") } };
  }
  if (issue?.code === "invalid_type" && issue.path.length === 0) {
    return { key: "quiz.apiNotObject", values: { shape: ANSWER_SHAPE } };
  }
  return issue && isMsgKey(issue.message) ? issue.message : "quiz.apiBadAnswer";
}

/** The set-up form's fields, as a link can carry them (the share link, /quiz?focus=…&seed=…). */
export const SETUP_FIELDS = ["focus", "level", "length", "lang", "seed"] as const;

/**
 * The address that opens the set-up form filled in for this practice quiz: whoever starts it gets the same
 * questions, in the same order, with the same choices (the seed decides them all). Without a seed, the same
 * settings with questions of their own.
 */
export function sharePath(spec: { focus: string; level: string | null; count: number; lang: string; seed?: number }) {
  const query = new URLSearchParams({
    focus: spec.focus,
    level: spec.level ?? "any",
    length: String(spec.count),
    lang: spec.lang,
  });
  if (spec.seed !== undefined) query.set("seed", String(spec.seed));
  return `/quiz?${query}`;
}

/** The form's values a link brings, if it brings any: checked as the form is, so a bad link is said, not used. */
export function sharedSetup(
  query: Record<string, string | string[] | undefined>,
): { values: Record<string, string> } | { error: Msg } | null {
  const values: Record<string, string> = {};
  for (const field of SETUP_FIELDS) {
    const value = query[field];
    const one = Array.isArray(value) ? value[0] : value;
    if (one !== undefined) values[field] = one.slice(0, 40);
  }
  if (Object.keys(values).length === 0) return null;
  const parsed = quizSetup.safeParse({ focus: "everything", level: "any", length: "10", ...values });
  return parsed.success ? { values } : { error: quizSetupError(parsed.error) };
}
