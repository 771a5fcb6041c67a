// POST /api/v1/attempts/<id>/answers, the request a whole class sends at the same moment. It is written against
// plain headers and a body reader so that two doors lead to it: Next's route handler (app/api/v1/attempts/[id]/
// answers/route.ts, used by `next dev`) and the production server's own fast path (server/index.ts), which
// answers it without Next's per-request machinery (docs/benchmarks.md has the difference).

import type { AnswerReply } from "@/lib/attempts/answer-reply";
import { answerAttempt, submitAnswer } from "@/lib/attempts/attempts";
import { ANSWER_SHAPE, answerBody, answerBodyError } from "@/lib/attempts/schemas";
import { callerOf, guestOnlyTokenHash } from "@/lib/auth/caller";
import { findGuestAttempt } from "@/lib/db";
import { parseCookies } from "@/lib/http/cookies";
import { RateLimiter } from "@/lib/http/rate-limit";
import { crossSite } from "@/lib/http/same-origin";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { LOCALE_COOKIE, requestLocale, textLang } from "@/lib/i18n/locales";

/** The largest body an answer needs (a list of segments is well under 1 KB); anything bigger is refused unread. */
export const ANSWER_BODY_LIMIT_BYTES = 16 * 1024;

/**
 * At most 120 answers a minute per learner: a person answers one every few seconds, so only a script reaches it.
 * Kept on globalThis: both doors count against the same limit.
 */
const shared = globalThis as unknown as { synackAnswerLimit?: RateLimiter };
shared.synackAnswerLimit ??= new RateLimiter(120, 60_000);
const ANSWER_LIMIT = shared.synackAnswerLimit;

/**
 * The request's headers as the endpoint reads them: one at a time, and whole only to look up a signed-in caller's
 * session (the production server then builds a `Headers`; guests, the bulk of a class, never need one).
 */
export type EndpointHeaders = { get(name: string): string | null; whole(): Headers };

/** A web `Headers` as EndpointHeaders (Next's route handler has one already). */
export function endpointHeaders(head: Headers): EndpointHeaders {
  return { get: (name) => head.get(name), whole: () => head };
}

export type EndpointReply = { status: number; body: AnswerReply; headers: Record<string, string> };

/** The body, as JSON; `tooLarge` when it is over the limit (a reader may stop early and say so). */
export type BodyReader = () => Promise<{ tooLarge: true } | { tooLarge: false; json: unknown }>;

/** Thrown by a body reader for a body that is not JSON. */
export class NotJson extends Error {}

const NO_STORE = { "cache-control": "no-store" };

/**
 * Answers one question of a quiz attempt: {questionId, response, durationMs?}. 200 with the feedback (the same
 * feedback again, `duplicate: true`, when the answer was already recorded); 400 for a body or answer that does not
 * fit the question; 401 without a learner cookie or with one no page gave out; 403 from another site; 404 for an attempt that is not the
 * caller's; 413 for a body over the limit; 422 with a hint for a typed name that is no state; 429 past the rate
 * limit. Errors and hints are in the request's interface language; the feedback is in the quiz's, like its questions.
 */
export async function answerEndpoint(
  head: EndpointHeaders,
  readBody: BodyReader,
  attemptId: string,
): Promise<EndpointReply> {
  // The Cookie header is read once: for the language and for who is asking.
  const cookies = parseCookies(head.get("cookie"));
  const locale = requestLocale(cookies.get(LOCALE_COOKIE), head.get("accept-language"));
  const t = globalTranslatorFor(locale);
  const refuse = (status: number, error: string, headers: Record<string, string> = {}): EndpointReply => ({
    status,
    body: { error },
    headers: { ...NO_STORE, ...headers },
  });
  if (crossSite({ headers: head })) return refuse(403, t("quiz.apiCrossSite"));
  // Most answers are a guest's to its own attempt: one read finds both. Anything else (a signed-in caller, a guest
  // seen for the first time, someone else's attempt) is looked up through the session or the guest cookie.
  const guestHash = guestOnlyTokenHash(cookies);
  const attempt = guestHash ? await findGuestAttempt(guestHash, attemptId) : null;
  // A guest cookie with no guest behind it is refused, never made one: only opening a page makes a guest.
  const learnerId = attempt?.learnerId ?? (await callerOf(head.whole, cookies, { newGuest: false }))?.learner.id;
  if (!learnerId) return refuse(401, t(guestHash ? "quiz.apiUnknownGuest" : "quiz.apiNoCookie"));
  const allowed = ANSWER_LIMIT.take(learnerId);
  if (!allowed.ok) {
    return refuse(429, t("quiz.apiTooMany", { seconds: allowed.retryAfterS }), {
      "retry-after": String(allowed.retryAfterS),
    });
  }

  let body: Awaited<ReturnType<BodyReader>>;
  try {
    body = await readBody();
  } catch (error) {
    if (error instanceof NotJson) return refuse(400, t("quiz.apiNotJson", { shape: ANSWER_SHAPE }));
    throw error;
  }
  if (body.tooLarge) return refuse(413, t("quiz.apiTooLarge", { kb: ANSWER_BODY_LIMIT_BYTES / 1024 }));
  const parsed = answerBody.safeParse(body.json);
  if (!parsed.success) return refuse(400, t.msg(answerBodyError(parsed.error)));

  const result = attempt
    ? await answerAttempt(attempt, parsed.data)
    : await submitAnswer(learnerId, attemptId, parsed.data);
  if (result.status === 200) {
    const { feedback, duplicate, finished } = result;
    return { status: 200, body: { feedback, duplicate, finished }, headers: NO_STORE };
  }
  return {
    status: result.status,
    body: { error: t.msg(result.error), ...("hint" in result ? { hint: result.hint[textLang(locale)] } : {}) },
    headers: NO_STORE,
  };
}

/** Reads a web Request's body for answerEndpoint: its declared or actual size over the limit is `tooLarge`. */
export function webBodyReader(request: Request): BodyReader {
  return async () => {
    if (Number(request.headers.get("content-length") ?? 0) > ANSWER_BODY_LIMIT_BYTES) return { tooLarge: true };
    const text = await request.text();
    if (Buffer.byteLength(text) > ANSWER_BODY_LIMIT_BYTES) return { tooLarge: true };
    return { tooLarge: false, json: parseJson(text) };
  };
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new NotJson();
  }
}
