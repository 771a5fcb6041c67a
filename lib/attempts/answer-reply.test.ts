import { describe, expect, it } from "vitest";
import { generateQuiz, questionRef } from "@/lib/quiz";
import { feedbackFor, withheldFor } from "@/lib/quiz/results";
import { answerReply } from "./answer-reply";

describe("the answer endpoint's reply", () => {
  const questions = generateQuiz({ seed: 11, count: 400, lang: "en" });

  it("is read by the quiz runner as the server writes it, for every kind of question and figure", () => {
    const kinds = new Set<string>();
    for (const [i, q] of questions.entries()) {
      const ref = questionRef(i);
      const wrong = { questionId: q.id, response: "CLOSED", correct: false, durationMs: 1200 };
      for (const feedback of [feedbackFor(q, ref, wrong, "en"), withheldFor(q, ref, wrong)]) {
        const reply = { feedback, duplicate: false, finished: false };
        const parsed = answerReply.safeParse(JSON.parse(JSON.stringify(reply)));
        expect(parsed.success, `${q.id}: ${parsed.error?.message}`).toBe(true);
        expect(parsed.data).toEqual(reply);
        kinds.add("figure" in feedback ? (feedback.figure?.kind ?? "none") : "withheld");
      }
    }
    // Both figures, answers without one, and kept-back verdicts were all read.
    expect([...kinds].sort()).toEqual(["arc", "none", "steps", "withheld"]);
  });

  it("reads a refusal and a hint, and nothing that is not a reply", () => {
    expect(answerReply.safeParse({ error: "Too many answers." }).success).toBe(true);
    expect(answerReply.safeParse({ error: "Not a state.", hint: "SYN_SEND is not a state." }).success).toBe(true);
    expect(answerReply.safeParse("<html>502 Bad Gateway</html>").success).toBe(false);
    expect(answerReply.safeParse({ feedback: { questionId: "q1" }, duplicate: false, finished: false }).success).toBe(
      false,
    );
  });
});
