"use server";

import { redirect } from "next/navigation";
import { requireAccount } from "@/lib/auth/access";
import { formFields } from "@/lib/http/form-fields";
import { textLang } from "@/lib/i18n/locales";
import { getGlobalT, getLocale } from "@/lib/i18n/server";
import { hostForm } from "@/lib/live-class/schemas";
import { hostLive, serverDeps } from "@/lib/live-class/service";

/** The host form's refusal, in the caller's language, with what was chosen kept. */
export type HostFormState = { error: string | null; values: Record<string, string> };

const FIELDS = [
  "questions",
  "topic",
  "level",
  "scenario",
  "timer",
  "leaderboard",
  "speedBonus",
  "streakBonus",
] as const;

/** Opens a live session's lobby with the rounds and settings chosen, hosted by the signed-in account. */
export async function hostLiveAction(_previous: unknown, form: unknown): Promise<HostFormState> {
  const fields = formFields(form, FIELDS);
  // Unticked boxes send nothing: off.
  const values = {
    leaderboard: "off",
    speedBonus: "off",
    streakBonus: "off",
    ...fields,
  } as Record<string, string>;
  const t = await getGlobalT();
  const access = await requireAccount();
  if (!access.ok) return { error: t(access.error), values };
  if (!fields) return { error: t("live.hostCheck"), values };
  const parsed = hostForm.safeParse(values);
  if (!parsed.success) {
    const message = parsed.error.issues[0]?.message ?? "";
    return { error: t(t.isKey(message) ? message : "live.hostCheck"), values };
  }
  const { timer, ...rest } = parsed.data;
  const lang = textLang(await getLocale());
  const hosted = await hostLive(access.who.id, { ...rest, timer: timer === "none" ? null : timer }, lang, serverDeps());
  if (!hosted.ok) return { error: t("live.hostNoRounds"), values };
  redirect(`/live/host/${hosted.record.session.id}`);
}
