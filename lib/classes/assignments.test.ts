import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadAttempt, resultsOf, retryMissed, runnerView, submitAnswer } from "@/lib/attempts/attempts";
import { keptBack } from "@/lib/attempts/withheld";
import type { Reveal } from "@/lib/classes/rules/assignment";
import {
  answerTallies,
  countAnswers,
  createAssignment,
  createClass,
  findAttempt,
  joinClass,
  leaveClass,
  openDatabase,
} from "@/lib/db";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { isMsgKey } from "@/lib/i18n/global";
import { progressOf } from "@/lib/progress/dashboard";
import { type Question, quizQuestions } from "@/lib/quiz";
import { LIVE_VERSION } from "@/lib/versions";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { testUser } from "@/tests/support/people";
import { newAssignmentKey, START_REFUSAL, startAssignment } from "./assignments";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

const soon = (seconds: number) => new Date(Date.now() + seconds * 1000);

const user = (id: string, role = "student") => testUser(db.client, id, role);

type Rules = {
  timeLimitS?: number | null;
  perStudentSeed?: boolean;
  sameQuestions?: boolean;
  maxAttempts?: number;
  reveal?: Reveal;
};

async function setUp(rules: Rules = {}) {
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
    spec: {
      generator: LIVE_VERSION,
      count: 5,
      level: "basics" as const,
      focus: "handshake" as const,
      lang: "en" as const,
    },
    seedKey: newAssignmentKey(),
    perStudentSeed: rules.perStudentSeed ?? false,
    sameQuestions: rules.sameQuestions ?? false,
    reveal: rules.reveal ?? ("question" as const),
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
  return submitAnswer(learnerId, attemptId, { questionId: "q1", response: q.answer }, db.client, now);
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

  /** The question ids of each student's attempts, attempt by attempt (each finished at once, to allow the next). */
  async function attemptsOf(shape: Rules, attempts: number) {
    const set = await setUp({ ...shape, maxAttempts: attempts });
    const quizzes: Record<string, string[][]> = {};
    for (const who of [set.sam, set.sue]) {
      quizzes[who.id] = [];
      for (let n = 0; n < attempts; n++) {
        const started = await startAssignment(who, who.learner.id, set.assignmentId, new Date(), db.client);
        if (!started.ok) throw new Error(started.error);
        await db.client.attempt.update({ where: { id: started.attemptId }, data: { finishedAt: new Date() } });
        const attempt = await findAttempt(who.learner.id, started.attemptId, db.client);
        quizzes[who.id]?.push(quizQuestions(attempt!.spec).map((q) => q.id));
      }
    }
    return { sam: quizzes.sam!, sue: quizzes.sue! };
  }

  it("draws each attempt from a secret key, never from a public seed", async () => {
    const { sam } = await setUp();
    const started = await startAssignment(
      sam,
      sam.learner.id,
      (await db.client.assignment.findFirstOrThrow()).id,
      new Date(),
      db.client,
    );
    const row = await db.client.attempt.findUniqueOrThrow({ where: { id: started.ok ? started.attemptId : "" } });
    expect(row).toMatchObject({ seed: 0, generator: LIVE_VERSION });
    expect(row.seedKey).toMatch(/^[0-9a-f]{32}$/);
    const assignment = await db.client.assignment.findFirstOrThrow();
    expect(row.seedKey).not.toBe(assignment.seedKey);
  });

  it("gives the class one quiz, and fresh questions for each attempt", async () => {
    const { sam, sue } = await attemptsOf({}, 3);
    expect(sam).toEqual(sue);
    expect(new Set(sam.map((ids) => ids.join())).size).toBe(3);
  });

  it("gives every attempt the first one's questions when the teacher asks for the same questions", async () => {
    const { sam, sue } = await attemptsOf({ sameQuestions: true }, 2);
    expect(sam[1]).toEqual(sam[0]);
    expect(sue).toEqual(sam);
  });

  it("gives each student their own questions, fresh per attempt, or the same per attempt when asked", async () => {
    const fresh = await attemptsOf({ perStudentSeed: true }, 2);
    expect(fresh.sam[0]).not.toEqual(fresh.sue[0]);
    expect(fresh.sam[1]).not.toEqual(fresh.sam[0]);
    await db.close();
    db = await freshDatabase();
    const same = await attemptsOf({ perStudentSeed: true, sameQuestions: true }, 2);
    expect(same.sam[1]).toEqual(same.sam[0]);
    expect(same.sam[0]).not.toEqual(same.sue[0]);
  });

  it("takes no answers from a student who left the class, or after the teacher closed it", async () => {
    const { sam, sue, assignmentId } = await setUp();
    const samStart = await startAssignment(sam, sam.learner.id, assignmentId, new Date(), db.client);
    const sueStart = await startAssignment(sue, sue.learner.id, assignmentId, new Date(), db.client);
    if (!samStart.ok || !sueStart.ok) throw new Error("could not start");
    const classId = (await db.client.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).classId;
    await leaveClass(sam.id, classId, db.client);
    expect(await firstAnswer(sam.learner.id, samStart.attemptId)).toMatchObject({
      status: 403,
      error: "quiz.leftTheClass",
    });
    await db.client.assignment.update({ where: { id: assignmentId }, data: { closedAt: new Date() } });
    expect(await firstAnswer(sue.learner.id, sueStart.attemptId, soon(1))).toMatchObject({
      status: 403,
      error: "quiz.closedEarly",
    });
    expect(await db.client.answer.count()).toBe(0);
    expect(await startAssignment(sue, sue.learner.id, assignmentId, soon(1), db.client)).toMatchObject({
      status: 409,
      error: "classes.closedEarly",
    });
  });

  it("keeps back whether each answer was right, from every page, until the rule shows the answers", async () => {
    const { sam, assignmentId } = await setUp({ reveal: "due" });
    const started = await startAssignment(sam, sam.learner.id, assignmentId, new Date(), db.client);
    if (!started.ok) throw new Error("could not start");
    const attempt = await findAttempt(sam.learner.id, started.attemptId, db.client);
    const questions = quizQuestions(attempt!.spec);
    const wrong = (q: Question) =>
      (q.format === "choice"
        ? (q.choices ?? []).find((c) => c !== q.answer)
        : q.format === "state-name"
          ? q.answer === "CLOSED"
            ? "LISTEN"
            : "CLOSED"
          : [...(q.answer as string[])].reverse()) as string | string[];
    for (const [i, q] of questions.entries()) {
      const result = await submitAnswer(
        sam.learner.id,
        started.attemptId,
        { questionId: `q${i + 1}`, response: i === 0 ? q.answer : wrong(q) },
        db.client,
      );
      // Told only that the answer is recorded: not whether it was right, nor the answer, nor why.
      expect(result.status === 200 && result.feedback).toEqual({
        questionId: `q${i + 1}`,
        withheld: true,
        response: expect.anything(),
      });
    }
    const me = sam.learner.id;
    const hidden = await keptBack(me, new Date(), db.client);
    expect([...hidden.keys()]).toEqual([started.attemptId]);
    const countable = { learnerId: me, except: [...hidden.keys()] };
    expect(await countAnswers(countable, db.client)).toEqual({ total: 0, correct: 0 });
    expect(await answerTallies(countable, db.client)).toEqual([]);
    const progress = await progressOf(me, new Date(), 0, db.client);
    expect(progress.quizzes).toEqual([]);
    expect(progress.arcs.every((a) => a.quiz === null)).toBe(true);
    const loaded = await loadAttempt(me, started.attemptId, db.client);
    expect(resultsOf(loaded!)).toBeNull();
    expect(JSON.stringify(runnerView(loaded!))).not.toMatch(/"(correct|answer|explanation)"/);
    expect(await retryMissed(me, started.attemptId, db.client)).toEqual({ ok: false, message: "quiz.answersNotYet" });

    // The teacher closes the assignment: now everything counts, and says what it is.
    await db.client.assignment.update({ where: { id: assignmentId }, data: { closedAt: new Date() } });
    const later = soon(1);
    expect((await keptBack(me, later, db.client)).size).toBe(0);
    expect(await countAnswers(me, db.client)).toEqual({ total: 5, correct: 1 });
    expect((await progressOf(me, later, 0, db.client)).quizzes).toMatchObject([{ correct: 1, total: 5 }]);
    expect(resultsOf((await loadAttempt(me, started.attemptId, db.client, later))!)?.correct).toBe(1);
  });
});
