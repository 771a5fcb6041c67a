import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAssignment, createClass, findAttempt, joinClass, learnerForUser, openDatabase } from "@/lib/db";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { isMsgKey } from "@/lib/i18n/global";
import { quizQuestions } from "@/lib/quiz";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { START_REFUSAL, startAssignment } from "./assignments";
import { submitAnswer } from "./attempts";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

const soon = (seconds: number) => new Date(Date.now() + seconds * 1000);

async function user(id: string, role = "student") {
  await db.client.user.create({ data: { id, name: id, email: `${id}@example.com`, role } });
  return { id, learner: await learnerForUser(id, id, db.client) };
}

async function setUp(rules: { timeLimitS?: number | null; perStudentSeed?: boolean; maxAttempts?: number } = {}) {
  const teacher = await user("tess", "teacher");
  const other = await user("otto", "teacher");
  const sam = await user("sam");
  const sue = await user("sue");
  const sid = await user("sid");
  const { id: classId } = await createClass(teacher.id, "Networks", db.client);
  const code = (await db.client.class.findUniqueOrThrow({ where: { id: classId } })).joinCode;
  await joinClass(sam.id, code, new Date(), db.client);
  await joinClass(sue.id, code, new Date(), db.client);
  const input = {
    title: "Handshake check",
    spec: { count: 5, level: "basics" as const, focus: "handshake" as const, lang: "en" as const },
    seed: 1234,
    perStudentSeed: rules.perStudentSeed ?? false,
    opensAt: soon(-60),
    dueAt: soon(3600),
    timeLimitS: rules.timeLimitS ?? null,
    maxAttempts: rules.maxAttempts ?? 1,
  };
  expect(await createAssignment(other.id, classId, input, db.client)).toBeNull();
  const created = await createAssignment(teacher.id, classId, input, db.client);
  return { teacher, sam, sue, sid, assignmentId: created?.id ?? "", input };
}

async function firstAnswer(learnerId: string, attemptId: string, now?: Date) {
  const attempt = await findAttempt(learnerId, attemptId, db.client);
  const q = quizQuestions(attempt!.spec)[0]!;
  return submitAnswer(learnerId, attemptId, { questionId: q.id, response: q.answer }, db.client, now);
}

describe("assignments", () => {
  it("refuse a start with a message both languages have", () => {
    for (const key of Object.values(START_REFUSAL)) expect(isMsgKey(key), key).toBe(true);
    expect(globalTranslatorFor("zh-CN")(START_REFUSAL["past due"])).toBe("这份作业已经过了截止时间。");
  });

  it("a member starts one attempt and answers; a second start while it runs, and a stranger, are refused", async () => {
    const { sam, sid, assignmentId } = await setUp();
    const started = await startAssignment(sam, sam.learner.id, assignmentId, new Date(), db.client);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(await startAssignment(sam, sam.learner.id, assignmentId, new Date(), db.client)).toMatchObject({
      status: 409,
      error: "classes.attemptRunning",
    });
    expect(await startAssignment(sid, sid.learner.id, assignmentId, new Date(), db.client)).toMatchObject({
      status: 404,
      error: "classes.noSuchAssignment",
    });
    expect((await firstAnswer(sam.learner.id, started.attemptId)).status).toBe(200);
    expect(await db.client.attempt.count({ where: { assignmentId } })).toBe(1);
  });

  it("two starts pressed at the same moment make one attempt, not one past the limit", async () => {
    const { sam, assignmentId } = await setUp({ maxAttempts: 1 });
    const results = await Promise.all(
      Array.from({ length: 8 }, () => startAssignment(sam, sam.learner.id, assignmentId, new Date(), db.client)),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.client.attempt.count({ where: { assignmentId } })).toBe(1);
  });

  it("two app servers on one database, pressed at the same moment, make the attempts allowed and no more", async () => {
    const { sam, assignmentId } = await setUp({ maxAttempts: 2 });
    // The second server: a connection of its own to the same database, and a fresh copy of this module, so its
    // starts do not wait in this one's queue (as on another machine).
    const otherDb = await openDatabase(db.url);
    vi.resetModules();
    const other = await import("./assignments");
    expect(other.startAssignment).not.toBe(startAssignment);
    try {
      const bothAtOnce = () =>
        Promise.all([
          startAssignment(sam, sam.learner.id, assignmentId, new Date(), db.client),
          other.startAssignment(sam, sam.learner.id, assignmentId, new Date(), otherDb),
        ]);
      const first = await bothAtOnce();
      // The later press is answered as on one server: the attempt the earlier one started is running.
      expect(first.filter((r) => r.ok)).toHaveLength(1);
      expect(first.find((r) => !r.ok)).toEqual({ ok: false, status: 409, error: "classes.attemptRunning" });

      const started = first.find((r) => r.ok);
      if (!started?.ok) throw new Error("no attempt started");
      await db.client.attempt.update({ where: { id: started.attemptId }, data: { finishedAt: new Date() } });
      const second = await bothAtOnce();
      expect(second.filter((r) => r.ok)).toHaveLength(1);
      await db.client.attempt.updateMany({ where: { assignmentId }, data: { finishedAt: new Date() } });
      const third = await bothAtOnce();
      expect(third).toEqual([
        { ok: false, status: 409, error: "classes.noAttemptsLeft" },
        { ok: false, status: 409, error: "classes.noAttemptsLeft" },
      ]);
      const made = await db.client.attempt.findMany({ where: { assignmentId }, orderBy: { startedAt: "asc" } });
      expect(made.map((a) => a.number)).toEqual([1, 2]);
    } finally {
      await otherDb.$disconnect();
    }
  });

  it("answers after the time limit or the due date are refused and nothing is recorded", async () => {
    const { sam, assignmentId } = await setUp({ timeLimitS: 60 });
    const started = await startAssignment(sam, sam.learner.id, assignmentId, new Date(), db.client);
    if (!started.ok) throw new Error(started.error);
    const late = await firstAnswer(sam.learner.id, started.attemptId, soon(61));
    expect(late).toMatchObject({ status: 403, error: "quiz.attemptTimeUp" });
    const pastDue = await firstAnswer(sam.learner.id, started.attemptId, soon(3601));
    expect(pastDue).toMatchObject({ status: 403, error: "quiz.pastDue" });
    expect(await db.client.answer.count()).toBe(0);
    expect(await startAssignment(sam, sam.learner.id, assignmentId, soon(3601), db.client)).toMatchObject({
      status: 409,
      error: "classes.pastDue",
    });
  });

  it("a shared seed gives the whole class the same questions (per-student seeds: lib/classes/assignment.test.ts)", async () => {
    const shared = await setUp();
    const a = await startAssignment(shared.sam, shared.sam.learner.id, shared.assignmentId, new Date(), db.client);
    const b = await startAssignment(shared.sue, shared.sue.learner.id, shared.assignmentId, new Date(), db.client);
    const seeds = await db.client.attempt.findMany({ select: { seed: true } });
    expect(a.ok && b.ok).toBe(true);
    expect(new Set(seeds.map((s) => s.seed)).size).toBe(1);
  });
});
