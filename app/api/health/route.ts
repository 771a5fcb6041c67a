import { connection } from "next/server";
import { databaseAnswers } from "@/lib/db";

/**
 * Readiness for scripts, tests and load balancers. It touches no learner data, so probing it does not
 * create guest profiles the way a page visit does.
 */
export async function GET() {
  await connection();
  const ok = await databaseAnswers();
  return Response.json(
    { ok, database: ok ? "reachable" : "unreachable" },
    { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
