"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireAccount, requireTeacher } from "@/lib/auth/access";
import { currentCaller } from "@/lib/auth/current-learner";
import { takeJoinGuess } from "@/lib/auth/limits";
import { parseLocal } from "@/lib/classes/local-time";
import { createAssignment, createClass, joinClass, leaveClass, makeTeacher, rotateJoinCode } from "@/lib/db";
import { formFields } from "@/lib/http/form-fields";
import { learnerTzOffset } from "@/lib/http/tz";
import { getGlobalT } from "@/lib/i18n/server";
import type { MsgKey } from "@/lib/i18n/translate";
import { newAssignmentKey, startAssignment } from "@/lib/practice/assignments";
import { ASSIGNMENT_LIMITS, assignmentForm, classId, className, joinCode } from "@/lib/practice/class-schemas";
import { practiceSpec, quizQuestions } from "@/lib/quiz";
import { LIVE_VERSION } from "@/lib/versions";

/** A form's refusal, already in the caller's language, with what they typed. */
export type FormState = { error: string | null; value: string };

const JOIN_REFUSAL = {
  unknown: "classes.joinUnknown",
  expired: "classes.joinExpired",
  "own-class": "classes.joinOwnClass",
} as const satisfies Record<string, MsgKey>;

/** A refusal in the caller's language. */
async function say(key: MsgKey): Promise<string> {
  return (await getGlobalT())(key, ASSIGNMENT_LIMITS);
}

/** The first issue of a failed parse (a message key in our schemas), or `fallback` for zod's own wording. */
async function refusalOf(issues: readonly { message: string }[], fallback: MsgKey): Promise<string> {
  const t = await getGlobalT();
  const message = issues[0]?.message ?? "";
  return t(t.isKey(message) ? message : fallback, ASSIGNMENT_LIMITS);
}

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

const ASSIGNMENT_FIELDS = [
  "title",
  "focus",
  "level",
  "count",
  "lang",
  "opens",
  "due",
  "minutes",
  "attempts",
  "seeds",
  "same",
  "reveal",
] as const;

export type AssignmentFormState = { error: string | null; values: Record<string, string> };

/** Sets an assignment for one of the teacher's classes. Bad input comes back with the form as typed. */
export async function createAssignmentAction(
  classIdArg: unknown,
  _previous: unknown,
  form: unknown,
): Promise<AssignmentFormState> {
  const fields = formFields(form, ASSIGNMENT_FIELDS);
  const values: Record<string, string> = {};
  for (const key of ASSIGNMENT_FIELDS) values[key] = fields?.[key] ?? "";
  const access = await requireTeacher();
  if (!access.ok) return { error: await say(access.error), values };
  if (!fields) return { error: await say("classes.checkForm"), values };
  const target = classId.safeParse(classIdArg);
  if (!target.success) return { error: await say("classes.notYourClass"), values };
  const classIdValue = target.data;
  const parsed = assignmentForm.safeParse(values);
  if (!parsed.success) return { error: await refusalOf(parsed.error.issues, "classes.checkForm"), values };
  const tz = await learnerTzOffset();
  const now = new Date();
  const f = parsed.data;
  const opensAt = f.opens === "" ? now : parseLocal(f.opens, tz);
  const dueAt = parseLocal(f.due, tz);
  if (!opensAt) return { error: await say("classes.opensNotDate"), values };
  if (!dueAt) return { error: await say("classes.dueNotDate"), values };
  if (dueAt.getTime() <= Math.max(now.getTime(), opensAt.getTime())) {
    return { error: await say("classes.dueOrder"), values };
  }
  const spec = {
    generator: LIVE_VERSION,
    count: f.count,
    level: f.level === "any" ? null : f.level,
    focus: f.focus,
    lang: f.lang,
  };
  if (quizQuestions(practiceSpec({ ...spec, seed: 1, only: null })).length === 0) {
    return { error: await say("classes.noQuestions"), values };
  }
  const created = await createAssignment(access.who.id, classIdValue, {
    title: f.title,
    spec,
    seedKey: newAssignmentKey(),
    perStudentSeed: f.seeds === "per-student",
    sameQuestions: f.same === "on",
    reveal: f.reveal,
    opensAt,
    dueAt,
    timeLimitS: f.minutes === "" ? null : Number(f.minutes) * 60,
    maxAttempts: f.attempts,
  });
  if (!created) return { error: await say("classes.notYourClass"), values };
  revalidatePath(`/classes/${classIdValue}`);
  return { error: null, values: {} };
}

/** A student starts (or is sent back to) their attempt at an assignment. */
export async function startAssignmentAction(assignmentId: unknown): Promise<{ error: string | null }> {
  const caller = await currentCaller();
  if (!caller?.user) return { error: await say("classes.signInToTake") };
  const parsed = classId.safeParse(assignmentId);
  if (!parsed.success) return { error: await say("classes.noSuchAssignment") };
  const result = await startAssignment(caller.user, caller.learner.id, parsed.data, new Date());
  if (!result.ok) return { error: await say(result.error) };
  redirect(`/quiz/${result.attemptId}`);
}
