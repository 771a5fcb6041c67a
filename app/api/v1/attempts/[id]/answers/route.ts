import { answerEndpoint, endpointHeaders, webBodyReader } from "@/server/answer-endpoint";

/**
 * Answers one question of a quiz attempt (see answerEndpoint). The production server answers this path itself,
 * before Next (server/index.ts); this handler serves it under `npm run dev`, where hot reload keeps it current,
 * and any other way of running Next.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const reply = await answerEndpoint(endpointHeaders(request.headers), webBodyReader(request), id);
  return Response.json(reply.body, { status: reply.status, headers: reply.headers });
}
