import { jsonError, publicJson } from "@/lib/http/json";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { localeOfRequest } from "@/lib/i18n/server";
import { play, SCENARIOS, scenarioById, traceJson } from "@/lib/tcp";

/**
 * One scenario played step by step: the same as `npm run -s cli -- trace <id>`. Rendered per request (cheap, and
 * cached by the client for five minutes) rather than prerendered, so an unknown id is answered in the request's
 * language.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const scenario = scenarioById(id);
  if (!scenario) {
    const t = globalTranslatorFor(localeOfRequest(request));
    return jsonError(404, t("quiz.apiNoScenario", { id: id.slice(0, 80), ids: SCENARIOS.map((s) => s.id).join(", ") }));
  }
  return publicJson(traceJson(play(scenario)));
}
