// What the class forms send, validated the same way wherever they arrive. Errors are message keys of the `classes`
// namespace; the actions translate them with ASSIGNMENT_LIMITS as values (the numbers some of them name).
import { z } from "zod";
import { REVEALS } from "@/lib/classes/assignment";
import { normalizeCode } from "@/lib/classes/join-code";
import type { MsgKey } from "@/lib/i18n/translate";
import { FOCUSES, MAX_LENGTH, MIN_LENGTH } from "@/lib/quiz";

const error = (key: MsgKey) => ({ error: key });

/** The bounds of the assignment form, named as its messages name them ("from {minQuestions} to {maxQuestions}"). */
export const ASSIGNMENT_LIMITS = {
  minQuestions: MIN_LENGTH,
  maxQuestions: MAX_LENGTH,
  maxAttempts: 5,
  maxMinutes: 600,
} as const;

export const className = z.object({
  name: z.string().trim().min(1, error("classes.classNameRequired")).max(80, error("classes.classNameTooLong")),
});

export const joinCode = z.object({
  code: z
    .string()
    .max(20, error("classes.joinCodeShape"))
    .transform((typed, ctx) => {
      const code = normalizeCode(typed);
      if (!code) ctx.addIssue({ code: "custom", message: "classes.joinCodeShape" satisfies MsgKey });
      return code ?? "";
    }),
});

export const classId = z.string().min(1).max(40);

const wholeNumber = (min: number, max: number, message: MsgKey) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, error(message))
    .transform(Number)
    .refine((n) => n >= min && n <= max, error(message));

/** The teacher's "set an assignment" form, as typed (dates are local `datetime-local` values, read with the tz). */
export const assignmentForm = z.object({
  title: z.string().trim().min(1, error("classes.titleRequired")).max(100, error("classes.titleTooLong")),
  focus: z.enum(FOCUSES, error("classes.pickTopic")),
  level: z.enum(["any", "basics", "intermediate", "advanced"], error("classes.pickLevel")),
  count: wholeNumber(ASSIGNMENT_LIMITS.minQuestions, ASSIGNMENT_LIMITS.maxQuestions, "classes.countRange"),
  lang: z.enum(["en", "zh"], error("classes.pickLang")),
  opens: z.string().max(20, error("classes.opensNotDate")).default(""),
  due: z.string().min(1, error("classes.dueRequired")).max(20, error("classes.dueNotDate")),
  minutes: z
    .string()
    .trim()
    .max(4, error("classes.minutesRange"))
    .refine(
      (v) => v === "" || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= ASSIGNMENT_LIMITS.maxMinutes),
      error("classes.minutesRange"),
    )
    .default(""),
  attempts: wholeNumber(1, ASSIGNMENT_LIMITS.maxAttempts, "classes.attemptsRange"),
  seeds: z.enum(["shared", "per-student"], error("classes.pickSeeds")),
  // A checkbox: "on" when ticked, absent (so "") when not.
  same: z.enum(["", "on"], error("classes.checkForm")).default(""),
  reveal: z.enum(REVEALS, error("classes.pickReveal")).default("question"),
});
