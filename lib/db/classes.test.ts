import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import {
  classesJoined,
  classForMember,
  classForTeacher,
  createClass,
  joinClass,
  leaveClass,
  rotateJoinCode,
} from "./classes";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

const now = new Date("2026-11-24T09:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);

async function user(id: string, role = "student") {
  await db.client.user.create({ data: { id, name: id, email: `${id}@example.com`, role } });
  return id;
}

async function setUp() {
  const teacher = await user("tess", "teacher");
  const other = await user("otto", "teacher");
  const student = await user("sam");
  const stranger = await user("sid");
  const { id } = await createClass(teacher, "Networks 101", db.client);
  await db.client.class.update({ where: { id }, data: { joinCodeSetAt: now } });
  const code = (await classForTeacher(teacher, id, db.client))?.joinCode ?? "";
  return { teacher, other, student, stranger, id, code };
}

describe("classes", () => {
  it("a student joins with the code; the teacher sees them on the roster, the student sees the class only", async () => {
    const { teacher, student, id, code } = await setUp();
    expect(await joinClass(student, code, now, db.client)).toEqual({ ok: true, classId: id, already: false });
    expect(await joinClass(student, code, now, db.client)).toEqual({ ok: true, classId: id, already: true });
    const taught = await classForTeacher(teacher, id, db.client);
    expect(taught?.roster.map((r) => r.userId)).toEqual([student]);
    const seen = await classForMember(student, id, db.client);
    expect(seen).toMatchObject({ name: "Networks 101", teacherName: "tess", members: 1 });
    expect(seen).not.toHaveProperty("roster");
    expect(seen).not.toHaveProperty("joinCode");
  });

  it("another teacher, a student and a stranger get nothing for a class id they guessed", async () => {
    const { other, student, stranger, id, code } = await setUp();
    await joinClass(student, code, now, db.client);
    expect(await classForTeacher(other, id, db.client)).toBeNull();
    expect(await classForTeacher(student, id, db.client)).toBeNull();
    expect(await classForMember(stranger, id, db.client)).toBeNull();
    expect(await rotateJoinCode(other, id, now, db.client)).toBeNull();
    expect(await rotateJoinCode(student, id, now, db.client)).toBeNull();
    expect((await db.client.class.findUniqueOrThrow({ where: { id } })).joinCode).toBe(code);
  });

  it("a replaced code stops working at once; the new one works", async () => {
    const { teacher, student, stranger, code } = await setUp();
    const { id } = await db.client.class.findFirstOrThrow();
    const fresh = await rotateJoinCode(teacher, id, now, db.client);
    expect(fresh).not.toBe(code);
    expect(await joinClass(student, code, now, db.client)).toEqual({ ok: false, reason: "unknown" });
    expect(await joinClass(stranger, fresh ?? "", now, db.client)).toMatchObject({ ok: true });
    expect(await db.client.membership.count()).toBe(1);
  });

  it("an expired code is refused and changes nothing; the teacher cannot join their own class", async () => {
    const { teacher, student, code } = await setUp();
    expect(await joinClass(student, code, days(31), db.client)).toEqual({ ok: false, reason: "expired" });
    expect(await joinClass(teacher, code, now, db.client)).toEqual({ ok: false, reason: "own-class" });
    expect(await db.client.membership.count()).toBe(0);
  });

  it("a student can leave, and then no longer sees the class", async () => {
    const { student, id, code } = await setUp();
    await joinClass(student, code, now, db.client);
    expect(await leaveClass(student, id, db.client)).toBe(true);
    expect(await classForMember(student, id, db.client)).toBeNull();
    expect(await classesJoined(student, db.client)).toEqual([]);
    expect(await leaveClass(student, id, db.client)).toBe(false);
  });
});
