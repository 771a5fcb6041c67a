import { endpointDeps } from "@/lib/live-class/deps";
import { joinEndpoint } from "@/lib/live-class/endpoints";

/** Joins a live session by its code, with a nickname; the same browser or account joining again rejoins. */
export async function POST(request: Request) {
  return joinEndpoint(request, endpointDeps());
}
