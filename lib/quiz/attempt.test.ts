import { describe, expect, it } from "vitest";
import { CATALOGUES } from "@/lib/i18n/catalogues";
import { isMsgKey } from "@/lib/i18n/global";
import { frozenVersion } from "@/lib/versions";
import { asked, basisKey, FOCUSES, judge, practiceSpec, type QuizSpec, quizQuestions } from "./attempt";
import { figureFor } from "./figure";
import { feedbackFor, summarize, TOPIC_TITLE } from "./results";
import type { Question } from "./types";

const spec = (extra: Partial<QuizSpec> = {}): QuizSpec => ({
  ...practiceSpec({ seed: 7, count: 10, level: null, focus: "everything", lang: "en", only: null }),
  ...extra,
});

function find(questions: Question[], test: (q: Question) => boolean): Question {
  const q = questions.find(test);
  if (!q) throw new Error("no such question in this quiz");
  return q;
}

const many = quizQuestions(spec({ count: 300 }));

describe("quizQuestions", () => {
  it("regenerates the same quiz from the same spec", () => {
    expect(quizQuestions(spec())).toEqual(quizQuestions(spec()));
  });

  it("keeps only the asked ids, in the quiz's order, for 'retry the missed ones'", () => {
    const all = quizQuestions(spec());
    const only = [all[7]?.id, all[2]?.id].map(String);
    expect(quizQuestions(spec({ only })).map((q) => q.id)).toEqual([all[2]?.id, all[7]?.id]);
  });

  it.each(FOCUSES.filter((f) => f !== "everything" && f !== "seq-ack"))("asks only %s questions", (focus) => {
    const qs = quizQuestions(spec({ focus, count: 20, level: focus === "edge-cases" ? "advanced" : null }));
    expect(qs.length).toBeGreaterThan(0);
    expect(qs.every((q) => q.topic === focus)).toBe(true);
  });

  it("asks only arithmetic in the seq/ack focus", () => {
    const types = new Set(quizQuestions(spec({ focus: "seq-ack", count: 40 })).map((q) => q.type));
    expect(types).toEqual(new Set(["seq-ack", "tcb-variable"]));
  });

  it("has no edge-case questions at the basics level, so that quiz is empty", () => {
    expect(quizQuestions(spec({ focus: "edge-cases", level: "basics" }))).toEqual([]);
  });
});

describe("asked", () => {
  it("leaves out the answer, the explanation and the basis", () => {
    const shown = asked(many[0] as Question, 0);
    expect(Object.keys(shown).sort()).toEqual(
      ["choices", "format", "id", "level", "prompt", "topic", "type"].filter((k) => k in shown).sort(),
    );
    expect(JSON.stringify(shown)).not.toContain("explanation");
  });
});

describe("judge", () => {
  const choice = find(many, (q) => q.format === "choice");
  const typed = find(many, (q) => q.format === "state-name");
  const order = find(many, (q) => q.format === "order");

  it("marks the keyed choice right and another choice wrong", () => {
    const wrong = choice.choices?.find((c) => c !== choice.answer) as string;
    expect(judge(choice, choice.answer, "en")).toEqual({ kind: "answered", correct: true, stored: choice.answer });
    expect(judge(choice, wrong, "en")).toMatchObject({ kind: "answered", correct: false });
  });

  it("refuses an answer that is not one of the choices", () => {
    expect(judge(choice, "CLOSED-ISH", "en")).toEqual({ kind: "invalid", message: "quiz.notAChoice" });
    expect(judge(choice, 3, "en").kind).toBe("invalid");
  });

  it("accepts any correct spelling of a typed state, and sends unknown words back to be retyped", () => {
    expect(judge(typed, ` ${String(typed.answer).toLowerCase()} `, "en")).toMatchObject({ correct: true });
    expect(judge(typed, "ESTABLSHED", "en")).toMatchObject({ kind: "retype" });
    expect(judge(typed, "FIN-WAIT", "en")).toMatchObject({ kind: "retype" });
    expect(judge(typed, "", "en")).toEqual({ kind: "invalid", message: "quiz.typeAState" });
    expect(judge(typed, "x".repeat(61), "en")).toEqual({
      kind: "invalid",
      message: { key: "quiz.stateNameTooLong", values: { max: 60 } },
    });
  });

  it("gives a retype hint in both languages, whatever the quiz's, for the interface to pick from", () => {
    for (const lang of ["en", "zh"] as const) {
      const unknown = judge(typed, "ESTABLSHED", lang);
      const ambiguous = judge(typed, "FIN-WAIT", lang);
      for (const verdict of [unknown, ambiguous]) {
        if (verdict.kind !== "retype") throw new Error("expected a retype");
        expect(verdict.hint.en).toMatch(/[a-z]{3}/);
        expect(verdict.hint.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it("counts a misspelling such as SYN_SEND as wrong, with a hint naming the real state", () => {
    const verdict = judge(typed, "SYN_SEND", "en");
    expect(verdict).toMatchObject({ kind: "answered", correct: false });
    expect(verdict.kind === "answered" && verdict.hint).toContain("SYN-SENT");
  });

  it("takes an order only as a permutation of the segments", () => {
    const right = order.answer as string[];
    expect(judge(order, right, "en")).toMatchObject({ kind: "answered", correct: true });
    expect(judge(order, [...right].reverse(), "en")).toMatchObject({ kind: "answered", correct: false });
    expect(judge(order, right.slice(1), "en")).toEqual({ kind: "invalid", message: "quiz.orderEachOnce" });
    expect(judge(order, [...right.slice(1), right[1]], "en").kind).toBe("invalid");
  });
});

describe("feedback and results", () => {
  it("draws a scenario question's steps up to the one asked about", () => {
    const q = find(many, (x) => x.basis.kind === "scenario" && x.type === "seq-ack");
    const figure = figureFor(q, "en");
    expect(figure?.kind).toBe("steps");
    if (figure?.kind === "steps" && q.basis.kind === "scenario") {
      expect(figure.rows).toHaveLength(q.basis.step);
      // The random ISNs of a seq/ack question are the ones in the picture.
      expect(figure.rows.at(-1)?.sent).toContain(q.answer as string);
    }
  });

  it("draws a forged segment coming in from outside, up to the step asked about", () => {
    const q = find(many, (x) => x.basis.kind === "scenario" && x.basis.scenario === "forged-rst");
    const figure = figureFor(q, "en");
    if (figure?.kind !== "steps") throw new Error("a forged-rst question draws its steps");
    expect(figure.injected).toEqual([
      { step: 1, to: "server", origin: "forged", segment: expect.stringMatching(/^RST /) },
    ]);
  });

  it("draws a transition question as its arc", () => {
    const q = find(many, (x) => x.basis.kind === "transition");
    expect(figureFor(q, "en")).toMatchObject({ kind: "arc", from: (q.basis as { from: string }).from });
    expect(basisKey(q)).toContain("|");
  });

  it("scores a quiz per topic and lists the missed questions with their explanations", () => {
    const qs = quizQuestions(spec());
    const answers = qs.slice(0, 8).map((q, i) => ({
      questionId: q.id,
      response: i === 3 ? "wrong" : Array.isArray(q.answer) ? JSON.stringify(q.answer) : q.answer,
      correct: i !== 3,
      durationMs: 1000,
    }));
    const results = summarize(qs, answers, "en");
    expect(results).toMatchObject({ total: 10, answered: 8, correct: 7, answeringMs: 8000 });
    expect(results.byTopic.reduce((n, t) => n + t.total, 0)).toBe(10);
    expect(results.missed.map((m) => m.questionId)).toEqual(["q4"]);
    expect(results.missed[0]?.explanation).toBe(qs[3]?.explanation);
    expect(feedbackFor(qs[0] as Question, "q1", answers[0]!, "en").correct).toBe(true);
  });
});

describe("messages", () => {
  it("refuses answers with message keys that exist", () => {
    const typed = find(many, (q) => q.format === "state-name");
    const choice = find(many, (q) => q.format === "choice");
    const order = find(many, (q) => q.format === "order");
    const refusals = [judge(choice, "nope", "en"), judge(order, ["x"], "en"), judge(typed, " ", "en")];
    refusals.push(judge(typed, "x".repeat(61), "en"));
    for (const verdict of refusals) {
      if (verdict.kind !== "invalid") throw new Error("expected a refusal");
      const key = typeof verdict.message === "string" ? verdict.message : verdict.message.key;
      expect(isMsgKey(key), key).toBe(true);
    }
  });

  it("names each topic with a common message in both languages", () => {
    for (const key of Object.values(TOPIC_TITLE)) {
      expect(CATALOGUES.en.common[key]).toBeTruthy();
      expect(CATALOGUES["zh-CN"].common[key]).toBeTruthy();
    }
    expect(CATALOGUES["zh-CN"].common[TOPIC_TITLE.teardown]).toBe("四次挥手");
  });
});

describe("a quiz's questions, regenerated per request", () => {
  const base: QuizSpec = practiceSpec({
    seed: 4242,
    count: 12,
    level: null,
    focus: "everything",
    lang: "en",
    only: null,
  });

  it("are the same questions each time, shared and frozen so no caller can change another's", () => {
    const first = quizQuestions(base);
    const again = quizQuestions({ ...base });
    expect(again).toBe(first);
    expect(() => (first as unknown as string[]).sort()).toThrow(TypeError);
    expect(quizQuestions({ ...base, lang: "zh" })).not.toBe(first);
    expect(quizQuestions({ ...base, only: [first[0]?.id ?? ""] }).map((q) => q.id)).toEqual([first[0]?.id]);
  });
});

describe("a quiz made by a frozen version", () => {
  it("is explained by the model of that version: its figures are drawn from it, not from today's", () => {
    const v1 = frozenVersion(1)!;
    const spec = {
      ...practiceSpec({ seed: 3, count: 200, level: null, focus: "everything", lang: "en", only: null }),
      generator: 1,
    };
    const questions = quizQuestions(spec);
    // Step 5 of a simultaneous open changed: version 1 sent nothing there, today's model acknowledges the SYN,ACK.
    const scenarioQuestion = questions.find(
      (q) => q.basis.kind === "scenario" && q.basis.scenario === "simultaneous-open" && q.basis.step >= 5,
    );
    expect(scenarioQuestion).toBeDefined();
    expect(figureFor(scenarioQuestion!, "en")).not.toEqual(v1.figureFor(scenarioQuestion!, "en"));
    const recorded = { questionId: scenarioQuestion!.id, response: "x", correct: false, durationMs: null };
    const feedback = feedbackFor(scenarioQuestion!, "q1", recorded, "en");
    expect(feedback.figure).toEqual(v1.figureFor(scenarioQuestion!, "en"));
  });
});
