// Many seeded random runs of a live class, refused commands included: whatever the host and the phones send, in
// whatever order and at whatever time, the session keeps its rules.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededRng } from "@/lib/quiz";
import type { Command } from "./commands";
import { predictRound, questionRounds, variantRound } from "./rounds";
import { CORRECT_POINTS, countedAnswers, leaderboard, MAX_SPEED_BONUS, MAX_STREAK_BONUS, STREAK_STEP } from "./score";
import { apply, createSession, DEFAULT_SETTINGS } from "./session";
import type { Phase, PredictRound, Round, Session, Settings } from "./types";

const first = predictRound("handshake", 3, seededRng(1)) as PredictRound;
const ROUNDS: Round[] = [
  first,
  predictRound("teardown", 2, seededRng(2)) as PredictRound,
  ...questionRounds({ seed: 9, count: 2 }),
];
const EXTRA: Round[] = [variantRound(first, seededRng(3), "isn"), variantRound(first, seededRng(3), "lost")].filter(
  (r): r is PredictRound => r !== null,
);

type Move =
  | { kind: "join"; nickname: string; key: string; userId: string | null }
  | { kind: "rejoin"; key: string }
  | { kind: "host"; command: Command }
  | { kind: "answer"; player: number; roundShift: number; choice: number | "right" };

const move: fc.Arbitrary<Move> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("join" as const),
      nickname: fc.constantFrom("Ana", "ana", " Bo ", "Cy", "测试", "", "x".repeat(25)),
      key: fc.constantFrom("k1", "k2", "k3", "k4", "k5"),
      userId: fc.constantFrom(null, null, "u1", "u2"),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("rejoin" as const), key: fc.constantFrom("k1", "k2", "k9") }) },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant("host" as const),
      command: fc.oneof(
        { weight: 3, arbitrary: fc.constant<Command>({ type: "start" }) },
        { weight: 1, arbitrary: fc.constant<Command>({ type: "close" }) },
        { weight: 3, arbitrary: fc.constant<Command>({ type: "reveal" }) },
        { weight: 3, arbitrary: fc.constant<Command>({ type: "next" }) },
        { weight: 1, arbitrary: fc.constant<Command>({ type: "skip" }) },
        { weight: 1, arbitrary: fc.constant<Command>({ type: "leaderboard", shown: false }) },
        { weight: 1, arbitrary: fc.constantFrom(...EXTRA).map((round): Command => ({ type: "add-round", round })) },
        // Rare, or most runs would end before they got anywhere.
        { weight: 1, arbitrary: fc.constantFrom<Command>({ type: "end" }, { type: "leaderboard", shown: true }) },
      ),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      kind: fc.constant("answer" as const),
      player: fc.integer({ min: 0, max: 12 }),
      roundShift: fc.constantFrom(0, 0, 0, -1, 1),
      // Right half the time, so streaks build up; otherwise any number, choices or not.
      choice: fc.oneof(fc.constant("right" as const), fc.integer({ min: -1, max: 4 })),
    }),
  },
);

const settings: fc.Arbitrary<Settings> = fc
  .record({
    timer: fc.constantFrom(null, 10, 20, 60),
    speedBonus: fc.boolean(),
    streakBonus: fc.boolean(),
    leaderboard: fc.boolean(),
  })
  .map((s) => ({ ...DEFAULT_SETTINGS, ...s, speedBonus: s.speedBonus && s.timer !== null }));

/** Milliseconds between two commands: mostly a moment, now and then longer than any timer. */
const wait = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 2_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 70_000 }) },
);

function commandOf(m: Move, session: Session): Command {
  if (m.kind === "join") return { type: "join", nickname: m.nickname, userId: m.userId, rejoinKey: m.key };
  if (m.kind === "rejoin") return { type: "rejoin", who: { rejoinKey: m.key } };
  if (m.kind === "host") return m.command;
  const current = "round" in session.phase ? session.phase.round : 0;
  // Mostly someone who has joined; now and then a stranger.
  const player = m.player === 0 ? undefined : session.players[m.player % Math.max(1, session.players.length)];
  const round = current + m.roundShift;
  const choice = m.choice === "right" ? (session.rounds[round]?.answer ?? 0) : m.choice;
  return { type: "answer", playerId: player?.id ?? "p9", round, choice };
}

/** Where a phase stands in the order lobby → round 0 open → closed → revealed → round 1 … → ended. */
function position(phase: Phase): number {
  if (phase.kind === "lobby") return -1;
  if (phase.kind === "ended") return Number.POSITIVE_INFINITY;
  return phase.round * 3 + { open: 0, closed: 1, revealed: 2 }[phase.kind];
}

function checkInvariants(s: Session): void {
  // At most one answer per player per round, each to a round that was open and before its deadline.
  const keys = s.answers.map((a) => `${a.playerId}/${a.round}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const a of s.answers) {
    const run = s.runs[a.round];
    const round = s.rounds[a.round];
    expect(run?.openedAt).not.toBeNull();
    expect(a.at).toBeGreaterThanOrEqual(run?.openedAt ?? Number.POSITIVE_INFINITY);
    if (run?.deadline != null) expect(a.at).toBeLessThanOrEqual(run.deadline);
    expect(s.players.some((p) => p.id === a.playerId)).toBe(true);
    expect(a.correct).toBe(a.choice === round?.answer);
    // Points follow the rules the host chose: nothing for a wrong answer, bonuses only when turned on.
    if (!a.correct) expect([a.points, a.speedBonus, a.streakBonus]).toEqual([0, 0, 0]);
    else expect(a.points).toBe(CORRECT_POINTS + a.speedBonus + a.streakBonus);
    expect(a.speedBonus).toBeLessThanOrEqual(s.settings.speedBonus ? MAX_SPEED_BONUS : 0);
    expect(a.streakBonus).toBeLessThanOrEqual(s.settings.streakBonus ? MAX_STREAK_BONUS : 0);
    expect(a.streakBonus % STREAK_STEP).toBe(0);
  }
  // Everyone's score is the sum of their recorded answers to revealed rounds.
  for (const standing of leaderboard(s)) {
    const sum = countedAnswers(s)
      .filter((a) => a.playerId === standing.playerId)
      .reduce((n, a) => n + a.points, 0);
    expect(standing.score).toBe(sum);
  }
  expect(leaderboard(s)).toHaveLength(s.players.length);
  // Rounds before the current one are done, those after it untouched; nothing is open once the session ends (the
  // rounds it never reached stay pending).
  const current = "round" in s.phase ? s.phase.round : -1;
  if (s.phase.kind !== "ended")
    s.runs.forEach((run, i) => {
      if (i < current) expect(["revealed", "skipped"]).toContain(run.status);
      if (i > current) expect(run.status).toBe("pending");
      if (i === current) expect(run.status).toBe(s.phase.kind);
    });
  if (s.phase.kind === "ended") expect(s.runs.some((r) => r.status === "open" || r.status === "closed")).toBe(false);
  expect(s.runs).toHaveLength(s.rounds.length);
  const nicknames = s.players.map((p) => p.nickname.toLowerCase());
  expect(new Set(nicknames).size).toBe(nicknames.length);
}

describe("any run of a live class", () => {
  it("keeps one answer per player and round, scores that add up, and phases in order", () => {
    // What the runs reached, so the property is known to have been tried on sessions that got somewhere.
    const reached = { answers: 0, revealed: 0, ended: 0, refused: 0 };
    fc.assert(
      fc.property(
        settings,
        fc.array(fc.tuple(move, wait), { minLength: 1, maxLength: 80, size: "max" }),
        (chosen, moves) => {
          const made = createSession({ id: "prop", settings: chosen, rounds: ROUNDS, now: 0 });
          if (!made.ok) throw new Error(made.reason.en);
          let s = made.session;
          let now = 0;
          for (const [m, wait] of moves) {
            now += wait;
            const before = JSON.stringify(s);
            const command = commandOf(m, s);
            const out = apply(s, command, now);
            // Nothing is changed in place: a refused command, or the one before, leaves the session as it was.
            expect(JSON.stringify(s)).toBe(before);
            if (!out.ok) {
              reached.refused++;
              continue;
            }
            expect(position(out.session.phase)).toBeGreaterThanOrEqual(position(s.phase));
            // Recorded answers are never changed or dropped.
            expect(out.session.answers.slice(0, s.answers.length)).toEqual(s.answers);
            s = out.session;
            checkInvariants(s);
          }
          expect(JSON.parse(JSON.stringify(s))).toEqual(s);
          reached.answers += s.answers.length;
          reached.revealed += s.runs.filter((r) => r.status === "revealed").length;
          if (s.phase.kind === "ended") reached.ended++;
        },
      ),
      { seed: 24, numRuns: 500 },
    );
    expect(reached.answers).toBeGreaterThan(150);
    expect(reached.revealed).toBeGreaterThan(150);
    expect(reached.ended).toBeGreaterThan(50);
    expect(reached.refused).toBeGreaterThan(1000);
  });
});
