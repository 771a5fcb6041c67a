"use server";

import { revalidatePath } from "next/cache";
import { currentLearner } from "@/lib/auth/current-learner";
import { setNewCardsPerDay } from "@/lib/db";
import { type ReviewView, rateCard, undoRating } from "@/lib/practice/flashcards";
import { dailyLimit, rating, undoRequest } from "@/lib/practice/schemas";

export type ReviewResult = { ok: true; view: ReviewView } | { ok: false; error: string; view: ReviewView | null };

const NO_COOKIE = "SynAck needs its cookie to save your reviews: allow cookies for this site and reload.";

/** Rates the card shown; answers with what to show next. Bad input changes nothing and says why. */
export async function rate(input: unknown): Promise<ReviewResult> {
  const parsed = rating.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues[0]?.message ?? "That rating was not understood.", view: null };
  const learner = await currentLearner();
  if (!learner) return { ok: false, error: NO_COOKIE, view: null };
  // No revalidatePath here: dynamic pages are fetched fresh on navigation anyway, and a refresh racing the
  // review page's own address update (a ?card= dropped after rating) would put the old address back.
  const result = await rateCard(learner.id, parsed.data, new Date());
  return result.ok ? result : { ok: false, error: result.error, view: result.view };
}

/** Takes back this review's latest rating (the card and reps it names) and shows that card again. */
export async function undo(input: unknown): Promise<ReviewResult> {
  const parsed = undoRequest.safeParse(input);
  if (!parsed.success)
    return { ok: false, error: parsed.error.issues[0]?.message ?? "That was not understood.", view: null };
  const learner = await currentLearner();
  if (!learner) return { ok: false, error: NO_COOKIE, view: null };
  const { undone, view } = await undoRating(learner.id, parsed.data, new Date());
  return undone
    ? { ok: true, view }
    : { ok: false, error: "That rating can no longer be undone: another rating came after it (another tab?).", view };
}

export type LimitState = { error: string | null; saved: boolean; value: string };

/** The deck page's "new cards per day" form. */
export async function saveDailyLimit(_previous: LimitState, form: FormData): Promise<LimitState> {
  const value = String(form.get("perDay") ?? "");
  const parsed = dailyLimit.safeParse({ perDay: value });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the number.", saved: false, value };
  const learner = await currentLearner();
  if (!learner) return { error: NO_COOKIE, saved: false, value };
  await setNewCardsPerDay(learner.id, parsed.data.perDay);
  revalidatePath("/flashcards");
  return { error: null, saved: true, value: String(parsed.data.perDay) };
}
