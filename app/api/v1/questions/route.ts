import type { NextRequest } from "next/server";
import { jsonError, publicJson } from "@/lib/http/json";
import { generateQuiz, questionJson, questionsQuery } from "@/lib/quiz";

/**
 * Generated questions: /api/v1/questions?seed=1&count=10[&level=basics][&lang=zh], the same as
 * `npm run -s cli -- questions`. The same query always gives the same questions.
 */
export function GET(request: NextRequest) {
  const parsed = questionsQuery.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "Bad query.";
    return jsonError(400, message.replaceAll("--", ""));
  }
  return publicJson(generateQuiz(parsed.data).map(questionJson));
}
