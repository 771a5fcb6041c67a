// The options of a generated quiz, validated the same way for the CLI and /api/v1/questions.
import { z } from "zod";
import { orList } from "@/lib/i18n/locales";
import { LEVELS } from "@/lib/tcp/curriculum";
import { MAX_COUNT } from "./generate";

const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string({ error: `--${name} is required.` })
    .regex(/^\d+$/, { error: `--${name} must be a whole number from ${min} to ${max}.` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: `--${name} must be a whole number from ${min} to ${max}.` });

export const questionsQuery = z.strictObject(
  {
    seed: wholeNumber("seed", 0, 2 ** 32 - 1),
    count: wholeNumber("count", 1, MAX_COUNT),
    level: z.enum(LEVELS, { error: `--level must be ${orList(LEVELS)}.` }).optional(),
    lang: z.enum(["en", "zh"], { error: "--lang must be en or zh." }).default("en"),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `Unknown option ${issue.keys.map((k) => `--${k}`).join(", ")}: questions takes --seed, --count, --level and --lang.`
        : undefined,
  },
);
