import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/catalogues";
import {
  type AssignmentRules,
  type AssignmentStatus,
  type AttemptTimes,
  answersShown,
  assignmentStatus,
  attemptDeadline,
  attemptKeyLabel,
  closesAt,
  STATUS_TEXT,
  startRefusal,
} from "./assignment";

const t = (minutes: number) => new Date(Date.UTC(2026, 10, 24, 9, 0) + minutes * 60_000);
const rules: AssignmentRules = {
  perStudentSeed: false,
  sameQuestions: false,
  reveal: "question",
  opensAt: t(0),
  dueAt: t(120),
  closedAt: null,
  timeLimitS: 20 * 60,
  maxAttempts: 2,
};

describe("assignment rules", () => {
  it("derive one quiz for the class or one per student, fresh per attempt unless the same is asked for", () => {
    const label = (r: Partial<AssignmentRules>, who: string, n: number) => attemptKeyLabel({ ...rules, ...r }, who, n);
    expect(label({}, "alice", 1)).toBe(label({}, "bob", 1));
    expect(label({}, "alice", 1)).not.toBe(label({}, "alice", 2));
    expect(label({ sameQuestions: true }, "alice", 1)).toBe(label({ sameQuestions: true }, "bob", 3));
    expect(label({ perStudentSeed: true }, "alice", 1)).not.toBe(label({ perStudentSeed: true }, "bob", 1));
    const sameEach = { perStudentSeed: true, sameQuestions: true };
    expect(label(sameEach, "alice", 1)).toBe(label(sameEach, "alice", 2));
  });

  it("shows the right answers when the teacher's rule says", () => {
    const attempt: AttemptTimes = { startedAt: t(5), finishedAt: null };
    const done: AttemptTimes = { startedAt: t(5), finishedAt: t(15) };
    const shown = (reveal: AssignmentRules["reveal"], a: AttemptTimes, count: number, now: number) =>
      answersShown({ ...rules, reveal }, a, count, t(now));
    expect(shown("question", attempt, 1, 10)).toBe(true);
    expect(shown("attempt", attempt, 1, 10)).toBe(false);
    expect(shown("attempt", done, 1, 16)).toBe(true);
    // Over by its time limit (20 minutes), unfinished: over all the same.
    expect(shown("attempt", attempt, 1, 26)).toBe(true);
    expect(shown("last-attempt", done, 1, 16)).toBe(false);
    expect(shown("last-attempt", done, 2, 16)).toBe(true);
    expect(shown("last-attempt", done, 1, 121)).toBe(true);
    expect(shown("due", done, 2, 119)).toBe(false);
    expect(shown("due", done, 2, 120)).toBe(true);
    expect(answersShown({ ...rules, reveal: "due", closedAt: t(60) }, done, 1, t(61))).toBe(true);
  });

  it("closes early when the teacher closes it", () => {
    const closed = { ...rules, closedAt: t(60) };
    expect(closesAt(closed)).toEqual(t(60));
    expect(closesAt({ ...rules, closedAt: t(500) })).toEqual(t(120));
    expect(attemptDeadline(closed, { startedAt: t(50) })).toEqual(t(60));
    expect(startRefusal(closed, [], t(61))).toBe("closed");
    expect(assignmentStatus(closed, [], t(61))).toBe("late");
  });

  it("an attempt closes at its time limit, or at the due date if that comes first", () => {
    expect(attemptDeadline(rules, { startedAt: t(10) })).toEqual(t(30));
    expect(attemptDeadline(rules, { startedAt: t(110) })).toEqual(t(120));
    expect(attemptDeadline({ ...rules, timeLimitS: null }, { startedAt: t(10) })).toEqual(t(120));
  });

  it("says where a student stands", () => {
    expect(assignmentStatus(rules, [], t(-5))).toBe("upcoming");
    expect(assignmentStatus(rules, [], t(5))).toBe("not started");
    expect(assignmentStatus(rules, [{ startedAt: t(5), finishedAt: null }], t(10))).toBe("in progress");
    expect(assignmentStatus(rules, [{ startedAt: t(5), finishedAt: t(15) }], t(200))).toBe("submitted");
    expect(assignmentStatus(rules, [], t(121))).toBe("late");
    // Ran out of time without finishing, before the due date: may start again.
    expect(assignmentStatus(rules, [{ startedAt: t(5), finishedAt: null }], t(40))).toBe("not started");
  });

  it("refuses to start before it opens, after it is due, while one runs, and past the number of attempts", () => {
    expect(startRefusal(rules, [], t(-1))).toBe("not open yet");
    expect(startRefusal(rules, [], t(120))).toBe("past due");
    expect(startRefusal(rules, [{ startedAt: t(5), finishedAt: null }], t(10))).toBe("in progress");
    const two = [
      { startedAt: t(5), finishedAt: t(15) },
      { startedAt: t(20), finishedAt: t(30) },
    ];
    expect(startRefusal(rules, two, t(40))).toBe("no attempts left");
    expect(startRefusal(rules, two.slice(0, 1), t(40))).toBeNull();
  });

  it("names every status in both languages, in English as the grades CSV writes it", () => {
    const statuses: AssignmentStatus[] = ["upcoming", "not started", "in progress", "submitted", "late"];
    const en = translatorFor("en", "classes");
    const zh = translatorFor("zh-CN", "classes");
    for (const s of statuses) {
      expect(en(STATUS_TEXT[s])).toBe(s);
      expect(zh(STATUS_TEXT[s])).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(zh(STATUS_TEXT.late)).toBe("逾期未交");
  });
});
