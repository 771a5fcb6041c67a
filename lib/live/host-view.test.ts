import { describe, expect, it } from "vitest";
import { seededRng } from "@/lib/quiz";
import type { Command } from "./commands";
import { hostView } from "./host-view";
import { predictRound, questionRounds } from "./rounds";
import { apply, createSession, DEFAULT_SETTINGS } from "./session";
import type { PredictRound, Round, Session, Settings } from "./types";

const T0 = 1_767_000_000_000;
const predict = predictRound("handshake", 2, seededRng(1)) as PredictRound;
const ROUNDS: Round[] = [predict, ...questionRounds({ seed: 5, count: 1 })];

function run(settings: Partial<Settings>, ...commands: Command[]): Session {
  const made = createSession({ id: "s", settings: { ...DEFAULT_SETTINGS, ...settings }, rounds: ROUNDS, now: T0 });
  if (!made.ok) throw new Error(made.reason.en);
  return commands.reduce((s, c, i) => {
    const out = apply(s, c, T0 + (i + 1) * 1000);
    if (!out.ok) throw new Error(out.reason.en);
    return out.session;
  }, made.session);
}

const joins: Command[] = [
  { type: "join", nickname: "Ana", userId: null, rejoinKey: "a" },
  { type: "join", nickname: "Bo", userId: null, rejoinKey: "b" },
];
const wrong = predict.answer === 0 ? 1 : 0;

describe("the host screen's view", () => {
  it("shows an open question without its answer, votes or tally, and counts who answered", () => {
    const view = hostView(
      run({}, ...joins, { type: "start" }, { type: "answer", playerId: "p1", round: 0, choice: predict.answer }),
    );
    expect(view.phase).toBe("open");
    expect(view.answered).toBe(1);
    expect(view.round).toMatchObject({ index: 0, kind: "predict", answer: null, counts: null, tally: null });
    expect(view.round?.scene).toEqual({
      scenario: "handshake",
      isn: predict.isn,
      lost: null,
      pauseAt: 2,
      actor: predict.actor,
    });
    expect(JSON.stringify(view)).not.toContain('"states"');
  });

  it("at the reveal gives the answer, the counts and the votes on Figure 5", () => {
    const view = hostView(
      run(
        {},
        ...joins,
        { type: "start" },
        { type: "answer", playerId: "p1", round: 0, choice: predict.answer },
        { type: "answer", playerId: "p2", round: 0, choice: wrong },
        { type: "reveal" },
      ),
    );
    expect(view.round?.answer).toBe(predict.answer);
    expect(view.round?.counts?.reduce((a, b) => a + b)).toBe(2);
    expect(view.round?.tally?.real.id).toBe(predict.transition.id);
    expect(view.round?.tally?.total).toBe(2);
    expect(view.leaderboard?.map((s) => [s.nickname, s.score])).toEqual([
      ["Ana", 1000],
      ["Bo", 0],
    ]);
  });

  it("hides the leaderboard when the host does, and shows it with the podium and a summary at the end", () => {
    const hidden = run({ leaderboard: false }, ...joins, { type: "start" });
    expect(hostView(hidden).leaderboard).toBeNull();
    const ended = run(
      {},
      ...joins,
      { type: "start" },
      { type: "answer", playerId: "p1", round: 0, choice: predict.answer },
      { type: "reveal" },
      { type: "end" },
    );
    const view = hostView(ended);
    expect(view.podium?.map((s) => s.nickname)).toEqual(["Ana"]);
    expect(view.summary).toHaveLength(2);
    expect(view.summary?.[0]).toMatchObject({ status: "revealed", answered: 1, correct: 1 });
    expect(view.summary?.[1]?.status).toBe("pending");
    expect(hostView(run({ leaderboard: false }, ...joins, { type: "end" })).podium).toBeNull();
  });
});
