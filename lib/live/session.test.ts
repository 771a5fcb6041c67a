import { describe, expect, it } from "vitest";
import { seededRng } from "@/lib/quiz";
import type { Command, Outcome } from "./commands";
import { predictRound, questionRounds, variantRound } from "./rounds";
import { leaderboard } from "./score";
import { apply, createSession, DEFAULT_SETTINGS } from "./session";
import type { PredictRound, Round, Session, Settings } from "./types";
import { playerView } from "./views";

const T0 = 1_767_000_000_000;
const S = 1000;

const handshake = predictRound("handshake", 2, seededRng(1)) as PredictRound;
const teardown = predictRound("teardown", 1, seededRng(2)) as PredictRound;
const ROUNDS: Round[] = [handshake, teardown, ...questionRounds({ seed: 5, count: 2 })];

function fresh(settings: Partial<Settings> = {}, rounds: Round[] = ROUNDS): Session {
  const made = createSession({ id: "live-1", settings: { ...DEFAULT_SETTINGS, ...settings }, rounds, now: T0 });
  if (!made.ok) throw new Error(made.reason.en);
  return made.session;
}

function ok(outcome: Outcome): Extract<Outcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`refused: ${outcome.reason.en}`);
  return outcome;
}

function refused(outcome: Outcome): string {
  if (outcome.ok) throw new Error("expected a refusal");
  expect(outcome.reason.zh.length).toBeGreaterThan(0);
  return outcome.reason.en;
}

/** Applies commands in turn, each at its time, failing on any refusal. */
function run(session: Session, ...steps: [Command, number][]): Session {
  return steps.reduce((s, [command, now]) => ok(apply(s, command, now)).session, session);
}

const join = (nickname: string, key = `key-${nickname}`, userId: string | null = null): Command => ({
  type: "join",
  nickname,
  userId,
  rejoinKey: key,
});
const answer = (playerId: string, round: number, choice: number): Command => ({
  type: "answer",
  playerId,
  round,
  choice,
});
const wrongOf = (round: Round) => (round.answer + 1) % round.choices.length;

/** Two players in, round 0 open at T0 + 10 s with a 20 s timer. */
function started(settings: Partial<Settings> = {}): Session {
  return run(fresh(settings), [join("Ana"), T0], [join("Bo"), T0 + S], [{ type: "start" }, T0 + 10 * S]);
}

describe("creating a session", () => {
  it("has both bonuses off and the leaderboard shown unless the host says otherwise", () => {
    const s = fresh();
    expect(s.settings).toMatchObject({ speedBonus: false, streakBonus: false, leaderboard: true });
    expect(s.phase).toEqual({ kind: "lobby" });
    expect(s.runs.every((r) => r.status === "pending")).toBe(true);
  });

  it("takes no timer, or 10 to 60 whole seconds", () => {
    for (const timer of [null, 10, 35, 60])
      expect(createSession({ id: "x", settings: { ...DEFAULT_SETTINGS, timer }, rounds: ROUNDS, now: T0 }).ok).toBe(
        true,
      );
    for (const timer of [0, 9, 61, 12.5]) {
      const made = createSession({ id: "x", settings: { ...DEFAULT_SETTINGS, timer }, rounds: ROUNDS, now: T0 });
      expect(made.ok, String(timer)).toBe(false);
    }
  });

  it("refuses a speed bonus without a timer, and a session without rounds", () => {
    const noTimer = createSession({
      id: "x",
      settings: { ...DEFAULT_SETTINGS, timer: null, speedBonus: true },
      rounds: ROUNDS,
      now: T0,
    });
    expect(noTimer.ok).toBe(false);
    expect(createSession({ id: "x", settings: DEFAULT_SETTINGS, rounds: [], now: T0 }).ok).toBe(false);
  });
});

describe("joining", () => {
  it("adds a guest under a trimmed nickname and tells everyone how many have joined", () => {
    const out = ok(apply(fresh(), join("  Ana   Li "), T0));
    expect(out.session.players).toEqual([
      { id: "p1", nickname: "Ana Li", userId: null, rejoinKey: "key-  Ana   Li ", joinedAt: T0 },
    ]);
    expect(out.events).toEqual([
      { audience: "all", type: "player-joined", playerId: "p1", nickname: "Ana Li", players: 1 },
    ]);
  });

  it("refuses an empty nickname, one over 24 characters, and one taken in another case", () => {
    const s = run(fresh(), [join("Ana"), T0]);
    expect(refused(apply(s, join("   "), T0))).toMatch(/Type a nickname/);
    expect(refused(apply(s, join("x".repeat(25)), T0))).toMatch(/at most 24 characters; this one has 25/);
    expect(refused(apply(s, join(" ANA "), T0))).toMatch(/already called "ANA"/);
    expect(refused(apply(s, join("ａｎａ"), T0))).toMatch(/already called/);
    expect(refused(apply(s, join("a\u200bb"), T0))).toMatch(/invisible/);
    expect(ok(apply(s, join("x".repeat(24)), T0)).session.players).toHaveLength(2);
    // Characters, not bytes or UTF-16 units: 24 Chinese characters, and names outside the BMP, fit.
    expect(ok(apply(s, join("测".repeat(24)), T0)).session.players).toHaveLength(2);
    expect(ok(apply(s, join("🐙".repeat(24)), T0)).session.players).toHaveLength(2);
  });

  it("is allowed late, while a question is open, and the late player can still answer it", () => {
    const s = started();
    const late = ok(apply(s, join("Cy"), T0 + 15 * S));
    expect(late.events).toContainEqual({ audience: "host", type: "answer-count", round: 0, answered: 0, players: 3 });
    const answered = ok(apply(late.session, answer("p3", 0, handshake.answer), T0 + 16 * S));
    expect(answered.session.answers.map((a) => a.playerId)).toEqual(["p3"]);
  });

  it("is refused once the session has ended", () => {
    const s = run(fresh(), [join("Ana"), T0], [{ type: "end" }, T0 + S]);
    expect(refused(apply(s, join("Bo"), T0 + 2 * S))).toMatch(/ended/);
  });

  it("by the same browser or the same account again rejoins the player it already is", () => {
    const s = run(fresh(), [join("Ana", "k1", "user-1"), T0]);
    const sameBrowser = ok(apply(s, join("Another name", "k1"), T0 + S));
    expect(sameBrowser.session.players).toHaveLength(1);
    expect(sameBrowser.events.map((e) => e.type)).toEqual(["player-rejoined", "player-rejoined"]);
    const otherDevice = ok(apply(s, join("Ana on phone", "k2", "user-1"), T0 + S));
    expect(otherDevice.session.players).toHaveLength(1);
    expect(refused(apply(s, { type: "join", nickname: "Bo", userId: null, rejoinKey: "" }, T0))).toMatch(/no key/);
  });
});

describe("rejoining", () => {
  it("after a refresh keeps the player's answer and score, and tells the host and that phone only", () => {
    let s = started();
    s = run(s, [answer("p1", 0, handshake.answer), T0 + 12 * S], [{ type: "reveal" }, T0 + 20 * S]);
    const back = ok(apply(s, { type: "rejoin", who: { rejoinKey: "key-Ana" } }, T0 + 25 * S));
    expect(back.session).toBe(s);
    expect(back.events).toEqual([
      { audience: "host", type: "player-rejoined", playerId: "p1" },
      { audience: { player: "p1" }, type: "player-rejoined", playerId: "p1" },
    ]);
    const view = playerView(back.session, "p1", T0 + 25 * S);
    expect(view).toMatchObject({ nickname: "Ana", score: 1000, mine: { choice: handshake.answer, correct: true } });
  });

  it("while a question is open keeps the answer given, and a second tap after it counts once", () => {
    let s = started();
    s = run(s, [answer("p1", 0, 1), T0 + 12 * S]);
    ok(apply(s, { type: "rejoin", who: { rejoinKey: "key-Ana" } }, T0 + 13 * S));
    expect(playerView(s, "p1", T0 + 13 * S)?.mine).toEqual({ choice: 1, correct: null, points: null });
    s = run(s, [answer("p1", 0, 1), T0 + 14 * S]);
    expect(s.answers).toHaveLength(1);
  });

  it("by a signed-in user's id finds their player; an unknown browser is asked to join", () => {
    const s = run(fresh(), [join("Ana", "k1", "user-1"), T0]);
    expect(ok(apply(s, { type: "rejoin", who: { userId: "user-1" } }, T0)).events[0]).toMatchObject({ playerId: "p1" });
    expect(refused(apply(s, { type: "rejoin", who: { rejoinKey: "nope" } }, T0))).toMatch(/join again/);
    expect(refused(apply(s, { type: "rejoin", who: { userId: "user-2" } }, T0))).toMatch(/join again/);
  });
});

describe("the host's controls", () => {
  it("start opens the first round with its deadline, once, and only when someone has joined", () => {
    expect(refused(apply(fresh(), { type: "start" }, T0))).toMatch(/Nobody has joined/);
    const s = started();
    expect(s.phase).toEqual({ kind: "open", round: 0 });
    expect(s.runs[0]).toEqual({ status: "open", openedAt: T0 + 10 * S, deadline: T0 + 30 * S, closedAt: null });
    expect(refused(apply(s, { type: "start" }, T0 + 11 * S))).toMatch(/already started/);
  });

  it("a round without a timer stays open until the host closes it", () => {
    const s = run(fresh({ timer: null }), [join("Ana"), T0], [{ type: "start" }, T0]);
    expect(s.runs[0]?.deadline).toBeNull();
    const an_hour_later = T0 + 3600 * S;
    expect(ok(apply(s, answer("p1", 0, 0), an_hour_later)).session.answers).toHaveLength(1);
    const closed = ok(apply(s, { type: "close" }, an_hour_later));
    expect(closed.events).toEqual([{ audience: "all", type: "round-closed", round: 0, by: "host" }]);
  });

  it("close says the timer closed it at the deadline, and is refused when nothing is open", () => {
    const s = started();
    const closed = ok(apply(s, { type: "close" }, T0 + 30 * S));
    expect(closed.events).toEqual([{ audience: "all", type: "round-closed", round: 0, by: "timer" }]);
    expect(closed.session.phase).toEqual({ kind: "closed", round: 0 });
    expect(refused(apply(closed.session, { type: "close" }, T0 + 31 * S))).toMatch(/No question is open/);
  });

  it("reveal closes an open round first, and cannot reveal twice", () => {
    const s = started();
    const out = ok(apply(s, { type: "reveal" }, T0 + 15 * S));
    expect(out.events.map((e) => e.type)).toEqual(["round-closed", "round-revealed"]);
    expect(out.session.runs[0]).toMatchObject({ status: "revealed", closedAt: T0 + 15 * S });
    expect(refused(apply(out.session, { type: "reveal" }, T0 + 16 * S))).toMatch(/no question to reveal/);
    expect(refused(apply(fresh(), { type: "reveal" }, T0))).toMatch(/no question to reveal/);
  });

  it("next opens the following round only after a reveal, and after the last one ends the session", () => {
    let s = started();
    expect(refused(apply(s, { type: "next" }, T0 + 11 * S))).toMatch(/Reveal or skip/);
    expect(refused(apply(fresh(), { type: "next" }, T0))).toMatch(/Start the session/);
    s = run(s, [{ type: "reveal" }, T0 + 12 * S], [{ type: "next" }, T0 + 14 * S]);
    expect(s.phase).toEqual({ kind: "open", round: 1 });
    expect(s.runs[1]).toMatchObject({ status: "open", openedAt: T0 + 14 * S, deadline: T0 + 34 * S });
    for (let i = 1; i < ROUNDS.length; i++)
      s = run(s, [{ type: "reveal" }, T0 + 40 * S], [{ type: "next" }, T0 + 41 * S]);
    expect(s.phase).toEqual({ kind: "ended" });
    expect(s.endedAt).toBe(T0 + 41 * S);
    expect(refused(apply(s, { type: "next" }, T0 + 42 * S))).toMatch(/ended/);
  });

  it("skip drops the round, its answers counting for nobody, and opens the next", () => {
    let s = run(started(), [answer("p1", 0, handshake.answer), T0 + 11 * S]);
    const out = ok(apply(s, { type: "skip" }, T0 + 12 * S));
    expect(out.events.map((e) => e.type)).toEqual(["round-skipped", "round-opened", "answer-count"]);
    s = out.session;
    expect(s.runs[0]?.status).toBe("skipped");
    expect(s.phase).toEqual({ kind: "open", round: 1 });
    expect(leaderboard(s).find((x) => x.playerId === "p1")?.score).toBe(0);
    s = run(s, [{ type: "reveal" }, T0 + 13 * S]);
    expect(refused(apply(s, { type: "skip" }, T0 + 14 * S))).toMatch(/not yet revealed/);
    expect(refused(apply(fresh(), { type: "skip" }, T0))).toMatch(/not yet revealed/);
  });

  it("skip on the last round ends the session", () => {
    const s = run(fresh({}, [handshake]), [join("Ana"), T0], [{ type: "start" }, T0]);
    expect(ok(apply(s, { type: "skip" }, T0 + S)).session.phase).toEqual({ kind: "ended" });
  });

  it("end stops at once, an unrevealed round counting for nobody; it cannot end twice", () => {
    let s = run(started(), [answer("p1", 0, handshake.answer), T0 + 11 * S]);
    const out = ok(apply(s, { type: "end" }, T0 + 12 * S));
    expect(out.events.map((e) => e.type)).toEqual(["round-skipped", "ended"]);
    s = out.session;
    expect(s.runs[0]?.status).toBe("skipped");
    expect(leaderboard(s)[0]?.score).toBe(0);
    expect(refused(apply(s, { type: "end" }, T0 + 13 * S))).toMatch(/already ended/);
    expect(ok(apply(fresh(), { type: "end" }, T0)).session.phase).toEqual({ kind: "ended" });
  });

  it("shows or hides the leaderboard, and saying the same twice changes nothing more", () => {
    const s = started();
    const hidden = ok(apply(s, { type: "leaderboard", shown: false }, T0 + 11 * S));
    expect(hidden.session.settings.leaderboard).toBe(false);
    expect(hidden.events).toEqual([{ audience: "all", type: "leaderboard", shown: false }]);
    expect(ok(apply(hidden.session, { type: "leaderboard", shown: false }, T0)).session.settings).toEqual(
      hidden.session.settings,
    );
    expect(playerView(hidden.session, "p1", T0)?.rank).toBeNull();
    expect(playerView(s, "p1", T0)?.rank).toBe(1);
  });

  it("adds a variant right after the revealed round, and Next opens it", () => {
    const variant = variantRound(handshake, seededRng(3), "isn") as PredictRound;
    let s = run(started(), [{ type: "reveal" }, T0 + 15 * S]);
    const added = ok(apply(s, { type: "add-round", round: variant }, T0 + 16 * S));
    expect(added.events).toEqual([{ audience: "host", type: "round-added", round: 1 }]);
    s = run(added.session, [{ type: "next" }, T0 + 17 * S]);
    expect(s.phase).toEqual({ kind: "open", round: 1 });
    expect(s.rounds[1]?.id).toBe(variant.id);
    expect(s.rounds[2]?.id).toBe(teardown.id);
    expect(s.runs).toHaveLength(ROUNDS.length + 1);
    const lobby = ok(apply(fresh(), { type: "add-round", round: variant }, T0)).session;
    expect(lobby.rounds.at(-1)?.id).toBe(variant.id);
  });
});

describe("answering", () => {
  it("records the answer, tells that phone it is in and the host the new count, and nobody whether it is right", () => {
    const out = ok(apply(started(), answer("p2", 0, wrongOf(handshake)), T0 + 12 * S));
    expect(out.events).toEqual([
      { audience: { player: "p2" }, type: "answer-accepted", round: 0, playerId: "p2" },
      { audience: "host", type: "answer-count", round: 0, answered: 1, players: 2 },
    ]);
    expect(JSON.stringify(out.events)).not.toMatch(/correct|points/);
    expect(playerView(out.session, "p2", T0 + 12 * S)?.round?.answer).toBeNull();
    expect(playerView(out.session, "p2", T0 + 12 * S)?.msLeft).toBe(18 * S);
  });

  it("counts a double submit once: the same choice again is accepted without change, another choice refused", () => {
    const s = run(started(), [answer("p1", 0, 2), T0 + 12 * S]);
    const again = ok(apply(s, answer("p1", 0, 2), T0 + 12 * S + 5));
    expect(again.session).toBe(s);
    expect(again.events).toEqual([]);
    expect(refused(apply(s, answer("p1", 0, 3), T0 + 13 * S))).toMatch(/first answer counts/);
    expect(s.answers).toHaveLength(1);
  });

  it("takes an answer up to the deadline by the server's clock, and refuses one a millisecond after", () => {
    const s = started();
    expect(ok(apply(s, answer("p1", 0, 0), T0 + 30 * S)).session.answers).toHaveLength(1);
    expect(refused(apply(s, answer("p1", 0, 0), T0 + 30 * S + 1))).toMatch(/Time is up/);
  });

  it("is refused in the lobby, once closed or revealed, for a round not open, from a stranger, and off the choices", () => {
    const s = started();
    const lobby = run(fresh(), [join("Ana"), T0]);
    expect(refused(apply(lobby, answer("p1", 0, 0), T0))).toMatch(/No question is open/);
    const closed = run(s, [{ type: "close" }, T0 + 12 * S]);
    expect(refused(apply(closed, answer("p1", 0, 0), T0 + 13 * S))).toMatch(/Time is up/);
    const revealed = run(closed, [{ type: "reveal" }, T0 + 13 * S]);
    expect(refused(apply(revealed, answer("p1", 0, 0), T0 + 14 * S))).toMatch(/Time is up/);
    // A retry of round 0 that reaches the server once round 1 is open must not land on round 1.
    const nextOpen = run(revealed, [{ type: "next" }, T0 + 15 * S]);
    expect(refused(apply(nextOpen, answer("p1", 0, 0), T0 + 16 * S))).toMatch(/not the one open/);
    expect(refused(apply(s, answer("p1", 1, 0), T0 + 16 * S))).toMatch(/not the one open/);
    expect(refused(apply(s, answer("p9", 0, 0), T0 + 11 * S))).toMatch(/not in this session/);
    for (const choice of [-1, 4, 1.5])
      expect(refused(apply(s, answer("p1", 0, choice), T0 + 11 * S))).toMatch(/not one of the choices/);
    const ended = run(s, [{ type: "end" }, T0 + 12 * S]);
    expect(refused(apply(ended, answer("p1", 0, 0), T0 + 13 * S))).toMatch(/No question is open/);
  });
});

describe("a session saved as JSON", () => {
  it("comes back equal, and carries on exactly as the one that was never saved", () => {
    const script: [Command, number][] = [
      [join("Ana"), T0],
      [join("Bo"), T0 + S],
      [{ type: "start" }, T0 + 2 * S],
      [answer("p1", 0, handshake.answer), T0 + 5 * S],
      // The server restarts here: everything after runs on the session read back from the database.
      [answer("p2", 0, wrongOf(handshake)), T0 + 9 * S],
      [answer("p2", 0, wrongOf(handshake)), T0 + 9 * S],
      [join("Cy"), T0 + 10 * S],
      [{ type: "reveal" }, T0 + 12 * S],
      [{ type: "next" }, T0 + 20 * S],
      [answer("p3", 1, teardown.answer), T0 + 21 * S],
      [answer("p1", 1, teardown.answer), T0 + 50 * S],
      [{ type: "close" }, T0 + 51 * S],
      [{ type: "reveal" }, T0 + 52 * S],
    ];
    const settings = { speedBonus: true, streakBonus: true };
    const before = run(fresh(settings), ...script.slice(0, 4));
    const saved: unknown = JSON.parse(JSON.stringify(before));
    expect(saved).toEqual(before);
    const carryOn = (start: Session) => {
      let s = start;
      const log = script.slice(4).map(([command, now]) => {
        const out = apply(s, command, now);
        if (out.ok) s = out.session;
        return out.ok ? { events: out.events } : { refused: out.reason };
      });
      return { log, session: s, board: leaderboard(s) };
    };
    const original = carryOn(before);
    const resumed = carryOn(saved as Session);
    expect(resumed).toEqual(original);
    // The late answer is refused in both; the scores are not all zero, so the comparison compares something.
    expect(original.log.filter((o) => "refused" in o)).toHaveLength(1);
    // Cy: 1000 + 500 × 19/20 s left; Ana: 1000 + 500 × 17/20, her second answer late; Bo wrong.
    expect(original.board.map((x) => [x.nickname, x.score])).toEqual([
      ["Cy", 1475],
      ["Ana", 1425],
      ["Bo", 0],
    ]);
  });
});
