import type { NextRequest } from "next/server";
import type { z } from "zod";
import { jsonError, publicJson } from "@/lib/http/json";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { type Locale, orList } from "@/lib/i18n/locales";
import { localeOfRequest } from "@/lib/i18n/server";
import type { Msg } from "@/lib/i18n/translate";
import { generateQuiz, MAX_COUNT, questionJson, questionsQuery } from "@/lib/quiz";
import { LEVELS } from "@/lib/tcp/curriculum";

/** The bounds lib/quiz/query.ts checks (its messages are the command line's, in English, with --flags). */
const BOUNDS = { seed: { min: 0, max: String(2 ** 32 - 1) }, count: { min: 1, max: MAX_COUNT } } as const;

function queryError(issue: z.core.$ZodIssue | undefined, locale: Locale): Msg {
  if (!issue) return "quiz.apiBadQuery";
  if (issue.code === "unrecognized_keys")
    return { key: "quiz.apiQueryUnknown", values: { options: issue.keys.join(", ") } };
  const name = String(issue.path[0]);
  if (name === "seed" || name === "count") {
    if (issue.code === "invalid_type") return { key: "quiz.apiQueryRequired", values: { name } };
    return { key: "quiz.apiQueryNumber", values: { name, ...BOUNDS[name] } };
  }
  if (name === "level") return { key: "quiz.apiQueryLevel", values: { levels: orList(LEVELS, locale) } };
  if (name === "lang") return "quiz.apiQueryLang";
  return "quiz.apiBadQuery";
}

/**
 * Generated questions: /api/v1/questions?seed=1&count=10[&level=basics][&lang=zh], the same as
 * `npm run -s cli -- questions`. The same query always gives the same questions. A bad query is explained in the
 * request's interface language.
 */
export function GET(request: NextRequest) {
  const parsed = questionsQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    return jsonError(
      400,
      globalTranslatorFor(localeOfRequest(request)).msg(queryError(parsed.error.issues[0], localeOfRequest(request))),
    );
  }
  return publicJson(generateQuiz(parsed.data).map(questionJson));
}
