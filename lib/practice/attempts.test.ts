import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findOrCreateGuest } from "@/lib/db";
import type { QuizSpec } from "@/lib/quiz";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { loadAttempt, retryMissed, runnerView, startAttempt, submitAnswer } from "./attempts";
import { answerBody } from "./schemas";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

const spec: QuizSpec = { seed: 5, count: 30, level: null, focus: "everything", lang: "en", only: null };

async function started() {
  const alice = await findOrCreateGuest("a".repeat(64), db.client);
  const bob = await findOrCreateGuest("b".repeat(64), db.client);
  const result = await startAttempt(alice.id, spec, null, db.client);
  if (!result.ok) throw new Error(result.message);
  const loaded = await loadAttempt(alice.id, result.attempt.id, db.client);
  return { alice, bob, attemptId: result.attempt.id, questions: loaded!.questions };
}

const answers = () => db.client.answer.count();

describe("submitting an answer", () => {
  it("judges it, records it once, and says when the quiz is finished", async () => {
    const { alice, attemptId, questions } = await started();
    const q = questions.find((x) => x.format === "choice")!;
    const first = await submitAnswer(alice.id, attemptId, { questionId: q.id, response: q.answer }, db.client);
    expect(first).toMatchObject({ status: 200, duplicate: false, finished: false, feedback: { correct: true } });
    const wrong = q.choices!.find((c) => c !== q.answer)!;
    const again = await submitAnswer(alice.id, attemptId, { questionId: q.id, response: wrong }, db.client);
    expect(again).toMatchObject({ status: 200, duplicate: true, feedback: { correct: true } });
    expect(await answers()).toBe(1);
  });

  it("refuses another learner's attempt as if it did not exist, and writes nothing", async () => {
    const { bob, attemptId, questions } = await started();
    const q = questions[0]!;
    const result = await submitAnswer(bob.id, attemptId, { questionId: q.id, response: "x" }, db.client);
    expect(result).toEqual({ status: 404, error: "There is no quiz with that id in your history." });
    expect(await answers()).toBe(0);
  });

  it("refuses an unknown question and an answer outside the choices, and writes nothing", async () => {
    const { alice, attemptId, questions } = await started();
    const q = questions.find((x) => x.format === "choice")!;
    expect(
      await submitAnswer(alice.id, attemptId, { questionId: "next-state:NOPE", response: "x" }, db.client),
    ).toEqual({ status: 400, error: "That question is not part of this quiz." });
    expect(await submitAnswer(alice.id, attemptId, { questionId: q.id, response: "LISTENING-ISH" }, db.client)).toEqual(
      { status: 400, error: "That answer is not one of this question's choices." },
    );
    expect(await answers()).toBe(0);
  });

  it("sends a typed word that is no state back with a hint, recording nothing", async () => {
    const { alice, attemptId, questions } = await started();
    const q = questions.find((x) => x.format === "state-name")!;
    const result = await submitAnswer(alice.id, attemptId, { questionId: q.id, response: "ESTABLSHED" }, db.client);
    expect(result).toMatchObject({ status: 422 });
    expect(await answers()).toBe(0);
  });

  it("resumes with the answered questions' feedback and without any answers in the questions", async () => {
    const { alice, attemptId, questions } = await started();
    const q = questions[0]!;
    await submitAnswer(alice.id, attemptId, { questionId: q.id, response: q.answer }, db.client);
    const view = runnerView((await loadAttempt(alice.id, attemptId, db.client))!);
    expect(view.answered.map((f) => f.questionId)).toEqual([q.id]);
    expect(JSON.stringify(view.questions)).not.toContain("explanation");
  });

  it("retries only the missed questions, and refuses when none were missed", async () => {
    const { alice, attemptId, questions } = await started();
    const [right, wrong] = questions.filter((x) => x.format === "choice");
    await submitAnswer(alice.id, attemptId, { questionId: right!.id, response: right!.answer }, db.client);
    const bad = wrong!.choices!.find((c) => c !== wrong!.answer)!;
    await submitAnswer(alice.id, attemptId, { questionId: wrong!.id, response: bad }, db.client);
    const retry = await retryMissed(alice.id, attemptId, db.client);
    expect(retry.ok).toBe(true);
    if (retry.ok) {
      const loaded = await loadAttempt(alice.id, retry.attempt.id, db.client);
      expect(loaded?.questions.map((q) => q.id)).toEqual([wrong!.id]);
      expect(loaded?.attempt.retryOfId).toBe(attemptId);
      expect(await retryMissed(alice.id, retry.attempt.id, db.client)).toMatchObject({ ok: false });
    }
  });

  it("will not start a quiz that has no questions", async () => {
    const { alice } = await started();
    const result = await startAttempt(alice.id, { ...spec, focus: "edge-cases", level: "basics" }, null, db.client);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("Advanced") });
  });
});

describe("the answer body", () => {
  it("refuses unknown fields, huge strings and wrong types with a message", () => {
    expect(answerBody.safeParse({ questionId: "q", response: "x", role: "teacher" }).error?.issues[0]?.message).toBe(
      "Unknown field role.",
    );
    expect(answerBody.safeParse({ questionId: "q", response: "x".repeat(201) }).success).toBe(false);
    expect(answerBody.safeParse({ questionId: "q", response: 4 }).success).toBe(false);
    expect(answerBody.safeParse({ questionId: "q", response: ["a", "b"], durationMs: 1200 }).success).toBe(true);
  });
});
