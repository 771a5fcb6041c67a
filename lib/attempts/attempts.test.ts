import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findOrCreateGuest } from "@/lib/db";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { isMsgKey } from "@/lib/i18n/global";
import { practiceSpec, type Question, type QuizSpec, questionRef } from "@/lib/quiz";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { loadAttempt, retryMissed, runnerView, startAttempt, submitAnswer } from "./attempts";
import { answerBody, answerBodyError, quizSetup, quizSetupError } from "./schemas";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

const spec: QuizSpec = practiceSpec({ seed: 5, count: 30, level: null, focus: "everything", lang: "en", only: null });

async function started() {
  const alice = await findOrCreateGuest("a".repeat(64), db.client);
  const bob = await findOrCreateGuest("b".repeat(64), db.client);
  const result = await startAttempt(alice.id, spec, null, db.client);
  if (!result.ok) throw new Error(JSON.stringify(result.message));
  const loaded = await loadAttempt(alice.id, result.attempt.id, db.client);
  return { alice, bob, attemptId: result.attempt.id, questions: loaded!.questions };
}

const answers = () => db.client.answer.count();

/** How the quiz page names a question of `questions`: its number ("q3"), never its own id. */
const refOf = (questions: Question[], q: Question) => questionRef(questions.indexOf(q));

describe("submitting an answer", () => {
  it("judges it, records it once, and says when the quiz is finished", async () => {
    const { alice, attemptId, questions } = await started();
    const q = questions.find((x) => x.format === "choice")!;
    const first = await submitAnswer(
      alice.id,
      attemptId,
      { questionId: refOf(questions, q), response: q.answer },
      db.client,
    );
    expect(first).toMatchObject({ status: 200, duplicate: false, finished: false, feedback: { correct: true } });
    const wrong = q.choices!.find((c) => c !== q.answer)!;
    const again = await submitAnswer(
      alice.id,
      attemptId,
      { questionId: refOf(questions, q), response: wrong },
      db.client,
    );
    expect(again).toMatchObject({ status: 200, duplicate: true, feedback: { correct: true } });
    expect(await answers()).toBe(1);
  });

  it("refuses another learner's attempt as if it did not exist, and writes nothing", async () => {
    const { bob, attemptId, questions } = await started();
    const q = questions[0]!;
    const result = await submitAnswer(bob.id, attemptId, { questionId: refOf(questions, q), response: "x" }, db.client);
    expect(result).toEqual({ status: 404, error: "quiz.noSuchAttempt" });
    expect(await answers()).toBe(0);
  });

  it("refuses an unknown question and an answer outside the choices, and writes nothing", async () => {
    const { alice, attemptId, questions } = await started();
    const q = questions.find((x) => x.format === "choice")!;
    expect(
      await submitAnswer(alice.id, attemptId, { questionId: "next-state:NOPE", response: "x" }, db.client),
    ).toEqual({ status: 400, error: "quiz.questionNotInQuiz" });
    expect(
      await submitAnswer(
        alice.id,
        attemptId,
        { questionId: refOf(questions, q), response: "LISTENING-ISH" },
        db.client,
      ),
    ).toEqual({ status: 400, error: "quiz.notAChoice" });
    expect(globalTranslatorFor("en")("quiz.questionNotInQuiz")).toBe("That question is not part of this quiz.");
    expect(globalTranslatorFor("zh-CN")("quiz.notAChoice")).toBe("这个答案不是本题的选项之一。");
    expect(await answers()).toBe(0);
  });

  it("sends a typed word that is no state back with a hint, recording nothing", async () => {
    const { alice, attemptId, questions } = await started();
    const q = questions.find((x) => x.format === "state-name")!;
    const result = await submitAnswer(
      alice.id,
      attemptId,
      { questionId: refOf(questions, q), response: "ESTABLSHED" },
      db.client,
    );
    expect(result).toMatchObject({ status: 422, error: "quiz.notAStateName" });
    // The hint comes in both languages: the route says it in the interface's, whatever the quiz's language.
    if (result.status !== 422) throw new Error("expected a retype");
    expect(result.hint.en).toContain("not the name of a TCP state");
    expect(result.hint.zh).toContain("不是 TCP 状态的名称");
    expect(isMsgKey(result.error)).toBe(true);
    expect(await answers()).toBe(0);
  });

  it("resumes with the answered questions' feedback and without any answers in the questions", async () => {
    const { alice, attemptId, questions } = await started();
    const q = questions[0]!;
    await submitAnswer(alice.id, attemptId, { questionId: refOf(questions, q), response: q.answer }, db.client);
    const view = runnerView((await loadAttempt(alice.id, attemptId, db.client))!);
    expect(view.answered.map((f) => f.questionId)).toEqual(["q1"]);
    expect(JSON.stringify(view.questions)).not.toContain("explanation");
    // The page never learns a question's own id, which can hold its answer (which-event:FIN-WAIT-1|rcv FIN).
    for (const q of questions) expect(JSON.stringify(view)).not.toContain(q.id);
  });

  it("retries only the missed questions, and refuses when none were missed", async () => {
    const { alice, attemptId, questions } = await started();
    const [right, wrong] = questions.filter((x) => x.format === "choice");
    await submitAnswer(
      alice.id,
      attemptId,
      { questionId: refOf(questions, right!), response: right!.answer },
      db.client,
    );
    const bad = wrong!.choices!.find((c) => c !== wrong!.answer)!;
    await submitAnswer(alice.id, attemptId, { questionId: refOf(questions, wrong!), response: bad }, db.client);
    const retry = await retryMissed(alice.id, attemptId, db.client);
    expect(retry.ok).toBe(true);
    if (retry.ok) {
      const loaded = await loadAttempt(alice.id, retry.attempt.id, db.client);
      expect(loaded?.questions.map((q) => q.id)).toEqual([wrong!.id]);
      expect(loaded?.attempt.retryOfId).toBe(attemptId);
      expect(await retryMissed(alice.id, retry.attempt.id, db.client)).toEqual({
        ok: false,
        message: "quiz.nothingToRetry",
      });
      expect(await retryMissed(alice.id, "no-such-attempt", db.client)).toEqual({
        ok: false,
        message: "quiz.notInHistory",
      });
    }
  });

  it("will not start a quiz that has no questions", async () => {
    const { alice } = await started();
    const result = await startAttempt(alice.id, { ...spec, focus: "edge-cases", level: "basics" }, null, db.client);
    expect(result).toEqual({ ok: false, message: "quiz.edgeCasesAdvanced" });
    expect(globalTranslatorFor("en")("quiz.edgeCasesAdvanced")).toContain("choose Advanced or Any level");
    expect(globalTranslatorFor("zh-CN")("quiz.edgeCasesAdvanced")).toContain("高级");
  });
});

function refusal(parsed: { success: boolean; error?: unknown }) {
  if (parsed.success) throw new Error("expected a refusal");
  return parsed.error as Parameters<typeof answerBodyError>[0];
}

describe("the answer body", () => {
  const en = globalTranslatorFor("en");
  const zh = globalTranslatorFor("zh-CN");

  it("refuses unknown fields, huge strings and wrong types with a message in either language", () => {
    const unknown = answerBodyError(refusal(answerBody.safeParse({ questionId: "q", response: "x", role: "teacher" })));
    expect(unknown).toEqual({ key: "quiz.apiUnknownField", values: { fields: "role" } });
    expect(en.msg(unknown)).toBe("Unknown field role.");
    expect(zh.msg(unknown)).toBe("未知字段 role。");
    expect(answerBodyError(refusal(answerBody.safeParse({ questionId: "q", response: 4 })))).toBe(
      "quiz.apiResponseShape",
    );
    expect(answerBodyError(refusal(answerBody.safeParse({ response: "x" })))).toBe("quiz.apiQuestionIdRequired");
    expect(answerBodyError(refusal(answerBody.safeParse({ questionId: "", response: "x" })))).toBe(
      "quiz.apiQuestionIdRequired",
    );
    expect(answerBody.safeParse({ questionId: "q", response: "x".repeat(201) }).success).toBe(false);
    expect(answerBody.safeParse({ questionId: "q", response: ["a", "b"], durationMs: 1200 }).success).toBe(true);
  });

  it("says what an answer looks like when the body is not an object", () => {
    const notObject = answerBodyError(refusal(answerBody.safeParse("ESTABLISHED")));
    expect(en.msg(notObject)).toBe("The body must be an object: {questionId, response, durationMs?}.");
    expect(zh.msg(notObject)).toBe("请求体必须是一个对象：{questionId, response, durationMs?}。");
  });

  it("falls back to a message of ours for zod's own wording", () => {
    expect(answerBodyError(refusal(answerBody.safeParse({ questionId: "q", response: "x", durationMs: -1 })))).toBe(
      "quiz.apiBadAnswer",
    );
  });
});

describe("the set-up form", () => {
  const setup = { focus: "everything", level: "any", length: "10", lang: "en", seed: "" };
  const error = (input: Record<string, string>) => quizSetupError(refusal(quizSetup.safeParse(input)));

  it("names the limits it refuses, in either language", () => {
    expect(globalTranslatorFor("en").msg(error({ ...setup, seed: "12x" }))).toBe(
      "A seed is a whole number from 0 to 2147483647.",
    );
    expect(globalTranslatorFor("zh-CN").msg(error({ ...setup, seed: "99999999999" }))).toBe(
      "随机种子必须是 0 到 2147483647 之间的整数。",
    );
    expect(globalTranslatorFor("en").msg(error({ ...setup, length: "51" }))).toBe("Length must be at most 50.");
    expect(globalTranslatorFor("zh-CN").msg(error({ ...setup, length: "2" }))).toBe("题数至少为 5。");
    expect(globalTranslatorFor("en").msg(error({ ...setup, length: "7.5" }))).toBe(
      "Length must be a whole number from 5 to 50.",
    );
  });

  it("reads the length as decimal digits only", () => {
    expect(quizSetup.parse({ ...setup, length: " 16 " }).length).toBe(16);
    expect(quizSetup.parse({ ...setup, length: "010" }).length).toBe(10);
    const en = (length: string) => globalTranslatorFor("en").msg(error({ ...setup, length }));
    // Number() reads the first four as 16, 10, 10 and 20, and the blank as 0.
    for (const typed of ["0x10", "1e1", "0b1010", "0o24", "１０", "10_0", "+10", ""]) {
      expect(en(typed), typed).toBe("Length must be a number from 5 to 50.");
    }
    expect(en("-10")).toBe("Length must be at least 5.");
    expect(en("9".repeat(400))).toBe("Length must be at most 50.");
  });

  it("gives every refusal as a message that exists", () => {
    const bad = [
      { ...setup, focus: "nope" },
      { ...setup, level: "expert" },
      { ...setup, length: "ten" },
      { ...setup, lang: "fr" },
      { ...setup, seed: "-1" },
    ];
    for (const input of bad) {
      const message = error(input);
      expect(typeof message === "string" ? message : message.key, JSON.stringify(input)).not.toBe("quiz.checkForm");
      expect(isMsgKey(typeof message === "string" ? message : message.key)).toBe(true);
    }
  });
});
