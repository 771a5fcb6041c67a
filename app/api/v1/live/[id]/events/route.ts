import { endpointDeps } from "@/lib/live-class/deps";
import { eventsEndpoint } from "@/lib/live-class/endpoints";

/** A live session's Server-Sent Events: `?as=host` for its host's screen, else the phone of the player asking. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return eventsEndpoint(request, id, endpointDeps());
}
