import { currentCaller } from "@/lib/auth/current-learner";
import { learnerTzOffset } from "@/lib/http/tz";
import { dueNow } from "@/lib/progress/today";

/**
 * How many flashcards are due now, for the header's badge on every page: `{"due": n}`, or `{"due": null}` for a
 * visitor with no learner yet (this read makes none). Never cached: it changes as the learner reviews.
 */
export async function GET() {
  const caller = await currentCaller({ newGuest: false });
  const due = caller ? await dueNow(caller.learner.id, new Date(), await learnerTzOffset()) : null;
  return Response.json({ due }, { headers: { "Cache-Control": "no-store" } });
}
