import { describe, expect, it } from "vitest";
import { formatLocal, formatLocalDay, parseLocal, toLocalInput } from "./local-time";
import { bestAttempt, itemAnalysis } from "./results";

const at = (m: number) => new Date(Date.UTC(2026, 10, 24, 9, m));

describe("assignment results", () => {
  it("a student's best attempt is the finished one with most right answers", () => {
    const attempts = [
      { startedAt: at(0), finishedAt: at(5), correct: 3, answered: 5 },
      { startedAt: at(10), finishedAt: at(15), correct: 4, answered: 5 },
      { startedAt: at(20), finishedAt: null, correct: 5, answered: 5 },
    ];
    expect(bestAttempt(attempts)?.correct).toBe(4);
    expect(bestAttempt([{ startedAt: at(0), finishedAt: null, correct: 0, answered: 0 }])).toBeNull();
  });

  it("item analysis counts the wrong answers and names the most common", () => {
    const items = itemAnalysis([
      { key: "ESTABLISHED|rcv FIN", response: "CLOSE-WAIT", correct: true },
      { key: "ESTABLISHED|rcv FIN", response: "FIN-WAIT-1", correct: false },
      { key: "ESTABLISHED|rcv FIN", response: "FIN-WAIT-1", correct: false },
      { key: "ESTABLISHED|rcv FIN", response: "CLOSED", correct: false },
      { key: "LISTEN|rcv SYN", response: "SYN-RECEIVED", correct: true },
    ]);
    expect(items[0]).toEqual({
      key: "ESTABLISHED|rcv FIN",
      total: 4,
      wrong: 3,
      commonWrong: { response: "FIN-WAIT-1", count: 2 },
    });
    expect(items[1]).toEqual({ key: "LISTEN|rcv SYN", total: 1, wrong: 0, commonWrong: null });
  });

  it("reads and writes a teacher's local time", () => {
    // Beijing is UTC+8: Date#getTimezoneOffset gives -480.
    const due = parseLocal("2026-11-24T17:30", -480);
    expect(due?.toISOString()).toBe("2026-11-24T09:30:00.000Z");
    expect(toLocalInput(due!, -480)).toBe("2026-11-24T17:30");
    expect(formatLocal(due!, -480)).toBe("24 Nov 2026, 17:30");
    expect(formatLocal(due!, -480, "zh-CN")).toBe("2026年11月24日 17:30");
    expect(formatLocal(new Date(Date.UTC(2026, 8, 1, 23, 5)), 0, "en")).toBe("1 Sep 2026, 23:05");
    // The day in the teacher's zone: 09:30 UTC on the 24th is still the 24th in Beijing, already the 25th in Auckland.
    expect(formatLocalDay(due!, -480)).toBe("24 November 2026");
    expect(formatLocalDay(due!, -480, "zh-CN")).toBe("2026年11月24日");
    expect(formatLocalDay(new Date("2026-11-24T13:00:00Z"), -780, "zh-CN")).toBe("2026年11月25日");
    expect(parseLocal("tomorrow", 0)).toBeNull();
  });

  it("refuses dates and times that do not exist instead of rolling them over", () => {
    // Date.UTC alone reads 30 February as 2 March and 25:99 as 02:39 the next day.
    for (const value of [
      "2027-02-30T10:00",
      "2027-02-29T10:00",
      "2026-04-31T08:00",
      "2026-13-01T08:00",
      "2026-00-10T08:00",
      "2026-11-00T08:00",
      "2026-11-24T25:99",
      "2026-11-24T24:00",
      "2026-11-24T23:60",
      "0099-01-01T00:00",
      "2026-11-24T17:30:60",
      "2026-11-24 17:30",
      "2026-11-24T17:30Z",
      "２０２６-11-24T17:30",
    ]) {
      expect(parseLocal(value, 0), value).toBeNull();
    }
    expect(parseLocal("2028-02-29T10:00", 0)?.toISOString()).toBe("2028-02-29T10:00:00.000Z");
    expect(parseLocal("2026-11-24T23:59:59", 60)?.toISOString()).toBe("2026-11-25T00:59:59.000Z");
  });
});
