import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/catalogues";
import {
  type AssignmentRules,
  type AssignmentStatus,
  assignmentStatus,
  attemptDeadline,
  STATUS_TEXT,
  seedFor,
  startRefusal,
} from "./assignment";

const t = (minutes: number) => new Date(Date.UTC(2026, 10, 24, 9, 0) + minutes * 60_000);
const rules: AssignmentRules = {
  seed: 42,
  perStudentSeed: false,
  opensAt: t(0),
  dueAt: t(120),
  timeLimitS: 20 * 60,
  maxAttempts: 2,
};

describe("assignment rules", () => {
  it("one seed for everyone, or a stable different one per student", () => {
    expect(seedFor(rules, "a")).toBe(42);
    const per = { ...rules, perStudentSeed: true };
    expect(seedFor(per, "alice")).toBe(seedFor(per, "alice"));
    expect(seedFor(per, "alice")).not.toBe(seedFor(per, "bob"));
    expect(seedFor(per, "alice")).toBeLessThan(2 ** 31);
  });

  it("an attempt closes at its time limit, or at the due date if that comes first", () => {
    expect(attemptDeadline(rules, { startedAt: t(10), finishedAt: null })).toEqual(t(30));
    expect(attemptDeadline(rules, { startedAt: t(110), finishedAt: null })).toEqual(t(120));
    expect(attemptDeadline({ ...rules, timeLimitS: null }, { startedAt: t(10), finishedAt: null })).toEqual(t(120));
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
