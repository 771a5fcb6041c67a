"use server";

import { z } from "zod";
import { currentLearner } from "@/lib/auth/current-learner";
import { markConceptWeak } from "@/lib/flashcards/review";
import { getGlobalT } from "@/lib/i18n/server";

const questionId = z.string().min(1).max(80);

/** "Weak": the question's concept card goes into the learner's flashcards, due in a minute. */
export async function markWeak(id: unknown): Promise<{ error: string | null }> {
  const t = await getGlobalT();
  const parsed = questionId.safeParse(id);
  if (!parsed.success) return { error: t("interview.notAQuestion") };
  const learner = await currentLearner();
  if (!learner) return { error: t("interview.noCookie") };
  const saved = await markConceptWeak(learner.id, parsed.data, new Date());
  return saved ? { error: null } : { error: t("interview.notAQuestion") };
}
