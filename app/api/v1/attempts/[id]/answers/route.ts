import { currentLearner } from "@/lib/auth/current-learner";
import { jsonError } from "@/lib/http/json";
import { RateLimiter } from "@/lib/http/rate-limit";
import { crossSite } from "@/lib/http/same-origin";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { textLang } from "@/lib/i18n/locales";
import { localeOfRequest } from "@/lib/i18n/server";
import { submitAnswer } from "@/lib/practice/attempts";
import { ANSWER_SHAPE, answerBody, answerBodyError } from "@/lib/practice/schemas";

/**
 * At most 120 answers a minute per learner: a person answers one every few seconds, so only a script reaches it.
 */
const ANSWER_LIMIT = new RateLimiter(120, 60_000);

/**
 * Answers one question of a quiz attempt: POST {questionId, response, durationMs?}. 200 with the feedback (the same
 * feedback again, `duplicate: true`, when the answer was already recorded); 400 for a body or answer that does not
 * fit the question; 404 for an attempt that is not the caller's; 422 with a hint for a typed name that is no state; 429 past the rate limit.
 * Errors and hints are in the request's interface language; the feedback is in the quiz's, like its questions.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const locale = localeOfRequest(request);
  const t = globalTranslatorFor(locale);
  if (crossSite(request)) return jsonError(403, t("quiz.apiCrossSite"));
  const learner = await currentLearner();
  if (!learner) return jsonError(401, t("quiz.apiNoCookie"));
  const allowed = ANSWER_LIMIT.take(learner.id);
  if (!allowed.ok) {
    return Response.json(
      { error: t("quiz.apiTooMany", { seconds: allowed.retryAfterS }) },
      { status: 429, headers: { "retry-after": String(allowed.retryAfterS), "cache-control": "no-store" } },
    );
  }

  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return jsonError(400, t("quiz.apiNotJson", { shape: ANSWER_SHAPE }));
  }
  const parsed = answerBody.safeParse(json);
  if (!parsed.success) return jsonError(400, t.msg(answerBodyError(parsed.error)));

  const { id } = await params;
  const result = await submitAnswer(learner.id, id, parsed.data);
  const headers = { "cache-control": "no-store" };
  if (result.status === 200) {
    const { feedback, duplicate, finished } = result;
    return Response.json({ feedback, duplicate, finished }, { headers });
  }
  return Response.json(
    { error: t.msg(result.error), ...("hint" in result ? { hint: result.hint[textLang(locale)] } : {}) },
    { status: result.status, headers },
  );
}
