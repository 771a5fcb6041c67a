"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireTeacher } from "@/lib/auth/access";
import { currentCaller } from "@/lib/auth/current-learner";
import { newAssignmentKey, startAssignment } from "@/lib/classes/assignments";
import { closesAt } from "@/lib/classes/rules/assignment";
import { parseLocal } from "@/lib/classes/rules/local-time";
import { assignmentForm, assignmentTimesForm, classId } from "@/lib/classes/schemas";
import {
  type AssignmentRecord,
  assignmentFootprint,
  assignmentForTeacher,
  changeAssignment,
  changeAssignmentTimes,
  createAssignment,
  deleteAssignment,
  setAssignmentClosed,
} from "@/lib/db";
import { formFields } from "@/lib/http/form-fields";
import { learnerTzOffset } from "@/lib/http/tz";
import type { MsgKey } from "@/lib/i18n/translate";
import { practiceSpec, quizQuestions } from "@/lib/quiz";
import { LIVE_VERSION } from "@/lib/versions";
import { refusalOf, say } from "./refusals";

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

type Times = Pick<AssignmentRecord, "opensAt" | "dueAt" | "timeLimitS">;

const minute = (d: Date) => Math.floor(d.getTime() / 60_000);

/**
 * The dates and time limit as typed, in the teacher's zone, or the reason to refuse them. A new assignment is due
 * after now and after it opens; an edited one after it opens, and a due date that is moved must be in the future
 * (closing is how to stop an assignment now). A date typed as it was stays exactly what it was.
 */
function readTimes(
  typed: { opens: string; due: string; minutes: string },
  tz: number,
  now: Date,
  current: Times | null,
): Times | MsgKey {
  const keep = (parsed: Date | null, was: Date | undefined) =>
    parsed && was && minute(parsed) === minute(was) ? was : parsed;
  const opensAt = typed.opens === "" ? now : keep(parseLocal(typed.opens, tz), current?.opensAt);
  const dueAt = keep(parseLocal(typed.due, tz), current?.dueAt);
  if (!opensAt) return "classes.opensNotDate";
  if (!dueAt) return "classes.dueNotDate";
  if (!current && dueAt.getTime() <= Math.max(now.getTime(), opensAt.getTime())) return "classes.dueOrder";
  if (current && dueAt.getTime() <= opensAt.getTime()) return "classes.dueAfterOpens";
  if (current && dueAt !== current.dueAt && dueAt.getTime() <= now.getTime()) return "classes.dueFuture";
  return { opensAt, dueAt, timeLimitS: typed.minutes === "" ? null : Number(typed.minutes) * 60 };
}

/** The form's fields as typed (what a refusal gives back), or null when the argument is not a form at all. */
function typedValues(form: unknown): { fields: boolean; values: Record<string, string> } {
  const fields = formFields(form, ASSIGNMENT_FIELDS);
  const values: Record<string, string> = {};
  for (const key of ASSIGNMENT_FIELDS) values[key] = fields?.[key] ?? "";
  return { fields: fields !== null, values };
}

/** The settings a parsed form sets, or the refusal when its topic and level have no questions. */
function settingsOf(f: ReturnType<typeof assignmentForm.parse>, times: Times) {
  const spec = { count: f.count, level: f.level === "any" ? null : f.level, focus: f.focus, lang: f.lang };
  const empty = quizQuestions(practiceSpec({ ...spec, seed: 1, only: null })).length === 0;
  return {
    empty,
    settings: {
      title: f.title,
      spec,
      perStudentSeed: f.seeds === "per-student",
      sameQuestions: f.same === "on",
      reveal: f.reveal,
      ...times,
      maxAttempts: f.attempts,
    },
  };
}

/** Sets an assignment for one of the teacher's classes. Bad input comes back with the form as typed. */
export async function createAssignmentAction(
  classIdArg: unknown,
  _previous: unknown,
  form: unknown,
): Promise<AssignmentFormState> {
  const { fields, values } = typedValues(form);
  const access = await requireTeacher();
  if (!access.ok) return { error: await say(access.error), values };
  if (!fields) return { error: await say("classes.checkForm"), values };
  const target = classId.safeParse(classIdArg);
  if (!target.success) return { error: await say("classes.notYourClass"), values };
  const parsed = assignmentForm.safeParse(values);
  if (!parsed.success) return { error: await refusalOf(parsed.error.issues, "classes.checkForm"), values };
  const times = readTimes(parsed.data, await learnerTzOffset(), new Date(), null);
  if (typeof times === "string") return { error: await say(times), values };
  const { empty, settings } = settingsOf(parsed.data, times);
  if (empty) return { error: await say("classes.noQuestions"), values };
  const created = await createAssignment(access.who.id, target.data, {
    ...settings,
    spec: { ...settings.spec, generator: LIVE_VERSION },
    seedKey: newAssignmentKey(),
  });
  if (!created) return { error: await say("classes.notYourClass"), values };
  revalidatePath(`/classes/${target.data}`);
  return { error: null, values: {} };
}

/** The assignment if the caller teaches its class, or the refusal to give. */
async function teachersAssignment(
  assignmentId: unknown,
): Promise<{ a: AssignmentRecord; teacherId: string } | { error: MsgKey }> {
  const access = await requireTeacher();
  if (!access.ok) return { error: access.error };
  const id = classId.safeParse(assignmentId);
  const a = id.success ? await assignmentForTeacher(access.who.id, id.data) : null;
  return a ? { a, teacherId: access.who.id } : { error: "classes.noSuchAssignmentToEdit" };
}

/**
 * Changes an assignment: everything the form sets while nobody has started it, only its dates and time limit after.
 * Its secret key and generator stay, so questions already drawn stay the same. Saved, it goes back to the results.
 */
export async function updateAssignmentAction(
  assignmentId: unknown,
  _previous: unknown,
  form: unknown,
): Promise<AssignmentFormState> {
  const { fields, values } = typedValues(form);
  const found = await teachersAssignment(assignmentId);
  if ("error" in found) return { error: await say(found.error), values };
  if (!fields) return { error: await say("classes.checkForm"), values };
  const { a, teacherId } = found;
  const [tz, footprint] = await Promise.all([learnerTzOffset(), assignmentFootprint(a.id)]);
  const now = new Date();
  if (footprint.attempts > 0) {
    const parsed = assignmentTimesForm.safeParse(values);
    if (!parsed.success) return { error: await refusalOf(parsed.error.issues, "classes.checkForm"), values };
    const times = readTimes(parsed.data, tz, now, a);
    if (typeof times === "string") return { error: await say(times), values };
    if (!(await changeAssignmentTimes(teacherId, a.id, times))) {
      return { error: await say("classes.noSuchAssignmentToEdit"), values };
    }
  } else {
    const parsed = assignmentForm.safeParse(values);
    if (!parsed.success) return { error: await refusalOf(parsed.error.issues, "classes.checkForm"), values };
    const times = readTimes(parsed.data, tz, now, a);
    if (typeof times === "string") return { error: await say(times), values };
    const { empty, settings } = settingsOf(parsed.data, times);
    if (empty) return { error: await say("classes.noQuestions"), values };
    const changed = await changeAssignment(teacherId, a.id, settings);
    if (changed === "started") return { error: await say("classes.startedMeanwhile"), values };
    if (changed === "not-yours") return { error: await say("classes.noSuchAssignmentToEdit"), values };
  }
  revalidatePath(`/classes/${a.classId}`);
  redirect(`/classes/${a.classId}/assignments/${a.id}`);
}

/** Closes an assignment now: no attempt takes another answer, running ones included. */
export async function closeAssignmentAction(assignmentId: unknown): Promise<{ error: string | null }> {
  return setClosed(assignmentId, true);
}

/** Reopens an assignment closed early, until its due date. */
export async function reopenAssignmentAction(assignmentId: unknown): Promise<{ error: string | null }> {
  return setClosed(assignmentId, false);
}

async function setClosed(assignmentId: unknown, close: boolean): Promise<{ error: string | null }> {
  const found = await teachersAssignment(assignmentId);
  if ("error" in found) return { error: await say(found.error) };
  const { a, teacherId } = found;
  const now = new Date();
  if (!close && a.dueAt.getTime() <= now.getTime()) return { error: await say("classes.reopenPastDue") };
  // Closing one that has already stopped (closed, or past due) changes nothing.
  if (!close || now.getTime() < closesAt(a).getTime()) await setAssignmentClosed(teacherId, a.id, close ? now : null);
  revalidatePath(`/classes/${a.classId}`);
  revalidatePath(`/classes/${a.classId}/assignments/${a.id}`);
  return { error: null };
}

/** Deletes an assignment with its attempts and answers (the dialog said so first), then goes back to the class. */
export async function deleteAssignmentAction(assignmentId: unknown): Promise<{ error: string | null }> {
  const found = await teachersAssignment(assignmentId);
  if ("error" in found) return { error: await say(found.error) };
  const { a, teacherId } = found;
  if (!(await deleteAssignment(teacherId, a.id))) return { error: await say("classes.noSuchAssignmentToEdit") };
  revalidatePath(`/classes/${a.classId}`);
  redirect(`/classes/${a.classId}`);
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
