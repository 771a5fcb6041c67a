import { endpointDeps } from "@/lib/live-class/deps";
import { commandEndpoint } from "@/lib/live-class/endpoints";

/** A command to a live session: the host's (start, reveal, next, …) or a player's answer. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return commandEndpoint(request, id, endpointDeps());
}
