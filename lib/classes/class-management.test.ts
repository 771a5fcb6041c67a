import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { submitAnswer } from "@/lib/attempts/attempts";
import { JOIN_LIMITS, takeJoinGuess } from "@/lib/auth/limits";
import {
  type AssignmentInput,
  assignmentFootprint,
  assignmentForTeacher,
  changeAssignment,
  changeAssignmentTimes,
  createAssignment,
  createClass,
  deleteAssignment,
  findAttempt,
  joinClass,
  setAssignmentClosed,
} from "@/lib/db";
import { quizQuestions } from "@/lib/quiz";
import { LIVE_VERSION } from "@/lib/versions";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { testUser } from "@/tests/support/people";
import { newAssignmentKey, startAssignment } from "./assignments";
import { classGrid } from "./class-grid";
import { joinPreview } from "./join-preview";
import { studentResults } from "./student-results";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

const soon = (seconds: number) => new Date(Date.now() + seconds * 1000);

const user = (id: string, role = "student") => testUser(db.client, id, role);

const input = () => ({
  title: "Handshake check",
  spec: {
    generator: LIVE_VERSION,
    count: 5,
    level: "basics" as const,
    focus: "handshake" as const,
    lang: "en" as const,
  },
  seedKey: newAssignmentKey(),
  perStudentSeed: false,
  sameQuestions: false,
  reveal: "question" as const,
  opensAt: soon(-60),
  dueAt: soon(3600),
  timeLimitS: null,
  maxAttempts: 2,
});

async function setUp() {
  const tess = await user("tess", "teacher");
  const otto = await user("otto", "teacher");
  const sam = await user("sam");
  const sue = await user("sue");
  const { id: classId } = await createClass(tess.id, "Networks", db.client);
  const code = (await db.client.class.findUniqueOrThrow({ where: { id: classId } })).joinCode;
  await joinClass(sam.id, code, new Date(), db.client);
  await joinClass(sue.id, code, new Date(), db.client);
  const created = await createAssignment(tess.id, classId, input(), db.client);
  return { tess, otto, sam, sue, classId, code, assignmentId: created?.id ?? "" };
}

/** Starts an attempt for the student and answers its questions: right for the first `right`, wrong after. */
async function take(who: { id: string; learner: { id: string } }, assignmentId: string, right: number, answer = 99) {
  const started = await startAssignment({ id: who.id }, who.learner.id, assignmentId, new Date(), db.client);
  if (!started.ok) throw new Error(started.error);
  const attempt = await findAttempt(who.learner.id, started.attemptId, db.client);
  const questions = quizQuestions(attempt?.spec ?? ({} as never));
  for (const [i, q] of questions.slice(0, answer).entries()) {
    const wrong =
      q.format === "choice"
        ? (q.choices ?? []).find((c) => c !== q.answer)
        : q.format === "order"
          ? [...(q.answer as string[])].reverse()
          : q.answer === "CLOSED"
            ? "LISTEN"
            : "CLOSED";
    const response = i < right ? q.answer : wrong;
    await submitAnswer(
      who.learner.id,
      started.attemptId,
      { questionId: `q${i + 1}`, response: response as string },
      db.client,
    );
  }
  return { attemptId: started.attemptId, questions };
}

const settings = (overrides: Partial<AssignmentInput> = {}) => {
  const { seedKey: _, spec, ...rest } = { ...input(), ...overrides };
  const { generator: __, ...kept } = spec;
  return { ...rest, spec: kept };
};

describe("changing an assignment", () => {
  it("changes everything before anyone starts, keeping its secret key and generator", async () => {
    const { tess, otto, assignmentId } = await setUp();
    const before = await assignmentForTeacher(tess.id, assignmentId, db.client);
    const changed = settings({
      title: "Teardown check",
      spec: { ...input().spec, focus: "teardown", count: 8 },
      reveal: "due",
    });
    expect(await changeAssignment(otto.id, assignmentId, changed, db.client)).toBe("not-yours");
    expect(await changeAssignment(tess.id, assignmentId, changed, db.client)).toBe("changed");
    const after = await assignmentForTeacher(tess.id, assignmentId, db.client);
    expect(after).toMatchObject({ title: "Teardown check", reveal: "due", spec: { focus: "teardown", count: 8 } });
    expect(after?.seedKey).toBe(before?.seedKey);
    expect(after?.spec.generator).toBe(before?.spec.generator);
  });

  it("once a student has started, refuses every change but the dates and the time limit", async () => {
    const { tess, otto, sam, assignmentId } = await setUp();
    await take(sam, assignmentId, 1, 1);
    const changed = settings({ title: "Sneaky", maxAttempts: 5 });
    expect(await changeAssignment(tess.id, assignmentId, changed, db.client)).toBe("started");
    expect((await assignmentForTeacher(tess.id, assignmentId, db.client))?.title).toBe("Handshake check");
    const dueAt = soon(7200);
    expect(
      await changeAssignmentTimes(otto.id, assignmentId, { opensAt: soon(-60), dueAt, timeLimitS: 600 }, db.client),
    ).toBe(false);
    expect(
      await changeAssignmentTimes(tess.id, assignmentId, { opensAt: soon(-60), dueAt, timeLimitS: 600 }, db.client),
    ).toBe(true);
    const after = await assignmentForTeacher(tess.id, assignmentId, db.client);
    expect(after).toMatchObject({ title: "Handshake check", maxAttempts: 2, timeLimitS: 600, dueAt });
  });

  it("closing early stops starts and answers, running attempts too; reopening lets them in again", async () => {
    const { tess, otto, sam, sue, assignmentId } = await setUp();
    const running = await startAssignment({ id: sam.id }, sam.learner.id, assignmentId, new Date(), db.client);
    expect(running.ok).toBe(true);
    expect(await setAssignmentClosed(otto.id, assignmentId, new Date(), db.client)).toBe(false);
    expect(await setAssignmentClosed(tess.id, assignmentId, new Date(Date.now() - 1000), db.client)).toBe(true);
    expect(await startAssignment({ id: sue.id }, sue.learner.id, assignmentId, new Date(), db.client)).toMatchObject({
      ok: false,
      error: "classes.closedEarly",
    });
    const attemptId = running.ok ? running.attemptId : "";
    const attempt = await findAttempt(sam.learner.id, attemptId, db.client);
    const q = quizQuestions(attempt?.spec ?? ({} as never))[0];
    const refused = await submitAnswer(
      sam.learner.id,
      attemptId,
      { questionId: "q1", response: q?.answer as string },
      db.client,
    );
    expect(refused).toMatchObject({ status: 403 });
    expect(await db.client.answer.count()).toBe(0);
    // Closing again keeps the first close.
    const first = (await assignmentForTeacher(tess.id, assignmentId, db.client))?.closedAt;
    await setAssignmentClosed(tess.id, assignmentId, new Date(), db.client);
    expect((await assignmentForTeacher(tess.id, assignmentId, db.client))?.closedAt).toEqual(first);
    expect(await setAssignmentClosed(tess.id, assignmentId, null, db.client)).toBe(true);
    expect((await startAssignment({ id: sue.id }, sue.learner.id, assignmentId, new Date(), db.client)).ok).toBe(true);
  });

  it("deleting takes every attempt and answer with it, and counts them first; nobody else's", async () => {
    const { tess, otto, sam, sue, classId, assignmentId } = await setUp();
    const other = await createAssignment(tess.id, classId, input(), db.client);
    await take(sam, assignmentId, 3);
    await take(sam, assignmentId, 5);
    await take(sue, assignmentId, 2, 2);
    await take(sue, other?.id ?? "", 1, 1);
    expect(await assignmentFootprint(assignmentId, db.client)).toEqual({ attempts: 3, students: 2, answers: 12 });
    expect(await deleteAssignment(otto.id, assignmentId, db.client)).toBe(false);
    expect(await deleteAssignment(tess.id, assignmentId, db.client)).toBe(true);
    expect(await db.client.assignment.count()).toBe(1);
    expect(await db.client.attempt.count()).toBe(1);
    expect(await db.client.answer.count()).toBe(1);
    expect(await deleteAssignment(tess.id, assignmentId, db.client)).toBe(false);
  });
});

describe("results in detail", () => {
  it("the class at a glance: each student's best score per assignment, or where they stand", async () => {
    const { classId, sam, sue, assignmentId, tess } = await setUp();
    const later = await createAssignment(
      tess.id,
      classId,
      { ...input(), title: "Later", opensAt: soon(600) },
      db.client,
    );
    await take(sam, assignmentId, 2);
    await take(sam, assignmentId, 4);
    await take(sue, assignmentId, 1, 2);
    const grid = await classGrid(classId, new Date(), db.client);
    expect(grid.assignments.map((a) => a.title)).toEqual(["Handshake check", "Later"]);
    const cells = Object.fromEntries(grid.students.map((s) => [s.name, s.cells]));
    expect(cells.sam?.[0]).toMatchObject({ status: "submitted", best: 4, attempts: 2 });
    expect(cells.sue?.[0]).toMatchObject({ status: "in progress", best: null, attempts: 1 });
    expect(cells.sam?.[1]).toMatchObject({ assignmentId: later?.id, status: "upcoming", best: null, attempts: 0 });
    // Figure 5 counts every answer about an arc, right and wrong.
    const asked = grid.arcs.filter((a) => a.total > 0);
    expect(asked.reduce((n, a) => n + a.total, 0)).toBe(
      await db.client.answer.count({ where: { basisKey: { in: asked.map((a) => a.key) } } }),
    );
  });

  it("one student: every answer of every attempt, with the right answer, and the questions left unanswered", async () => {
    const { tess, sam, sue, assignmentId } = await setUp();
    const first = await take(sam, assignmentId, 2, 3);
    const a = await assignmentForTeacher(tess.id, assignmentId, db.client);
    if (!a) throw new Error("no assignment");
    const detail = await studentResults(a, sam.id, new Date(), db.client);
    expect(detail?.status).toBe("in progress");
    const rows = detail?.attempts[0]?.questions ?? [];
    expect(rows.map((r) => r.correct)).toEqual([true, true, false, null, null]);
    expect(rows.map((r) => r.prompt)).toEqual(first.questions.map((q) => q.prompt));
    expect(rows[0]?.response).toEqual(first.questions[0]?.answer);
    expect(rows[2]?.response).not.toEqual(rows[2]?.answer);
    expect(rows[3]?.response).toBeNull();
    expect(rows.every((r) => r.explanation.length > 0)).toBe(true);
    expect((await studentResults(a, sue.id, new Date(), db.client))?.attempts).toEqual([]);
    expect(await studentResults(a, "nobody", new Date(), db.client)).toBeNull();
    expect(await studentResults(a, tess.id, new Date(), db.client)).toBeNull();
  });
});

describe("the join page's preview", () => {
  it("names the class and its teacher for a current code, says why for the others, and limits lookups", async () => {
    const { sam, classId, code } = await setUp();
    const sid = await user("sid");
    expect(await joinPreview(sid.id, code, null, new Date(), db.client)).toMatchObject({
      ok: true,
      classId,
      name: "Networks",
      teacherName: "tess",
      member: false,
      own: false,
    });
    expect(await joinPreview(sam.id, code, null, new Date(), db.client)).toMatchObject({ ok: true, member: true });
    expect(await joinPreview(sid.id, "ZZZZZZ", null, new Date(), db.client)).toEqual({ ok: false, reason: "unknown" });
    expect(await joinPreview(sid.id, code, null, soon(31 * 86_400), db.client)).toEqual({
      ok: false,
      reason: "expired",
    });
    // Opening the page of a real code again and again uses nothing up.
    const now = new Date();
    for (let i = 0; i < JOIN_LIMITS.account.max + 2; i++) {
      expect(await joinPreview("reader", code, "192.0.2.1", now, db.client)).toMatchObject({ ok: true });
    }
    // Codes that name no class are guesses, counted with the join form's: then even a real code is refused.
    for (let i = 0; i < JOIN_LIMITS.account.max; i++) {
      await joinPreview("guesser", `Z${String(i).padStart(5, "2")}`, "192.0.2.2", now, db.client);
    }
    expect(await joinPreview("guesser", code, "192.0.2.2", now, db.client)).toMatchObject({
      ok: false,
      reason: "limited",
    });
    expect(await takeJoinGuess("guesser", "192.0.2.2", now.getTime(), db.client)).toMatchObject({ ok: false });
  });
});
