import { describe, expect, it } from "vitest";
import { quizSetup } from "@/lib/attempts/schemas";
import { INTERVIEW_TOPICS } from "@/lib/interview";
import { FOCUSES, LEVEL_CHOICES, questionsQuery } from "@/lib/quiz";
import { CARD_TOPICS, DECKS } from "@/lib/srs/deck";
import { CALLS, EVENTS, LEVELS, PHASES, phaseOf, STATES, SUBJECTS, TOPICS } from "@/lib/tcp";

/**
 * Each concept is one list in lib/tcp, and every other list of it is built from that one: what a learner can pick
 * (a quiz's focus and level, a deck, an interview section) then never leaves one out.
 */
describe("one list per concept", () => {
  it("offers every level in the quiz form and the questions API, and nothing else", () => {
    expect(LEVEL_CHOICES).toEqual(["any", ...LEVELS]);
    for (const level of LEVEL_CHOICES) {
      expect(quizSetup.shape.level.safeParse(level).success, level).toBe(true);
    }
    for (const level of LEVELS) {
      expect(questionsQuery.safeParse({ seed: "1", count: "1", level }).success, level).toBe(true);
    }
    expect(questionsQuery.safeParse({ seed: "1", count: "1", level: "expert" }).success).toBe(false);
  });

  it("makes every topic a quiz focus, a deck and an interview section", () => {
    for (const topic of TOPICS) {
      expect(SUBJECTS).toContain(topic);
      expect(FOCUSES).toContain(topic);
      expect(DECKS).toContain(topic);
      expect(INTERVIEW_TOPICS).toContain(topic);
    }
    for (const subject of SUBJECTS) {
      expect(FOCUSES).toContain(subject);
      expect(CARD_TOPICS).toContain(subject);
    }
    expect(new Set(DECKS).size).toBe(DECKS.length);
  });

  it("gives every state a phase, and every user call is an event", () => {
    for (const state of STATES) expect(PHASES).toContain(phaseOf(state));
    expect(phaseOf("ESTABLISHED")).toBe("open");
    for (const call of CALLS) expect(EVENTS).toContain(call);
  });
});
