// Classes and memberships. Every read is scoped to the person asking: a class someone neither teaches nor
// belongs to reads as null, exactly like one that does not exist, so guessing ids finds nothing.
import crypto from "node:crypto";
import { codeExpired, codeExpiresAt, codeFrom } from "@/lib/classes/rules/join-code";
import { Prisma } from "@/lib/generated/prisma/client";
import { type DbClient, database } from "./client";

export type ClassSummary = { id: string; name: string; teacherName: string; members: number; createdAt: Date };
export type TeacherClass = ClassSummary & {
  joinCode: string;
  codeExpiresAt: Date;
  roster: { userId: string; name: string; email: string; joinedAt: Date }[];
};

const newCode = () => codeFrom(crypto.randomBytes(8));

/** What a class summary reads besides the class row: its teacher's name and how many students it has. */
const summaryInclude = { teacher: { select: { name: true } }, _count: { select: { members: true } } } as const;

function toSummary(row: {
  id: string;
  name: string;
  createdAt: Date;
  teacher: { name: string };
  _count: { members: number };
}): ClassSummary {
  return {
    id: row.id,
    name: row.name,
    teacherName: row.teacher.name,
    members: row._count.members,
    createdAt: row.createdAt,
  };
}

/** Retries the rare collision with an existing code. */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(newCode());
    } catch (error) {
      const duplicate = error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
      if (!duplicate || attempt >= 5) throw error;
    }
  }
}

export async function createClass(teacherId: string, name: string, client?: DbClient): Promise<{ id: string }> {
  const db = client ?? (await database());
  return withFreshCode((joinCode) => db.class.create({ data: { name, teacherId, joinCode }, select: { id: true } }));
}

/** The class if `teacherId` teaches it, with its code and roster; null otherwise. */
export async function classForTeacher(
  teacherId: string,
  classId: string,
  client?: DbClient,
): Promise<TeacherClass | null> {
  const db = client ?? (await database());
  const row = await db.class.findFirst({
    where: { id: classId, teacherId },
    include: {
      teacher: { select: { name: true } },
      members: { include: { user: { select: { name: true, email: true } } }, orderBy: { joinedAt: "asc" } },
    },
  });
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    teacherName: row.teacher.name,
    members: row.members.length,
    createdAt: row.createdAt,
    joinCode: row.joinCode,
    codeExpiresAt: codeExpiresAt(row.joinCodeSetAt),
    roster: row.members.map((m) => ({
      userId: m.userId,
      name: m.user.name,
      email: m.user.email,
      joinedAt: m.joinedAt,
    })),
  };
}

/** The class if `userId` is a member; null otherwise. Members see the class, not the roster. */
export async function classForMember(userId: string, classId: string, client?: DbClient): Promise<ClassSummary | null> {
  const db = client ?? (await database());
  const row = await db.class.findFirst({
    where: { id: classId, members: { some: { userId } } },
    include: summaryInclude,
  });
  return row ? toSummary(row) : null;
}

export async function classesTaught(teacherId: string, client?: DbClient): Promise<ClassSummary[]> {
  const db = client ?? (await database());
  const rows = await db.class.findMany({
    where: { teacherId },
    orderBy: { createdAt: "desc" },
    include: summaryInclude,
  });
  return rows.map(toSummary);
}

export async function classesJoined(userId: string, client?: DbClient): Promise<ClassSummary[]> {
  const db = client ?? (await database());
  const rows = await db.class.findMany({
    where: { members: { some: { userId } } },
    orderBy: { createdAt: "desc" },
    include: summaryInclude,
  });
  return rows.map(toSummary);
}

export type CodeLookup =
  | { ok: true; classId: string; name: string; teacherName: string; member: boolean; own: boolean }
  | { ok: false; reason: "unknown" | "expired" };

/** The class a current code opens, named as the join page names it before anyone joins; the reason if none. */
export async function classForCode(code: string, userId: string, now: Date, client?: DbClient): Promise<CodeLookup> {
  const db = client ?? (await database());
  const found = await db.class.findUnique({
    where: { joinCode: code },
    include: { teacher: { select: { name: true } }, members: { where: { userId }, select: { userId: true } } },
  });
  if (!found) return { ok: false, reason: "unknown" };
  if (codeExpired(found.joinCodeSetAt, now)) return { ok: false, reason: "expired" };
  return {
    ok: true,
    classId: found.id,
    name: found.name,
    teacherName: found.teacher.name,
    member: found.members.length > 0,
    own: found.teacherId === userId,
  };
}

export type JoinResult =
  | { ok: true; classId: string; already: boolean }
  | { ok: false; reason: "unknown" | "expired" | "own-class" };

/** Joins the class whose current code this is. A replaced or expired code, or one's own class, is refused. */
export async function joinClass(userId: string, code: string, now: Date, client?: DbClient): Promise<JoinResult> {
  const db = client ?? (await database());
  const found = await db.class.findUnique({ where: { joinCode: code } });
  if (!found) return { ok: false, reason: "unknown" };
  if (codeExpired(found.joinCodeSetAt, now)) return { ok: false, reason: "expired" };
  if (found.teacherId === userId) return { ok: false, reason: "own-class" };
  const existing = await db.membership.findUnique({ where: { classId_userId: { classId: found.id, userId } } });
  if (existing) return { ok: true, classId: found.id, already: true };
  try {
    await db.membership.create({ data: { classId: found.id, userId } });
  } catch (error) {
    // Two joins at once: the second finds the first's row.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  return { ok: true, classId: found.id, already: false };
}

/** Leaves a class; false if the user was not in it. */
export async function leaveClass(userId: string, classId: string, client?: DbClient): Promise<boolean> {
  const db = client ?? (await database());
  const { count } = await db.membership.deleteMany({ where: { classId, userId } });
  return count > 0;
}

/** A new join code for a class the teacher teaches (the old one stops working); null if not theirs. */
export async function rotateJoinCode(teacherId: string, classId: string, now: Date, client?: DbClient) {
  const db = client ?? (await database());
  const owned = await db.class.findFirst({ where: { id: classId, teacherId }, select: { id: true } });
  if (!owned) return null;
  return withFreshCode(async (joinCode) => {
    await db.class.update({ where: { id: owned.id }, data: { joinCode, joinCodeSetAt: now } });
    return joinCode;
  });
}

/** Makes an account a teacher (anyone may teach their own classes). */
export async function makeTeacher(userId: string, client?: DbClient): Promise<void> {
  const db = client ?? (await database());
  await db.user.update({ where: { id: userId }, data: { role: "teacher" } });
}
