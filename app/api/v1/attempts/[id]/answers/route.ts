import { currentLearner } from "@/lib/auth/current-learner";
import { jsonError } from "@/lib/http/json";
import { crossSite } from "@/lib/http/same-origin";
import { submitAnswer } from "@/lib/practice/attempts";
import { answerBody } from "@/lib/practice/schemas";

/**
 * Answers one question of a quiz attempt: POST {questionId, response, durationMs?}. 200 with the feedback (the same
 * feedback again, `duplicate: true`, when the answer was already recorded); 400 for a body or answer that does not
 * fit the question; 404 for an attempt that is not the caller's; 422 with a hint for a typed name that is no state.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (crossSite(request)) return jsonError(403, "Answers can only be sent from SynAck's own pages.");
  const learner = await currentLearner();
  if (!learner)
    return jsonError(401, "SynAck needs its cookie to save answers: allow cookies for this site and reload.");

  let json: unknown;
  try {
    json = await request.json();
  } catch {
    return jsonError(400, "The body must be JSON: {questionId, response, durationMs?}.");
  }
  const parsed = answerBody.safeParse(json);
  if (!parsed.success) return jsonError(400, parsed.error.issues[0]?.message ?? "Bad answer.");

  const { id } = await params;
  const result = await submitAnswer(learner.id, id, parsed.data);
  const headers = { "cache-control": "no-store" };
  if (result.status === 200) {
    const { feedback, duplicate, finished } = result;
    return Response.json({ feedback, duplicate, finished }, { headers });
  }
  return Response.json(
    { error: result.error, ...("hint" in result ? { hint: result.hint } : {}) },
    { status: result.status, headers },
  );
}
