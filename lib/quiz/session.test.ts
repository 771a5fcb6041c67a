import { describe, expect, it } from "vitest";
import { asked, practiceSpec, type QuizSpec, quizQuestions } from "./attempt";
import type { Feedback } from "./results";
import { answeredCount, canSubmit, current, finished, type Session, sessionReducer, startSession } from "./session";

const spec: QuizSpec = practiceSpec({ seed: 11, count: 300, level: null, focus: "everything", lang: "en", only: null });
const all = quizQuestions(spec).map((q, i) => asked(q, i));
const choice = all.find((q) => q.format === "choice")!;
const typed = all.find((q) => q.format === "state-name")!;
const order = all.find((q) => q.format === "order")!;

const feedback = (questionId: string, correct = true): Feedback => ({
  questionId,
  correct,
  response: "x",
  answer: "x",
  explanation: "because",
  rfc: "§3.10.7.4",
  link: "/learn/teardown?step=2",
  figure: null,
});

const run = (session: Session, ...actions: Parameters<typeof sessionReducer>[1][]) =>
  actions.reduce(sessionReducer, session);

describe("a quiz session", () => {
  it("cannot be submitted until a choice is picked, then saves, shows feedback and moves on", () => {
    let s = startSession([choice, typed]);
    expect(canSubmit(current(s))).toBe(false);
    expect(run(s, { type: "submit" })).toBe(s);
    s = run(s, { type: "choose", value: choice.choices![0]! }, { type: "submit" });
    expect(current(s)?.status).toBe("saving");
    // Nothing changes while saving: a second click cannot change the answer being saved.
    expect(run(s, { type: "choose", value: choice.choices![1]! })).toBe(s);
    s = run(s, { type: "saved", feedback: feedback(choice.id) });
    expect(current(s)?.status).toBe("done");
    expect(answeredCount(s)).toBe(1);
    s = run(s, { type: "next" });
    expect(current(s)?.question.id).toBe(typed.id);
    expect(finished(s)).toBe(false);
  });

  it("ignores a choice that is not on the question", () => {
    const s = startSession([choice]);
    expect(run(s, { type: "choose", value: "not a choice" })).toBe(s);
  });

  it("keeps the typed answer and shows the hint when the name is no state", () => {
    const s = run(startSession([typed]), { type: "type", text: "ESTABLSHED" }, { type: "submit" });
    const back = run(s, { type: "retype", hint: "not a state" });
    expect(current(back)).toMatchObject({ status: "open", draft: "ESTABLSHED", hint: "not a state" });
    expect(current(run(back, { type: "type", text: "ESTABLISHED" }))?.hint).toBeNull();
  });

  it("keeps the draft and says what failed when saving fails, so the learner can retry", () => {
    const s = run(
      startSession([choice]),
      { type: "choose", value: choice.choices![1]! },
      { type: "submit" },
      { type: "failed", message: "Could not reach SynAck." },
    );
    expect(current(s)).toMatchObject({ status: "open", draft: choice.choices![1], error: "Could not reach SynAck." });
    expect(canSubmit(current(s))).toBe(true);
  });

  it("starts an order question with the segments as shown and moves them", () => {
    const s = startSession([order]);
    expect(current(s)?.draft).toEqual(order.choices);
    const moved = run(s, { type: "move", from: 0, to: 1 });
    expect((current(moved)?.draft as string[] | undefined)?.slice(0, 2)).toEqual([
      order.choices?.[1],
      order.choices?.[0],
    ]);
    expect(run(s, { type: "move", from: 0, to: -1 })).toBe(s);
  });

  it("resumes at the first unanswered question after a reload", () => {
    const s = startSession([choice, typed, order], [feedback(choice.id)]);
    expect(s.index).toBe(1);
    expect(answeredCount(s)).toBe(1);
    const done = startSession([choice], [feedback(choice.id, false)]);
    expect(finished(done)).toBe(true);
    expect(run(done, { type: "next" })).toBe(done);
  });
});
