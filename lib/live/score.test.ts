import { describe, expect, it } from "vitest";
import { seededRng } from "@/lib/quiz";
import type { Command } from "./commands";
import { predictRound } from "./rounds";
import { leaderboard, podium, pointsFor, roundSummary, sessionItems, streakBefore, studentResults } from "./score";
import { apply, createSession, DEFAULT_SETTINGS } from "./session";
import type { PredictRound, Session, Settings } from "./types";

const T0 = 1_767_000_000_000;
const S = 1000;

// Four predict rounds: the handshake's SYN, SYN,ACK and ACK arriving, then the teardown's first FIN.
const R = [
  predictRound("handshake", 2, seededRng(1)),
  predictRound("handshake", 3, seededRng(2)),
  predictRound("handshake", 4, seededRng(3)),
  predictRound("teardown", 1, seededRng(4)),
] as PredictRound[];
const right = (i: number) => (R[i] as PredictRound).answer;
const wrong = (i: number) => (right(i) + 1) % 4;

type Play = { player: string; choice: number; after: number } | "skip";

/**
 * A session where each round opens 100 s after the last, `plays[i]` says who answers round i how many seconds
 * after it opens (or that the host skips it), and every round not skipped is revealed.
 */
function played(settings: Partial<Settings>, plays: Play[][], players = ["Ana", "Bo", "Cy", "Di"]): Session {
  const made = createSession({ id: "s", settings: { ...DEFAULT_SETTINGS, ...settings }, rounds: R, now: T0 });
  if (!made.ok) throw new Error(made.reason.en);
  let s = made.session;
  const step = (command: Command, now: number) => {
    const out = apply(s, command, now);
    if (!out.ok) throw new Error(out.reason.en);
    s = out.session;
  };
  for (const p of players) step({ type: "join", nickname: p, userId: null, rejoinKey: p }, T0);
  plays.forEach((round, i) => {
    const opened = T0 + 100 * S * (i + 1);
    // A skip opens the next round itself.
    const isOpen = s.phase.kind === "open" && s.phase.round === i;
    if (!isOpen) step(i === 0 ? { type: "start" } : { type: "next" }, opened);
    if (round.includes("skip")) {
      step({ type: "skip" }, opened + S);
      return;
    }
    const at = s.runs[i]?.openedAt ?? opened;
    for (const p of round as Exclude<Play, "skip">[])
      step({ type: "answer", playerId: p.player, round: i, choice: p.choice }, at + p.after * S);
    step({ type: "reveal" }, at + 30 * S);
  });
  return s;
}

describe("points for one answer", () => {
  it("are 1000 for a right answer and nothing for a wrong one, however fast, with the bonuses off", () => {
    const off = { speedBonus: false, streakBonus: false };
    expect(pointsFor(off, { correct: true, msLeft: 19_000, msAllowed: 20_000, streakBefore: 4 }).points).toBe(1000);
    expect(pointsFor(off, { correct: true, msLeft: 0, msAllowed: 20_000, streakBefore: 0 }).points).toBe(1000);
    expect(pointsFor(off, { correct: false, msLeft: 19_000, msAllowed: 20_000, streakBefore: 4 }).points).toBe(0);
  });

  it("add up to 500 for speed, by the share of the time left", () => {
    const speed = { speedBonus: true, streakBonus: false };
    expect(pointsFor(speed, { correct: true, msLeft: 20_000, msAllowed: 20_000, streakBefore: 0 })).toEqual({
      points: 1500,
      speedBonus: 500,
      streakBonus: 0,
    });
    expect(pointsFor(speed, { correct: true, msLeft: 5_000, msAllowed: 20_000, streakBefore: 0 }).points).toBe(1125);
    expect(pointsFor(speed, { correct: true, msLeft: 0, msAllowed: 20_000, streakBefore: 0 }).points).toBe(1000);
    expect(pointsFor(speed, { correct: false, msLeft: 20_000, msAllowed: 20_000, streakBefore: 0 }).points).toBe(0);
    expect(pointsFor(speed, { correct: true, msLeft: null, msAllowed: null, streakBefore: 0 }).points).toBe(1000);
  });

  it("add 100 for each right answer in a row before this one, at most 500", () => {
    const streak = { speedBonus: false, streakBonus: true };
    const at = (n: number) => pointsFor(streak, { correct: true, msLeft: null, msAllowed: null, streakBefore: n });
    expect([0, 1, 2, 5, 9].map((n) => at(n).streakBonus)).toEqual([0, 100, 200, 500, 500]);
  });
});

describe("a session's scores", () => {
  const plays: Play[][] = [
    [
      { player: "p1", choice: right(0), after: 2 },
      { player: "p2", choice: right(0), after: 15 },
      { player: "p3", choice: wrong(0), after: 1 },
    ],
    [
      { player: "p1", choice: right(1), after: 2 },
      { player: "p2", choice: right(1), after: 10 },
    ],
    [
      { player: "p1", choice: right(2), after: 5 },
      { player: "p3", choice: right(2), after: 5 },
    ],
  ];

  it("with the bonuses off count right answers only: speed does not matter", () => {
    const board = leaderboard(played({}, plays));
    expect(board.map((s) => [s.nickname, s.score, s.correct, s.rank])).toEqual([
      ["Ana", 3000, 3, 1],
      ["Bo", 2000, 2, 2],
      ["Cy", 1000, 1, 3],
      ["Di", 0, 0, 4],
    ]);
  });

  it("with a speed bonus reward the quicker of two right answers", () => {
    const board = leaderboard(played({ speedBonus: true, timer: 20 }, plays.slice(0, 1)));
    // Ana: 18 of 20 s left; Bo: 5 of 20 s.
    expect(board.slice(0, 2).map((s) => [s.nickname, s.score])).toEqual([
      ["Ana", 1450],
      ["Bo", 1125],
    ]);
  });

  it("with a streak bonus reward right answers in a row; a round missed ends the run, a skipped one does not", () => {
    const s = played({ streakBonus: true }, plays);
    const points = (player: string) => s.answers.filter((a) => a.playerId === player).map((a) => a.streakBonus);
    expect(points("p1")).toEqual([0, 100, 200]);
    expect(points("p3")).toEqual([0, 0]);
    const skipped = played({ streakBonus: true }, [
      plays[0]!,
      ["skip"],
      [{ player: "p1", choice: right(2), after: 1 }],
    ]);
    expect(skipped.runs.map((r) => r.status)).toEqual(["revealed", "skipped", "revealed", "pending"]);
    expect(streakBefore(skipped, "p1", 2)).toBe(1);
    expect(streakBefore(skipped, "p2", 3)).toBe(0);
  });

  it("do not move until the round is revealed, so the leaderboard cannot tell anyone who was right", () => {
    const made = createSession({ id: "s", settings: DEFAULT_SETTINGS, rounds: R, now: T0 });
    if (!made.ok) throw new Error();
    let s = made.session;
    for (const c of [
      { type: "join", nickname: "Ana", userId: null, rejoinKey: "a" },
      { type: "start" },
      { type: "answer", playerId: "p1", round: 0, choice: right(0) },
    ] as Command[]) {
      const out = apply(s, c, T0 + S);
      if (!out.ok) throw new Error(out.reason.en);
      s = out.session;
    }
    expect(leaderboard(s)[0]?.score).toBe(0);
    const out = apply(s, { type: "reveal" }, T0 + 2 * S);
    expect(out.ok && leaderboard(out.session)[0]?.score).toBe(1000);
  });

  it("share a rank on the same score and right answers, and the podium leaves out whoever scored nothing", () => {
    const tie = played({}, [
      [
        { player: "p1", choice: right(0), after: 5 },
        { player: "p2", choice: right(0), after: 1 },
        { player: "p3", choice: wrong(0), after: 1 },
      ],
    ]);
    expect(leaderboard(tie).map((s) => s.rank)).toEqual([1, 1, 3, 3]);
    expect(podium(tie).map((s) => s.nickname)).toEqual(["Ana", "Bo"]);
  });
});

describe("after the session", () => {
  const s = played({ lang: "zh" }, [
    [
      { player: "p1", choice: right(0), after: 2 },
      { player: "p2", choice: wrong(0), after: 3 },
      { player: "p3", choice: wrong(0), after: 4 },
    ],
    [{ player: "p1", choice: wrong(1), after: 6 }],
  ]);

  it("sums up each question: how many chose each choice and how many were right", () => {
    const summary = roundSummary(s, 0);
    const expected = [0, 0, 0, 0];
    expected[right(0)] = 1;
    expected[wrong(0)] = 2;
    expect(summary).toMatchObject({ id: R[0]!.id, status: "revealed", counts: expected, answered: 3, correct: 1 });
    expect(roundSummary(s, 3)).toMatchObject({ status: "pending", counts: [0, 0, 0, 0], answered: 0 });
  });

  it("gives each student's answers as an assignment's are saved, and the rounds they missed", () => {
    const [ana, bo, , di] = studentResults(s);
    expect(ana).toMatchObject({ nickname: "Ana", score: 1000, correct: 1, asked: 2, missed: [R[1]!.id] });
    expect(ana?.answers[0]).toEqual({
      questionId: R[0]!.id,
      questionType: "next-state",
      response: "SYN-RECEIVED",
      correct: true,
      durationMs: 2 * S,
      basisKey: "LISTEN|rcv SYN",
    });
    expect(ana?.answers[1]).toMatchObject({
      correct: false,
      durationMs: 6 * S,
      basisKey: "SYN-SENT|rcv SYN,ACK|acks-syn",
    });
    expect(bo?.missed).toEqual([R[0]!.id, R[1]!.id]);
    expect(di).toMatchObject({ answers: [], missed: [R[0]!.id, R[1]!.id], asked: 2 });
  });

  it("analyses the items by transition as an assignment's results do, onto Figure 5's arcs", () => {
    const { byBasis, arcs, byQuestion } = sessionItems(s);
    expect(byBasis.find((i) => i.key === "LISTEN|rcv SYN")).toEqual({
      key: "LISTEN|rcv SYN",
      total: 3,
      wrong: 2,
      commonWrong: { response: R[0]!.states[wrong(0)], count: 2 },
    });
    expect(byQuestion.map((i) => i.key).sort()).toEqual([R[0]!.id, R[1]!.id].sort());
    const arc = arcs.find((a) => a.key === "LISTEN|rcv SYN");
    expect(arc).toMatchObject({ right: 1, total: 3 });
  });
});
