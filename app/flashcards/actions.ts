"use server";

import { revalidatePath } from "next/cache";
import { currentLearner } from "@/lib/auth/current-learner";
import { setNewCardsPerDay } from "@/lib/db";
import { type ReviewView, rateCard, undoRating } from "@/lib/flashcards/review";
import { dailyLimit, MAX_NEW_PER_DAY, rating, undoRequest } from "@/lib/flashcards/schemas";
import { formFields } from "@/lib/http/form-fields";
import { getGlobalT } from "@/lib/i18n/server";
import { zodMessage } from "@/lib/i18n/zod";

export type ReviewResult = { ok: true; view: ReviewView } | { ok: false; error: string; view: ReviewView | null };

/** Rates the card shown; answers with what to show next. Bad input changes nothing and says why. */
export async function rate(input: unknown): Promise<ReviewResult> {
  const t = await getGlobalT();
  const parsed = rating.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: zodMessage(parsed.error, t, "flashcards.ratingNotUnderstood"), view: null };
  }
  const learner = await currentLearner();
  if (!learner) return { ok: false, error: t("flashcards.noCookie"), view: null };
  // No revalidatePath here: dynamic pages are fetched fresh on navigation anyway, and a refresh racing the
  // review page's own address update (a ?card= dropped after rating) would put the old address back.
  const result = await rateCard(learner.id, parsed.data, new Date());
  return result.ok ? result : { ok: false, error: t(result.error), view: result.view };
}

/** Takes back this review's latest rating (the card and reps it names) and shows that card again. */
export async function undo(input: unknown): Promise<ReviewResult> {
  const t = await getGlobalT();
  const parsed = undoRequest.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: zodMessage(parsed.error, t, "flashcards.undoNotUnderstood"), view: null };
  }
  const learner = await currentLearner();
  if (!learner) return { ok: false, error: t("flashcards.noCookie"), view: null };
  const { undone, view } = await undoRating(learner.id, parsed.data, new Date());
  return undone ? { ok: true, view } : { ok: false, error: t("flashcards.cannotUndo"), view };
}

export type LimitState = { error: string | null; saved: boolean; value: string };

/** The deck page's "new cards per day" form. */
export async function saveDailyLimit(_previous: unknown, form: unknown): Promise<LimitState> {
  const t = await getGlobalT();
  const fields = formFields(form, ["perDay"]);
  if (!fields) return { error: t("flashcards.checkNumber"), saved: false, value: "" };
  const value = fields.perDay ?? "";
  const parsed = dailyLimit.safeParse({ perDay: value });
  if (!parsed.success) {
    // The limit's messages name the largest number allowed.
    const key = parsed.error.issues[0]?.message ?? "";
    const error = t.isKey(key) ? t(key, { max: MAX_NEW_PER_DAY }) : t("flashcards.checkNumber");
    return { error, saved: false, value };
  }
  const learner = await currentLearner();
  if (!learner) return { error: t("flashcards.noCookie"), saved: false, value };
  await setNewCardsPerDay(learner.id, parsed.data.perDay);
  revalidatePath("/flashcards");
  return { error: null, saved: true, value: String(parsed.data.perDay) };
}
