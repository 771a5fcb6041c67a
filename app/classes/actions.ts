"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireAccount, requireTeacher } from "@/lib/auth/access";
import { takeJoinGuess } from "@/lib/auth/limits";
import { classId, className, joinCode } from "@/lib/classes/schemas";
import { createClass, joinClass, leaveClass, makeTeacher, rotateJoinCode } from "@/lib/db";
import { formFields } from "@/lib/http/form-fields";
import { getGlobalT } from "@/lib/i18n/server";
import type { MsgKey } from "@/lib/i18n/translate";
import { refusalOf, say } from "./refusals";

/** A form's refusal, already in the caller's language, with what they typed. */
export type FormState = { error: string | null; value: string };

const JOIN_REFUSAL = {
  unknown: "classes.joinUnknown",
  expired: "classes.joinExpired",
  "own-class": "classes.joinOwnClass",
} as const satisfies Record<string, MsgKey>;

/** "I teach": makes the signed-in account a teacher. */
export async function becomeTeacher(): Promise<{ error: string | null }> {
  const access = await requireAccount();
  if (!access.ok) return { error: await say(access.error) };
  await makeTeacher(access.who.id);
  revalidatePath("/classes");
  return { error: null };
}

export async function createClassAction(_previous: unknown, form: unknown): Promise<FormState> {
  const fields = formFields(form, ["name"]);
  const value = fields?.name ?? "";
  const access = await requireTeacher();
  if (!access.ok) return { error: await say(access.error), value };
  if (!fields) return { error: await say("classes.checkName"), value };
  const parsed = className.safeParse({ name: value });
  if (!parsed.success) return { error: await refusalOf(parsed.error.issues, "classes.checkName"), value };
  const { id } = await createClass(access.who.id, parsed.data.name);
  redirect(`/classes/${id}`);
}

export async function joinClassAction(_previous: unknown, form: unknown): Promise<FormState> {
  const fields = formFields(form, ["code"]);
  const value = fields?.code ?? "";
  const access = await requireAccount();
  if (!access.ok) return { error: await say(access.error), value };
  if (!fields) return { error: await say("classes.checkCode"), value };
  const parsed = joinCode.safeParse({ code: value });
  if (!parsed.success) return { error: await refusalOf(parsed.error.issues, "classes.checkCode"), value };
  // Guesses are limited per account and per address (lib/auth/limits.ts); a code that names a class is no guess.
  const now = new Date();
  const guess = await takeJoinGuess(access.who.id, (await headers()).get("x-forwarded-for"), now.getTime());
  if (!guess.ok) {
    const minutes = Math.ceil(guess.retryAfterS / 60);
    return { error: (await getGlobalT())("classes.joinTooMany", { minutes }), value };
  }
  const result = await joinClass(access.who.id, parsed.data.code, now);
  if (result.ok || result.reason === "own-class") await guess.found();
  if (!result.ok) return { error: await say(JOIN_REFUSAL[result.reason]), value };
  redirect(`/classes/${result.classId}`);
}

export async function leaveClassAction(id: unknown): Promise<{ error: string | null }> {
  const access = await requireAccount();
  if (!access.ok) return { error: await say(access.error) };
  const parsed = classId.safeParse(id);
  if (!parsed.success || !(await leaveClass(access.who.id, parsed.data)))
    return { error: await say("classes.notInClass") };
  redirect("/classes");
}

export async function rotateCodeAction(id: unknown): Promise<{ error: string | null }> {
  const access = await requireTeacher();
  if (!access.ok) return { error: await say(access.error) };
  const parsed = classId.safeParse(id);
  const code = parsed.success ? await rotateJoinCode(access.who.id, parsed.data, new Date()) : null;
  if (!code) return { error: await say("classes.notYourClass") };
  revalidatePath(`/classes/${parsed.data}`);
  return { error: null };
}
