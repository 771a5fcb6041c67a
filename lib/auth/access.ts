// The one place every protected action asks who is calling and whether they may. Ownership of a class is checked
// by the class functions in lib/db, which read only what the caller teaches or belongs to.
import { type AssignmentRecord, assignmentForTeacher } from "@/lib/db";
import type { MsgKey } from "@/lib/i18n/translate";
import { type Caller, currentCaller } from "./current-learner";

export type Account = NonNullable<Caller["user"]>;
/** Who is asking, or the reason to refuse them as a message key (the action says it in the caller's language). */
export type Access<T> = { ok: true; who: T } | { ok: false; error: MsgKey };

export const SIGN_IN_FIRST = "classes.signInFirst" satisfies MsgKey;
export const TEACHERS_ONLY = "classes.teachersOnly" satisfies MsgKey;

/** A signed-in account, or the reason to give. */
export async function requireAccount(): Promise<Access<Account>> {
  // Accounts only: a guest is neither made nor needed here.
  const caller = await currentCaller({ newGuest: false });
  return caller?.user ? { ok: true, who: caller.user } : { ok: false, error: SIGN_IN_FIRST };
}

/** A signed-in teacher, or the reason to give. The role comes from the database, never from the request. */
export async function requireTeacher(): Promise<Access<Account>> {
  const account = await requireAccount();
  if (!account.ok) return account;
  return account.who.role === "teacher" ? account : { ok: false, error: TEACHERS_ONLY };
}

/** The assignment if the caller teaches its class and it belongs to `classId`; null (a 404) for anyone else. */
export async function assignmentOfTeacher(classId: string, assignmentId: string): Promise<AssignmentRecord | null> {
  const caller = await currentCaller({ newGuest: false });
  if (!caller?.user || assignmentId.length > 40) return null;
  const assignment = await assignmentForTeacher(caller.user.id, assignmentId);
  return assignment && assignment.classId === classId ? assignment : null;
}
