"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAccount, requireTeacher } from "@/lib/auth/access";
import { createClass, joinClass, leaveClass, makeTeacher, rotateJoinCode } from "@/lib/db";
import { classId, className, joinCode } from "@/lib/practice/class-schemas";

export type FormState = { error: string | null; value: string };

const JOIN_REFUSAL = {
  unknown: "No class has that code. Check it with your teacher: it may have been replaced by a new one.",
  expired: "That code has expired. Ask your teacher for the current one.",
  "own-class": "This is your own class: your students join it with this code.",
} as const;

/** "I teach": makes the signed-in account a teacher. */
export async function becomeTeacher(): Promise<{ error: string | null }> {
  const access = await requireAccount();
  if (!access.ok) return { error: access.error };
  await makeTeacher(access.who.id);
  revalidatePath("/classes");
  return { error: null };
}

export async function createClassAction(_previous: FormState, form: FormData): Promise<FormState> {
  const value = String(form.get("name") ?? "");
  const access = await requireTeacher();
  if (!access.ok) return { error: access.error, value };
  const parsed = className.safeParse({ name: value });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the name.", value };
  const { id } = await createClass(access.who.id, parsed.data.name);
  redirect(`/classes/${id}`);
}

export async function joinClassAction(_previous: FormState, form: FormData): Promise<FormState> {
  const value = String(form.get("code") ?? "");
  const access = await requireAccount();
  if (!access.ok) return { error: access.error, value };
  const parsed = joinCode.safeParse({ code: value });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? "Check the code.", value };
  const result = await joinClass(access.who.id, parsed.data.code, new Date());
  if (!result.ok) return { error: JOIN_REFUSAL[result.reason], value };
  redirect(`/classes/${result.classId}`);
}

export async function leaveClassAction(id: unknown): Promise<{ error: string | null }> {
  const access = await requireAccount();
  if (!access.ok) return { error: access.error };
  const parsed = classId.safeParse(id);
  if (!parsed.success || !(await leaveClass(access.who.id, parsed.data)))
    return { error: "You are not in that class." };
  redirect("/classes");
}

export async function rotateCodeAction(id: unknown): Promise<{ error: string | null }> {
  const access = await requireTeacher();
  if (!access.ok) return { error: access.error };
  const parsed = classId.safeParse(id);
  const code = parsed.success ? await rotateJoinCode(access.who.id, parsed.data, new Date()) : null;
  if (!code) return { error: "That class is not one of yours." };
  revalidatePath(`/classes/${parsed.data}`);
  return { error: null };
}
