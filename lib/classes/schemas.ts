// What the class forms send, validated the same way wherever they arrive. Errors are message keys of the `classes`
// namespace; the actions translate them with ASSIGNMENT_LIMITS as values (the numbers some of them name).
import { z } from "zod";
import { REVEALS } from "@/lib/classes/rules/assignment";
import { normalizeCode } from "@/lib/classes/rules/join-code";
import { type LineProblem, lineProblem, tidyLine } from "@/lib/http/plain-text";
import type { MsgKey } from "@/lib/i18n/translate";
import { FOCUSES, LEVEL_CHOICES, MAX_LENGTH, MIN_LENGTH } from "@/lib/quiz";

const error = (key: MsgKey) => ({ error: key });

/** The bounds of the assignment form, named as its messages name them ("from {minQuestions} to {maxQuestions}"). */
export const ASSIGNMENT_LIMITS = {
  minQuestions: MIN_LENGTH,
  maxQuestions: MAX_LENGTH,
  maxAttempts: 5,
  maxMinutes: 600,
} as const;

/** One line of ordinary text (lib/http/plain-text), trimmed and composed, refused with the message for its problem. */
const oneLine = (max: number, messages: Record<LineProblem, MsgKey>) =>
  z
    .string()
    // Far past the limit in any script: refused before anything reads it character by character.
    .max(max * 4, error(messages["too-long"]))
    .transform(tidyLine)
    .superRefine((text, ctx) => {
      const problem = lineProblem(text, max);
      if (problem) ctx.addIssue({ code: "custom", message: messages[problem] });
    });

export const CLASS_NAME_MAX = 80;
export const TITLE_MAX = 100;

export const className = z.object({
  name: oneLine(CLASS_NAME_MAX, {
    empty: "classes.classNameRequired",
    "too-long": "classes.classNameTooLong",
    "not-text": "classes.classNameNotText",
  }),
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
  title: oneLine(TITLE_MAX, {
    empty: "classes.titleRequired",
    "too-long": "classes.titleTooLong",
    "not-text": "classes.titleNotText",
  }),
  focus: z.enum(FOCUSES, error("classes.pickTopic")),
  level: z.enum(LEVEL_CHOICES, error("classes.pickLevel")),
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

/** What an assignment's edit form may still change once a student has started: its dates and time limit. */
export const assignmentTimesForm = assignmentForm.pick({ opens: true, due: true, minutes: true });
