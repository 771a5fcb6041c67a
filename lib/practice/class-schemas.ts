// What the class forms send, validated the same way wherever they arrive.
import { z } from "zod";
import { normalizeCode } from "@/lib/classes/join-code";
import { FOCUSES, MAX_LENGTH, MIN_LENGTH } from "@/lib/quiz";

export const className = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Give the class a name, such as “Networks, Tuesday group”." })
    .max(80, { error: "A class name can have at most 80 characters." }),
});

export const joinCode = z.object({
  code: z
    .string()
    .max(20, { error: "A join code has six letters and digits, like K7Q-2MX." })
    .transform((typed, ctx) => {
      const code = normalizeCode(typed);
      if (!code) ctx.addIssue({ code: "custom", message: "A join code has six letters and digits, like K7Q-2MX." });
      return code ?? "";
    }),
});

export const classId = z.string().min(1).max(40);

const numberText = (field: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, { error: `${field} must be a whole number from ${min} to ${max}.` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: `${field} must be a whole number from ${min} to ${max}.` });

/** The teacher's "set an assignment" form, as typed (dates are local `datetime-local` values, read with the tz). */
export const assignmentForm = z.object({
  title: z
    .string()
    .trim()
    .min(1, { error: "Give the assignment a title, such as “Handshake check”." })
    .max(100, { error: "A title can have at most 100 characters." }),
  focus: z.enum(FOCUSES, { error: "Pick a topic." }),
  level: z.enum(["any", "basics", "intermediate", "advanced"], { error: "Pick a level." }),
  count: numberText("The number of questions", MIN_LENGTH, MAX_LENGTH),
  lang: z.enum(["en", "zh"], { error: "Pick the language of the questions." }),
  opens: z.string().max(20).default(""),
  due: z.string().min(1, { error: "Choose when it is due." }).max(20),
  minutes: z
    .string()
    .trim()
    .max(4)
    .refine((v) => v === "" || (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 600), {
      error: "A time limit is a number of minutes from 1 to 600, or blank for none.",
    })
    .default(""),
  attempts: numberText("Attempts", 1, 5),
  seeds: z.enum(["shared", "per-student"], { error: "Choose whether everyone gets the same questions." }),
});
