import { publicJson } from "@/lib/http/json";
import { scenarioList } from "@/lib/tcp";

/** Every scenario with its title and one-line summary; /api/v1/scenarios/<id> has the steps. */
export function GET() {
  return publicJson({ scenarios: scenarioList() });
}
