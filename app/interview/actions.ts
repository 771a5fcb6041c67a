"use server";

import { z } from "zod";
import { currentLearner } from "@/lib/auth/current-learner";
import { markConceptWeak } from "@/lib/practice/flashcards";

const questionId = z.string().min(1).max(80);

/** "Weak": the question's concept card goes into the learner's flashcards, due in a minute. */
export async function markWeak(id: unknown): Promise<{ error: string | null }> {
  const parsed = questionId.safeParse(id);
  if (!parsed.success) return { error: "That is not one of the interview questions." };
  const learner = await currentLearner();
  if (!learner) return { error: "SynAck needs its cookie to save your flashcards: allow cookies and reload." };
  const saved = await markConceptWeak(learner.id, parsed.data, new Date());
  return saved ? { error: null } : { error: "That is not one of the interview questions." };
}
