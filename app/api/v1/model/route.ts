import { publicJson } from "@/lib/http/json";
import { modelJson } from "@/lib/tcp";

/** The state machine as JSON: the same as `npm run -s cli -- model`. */
export function GET() {
  return publicJson(modelJson());
}
