import { jsonError, publicJson } from "@/lib/http/json";
import { play, SCENARIOS, scenarioById, traceJson } from "@/lib/tcp";

export function generateStaticParams() {
  return SCENARIOS.map((s) => ({ id: s.id }));
}

/** One scenario played step by step: the same as `npm run -s cli -- trace <id>`. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const scenario = scenarioById(id);
  if (!scenario) {
    return jsonError(404, `No scenario "${id.slice(0, 80)}". Known ids: ${SCENARIOS.map((s) => s.id).join(", ")}.`);
  }
  return publicJson(traceJson(play(scenario)));
}
