import { describe, expect, it } from "vitest";
import { FIGURE_ARCS } from "@/lib/animation";
import { seededRng } from "@/lib/quiz";
import type { State } from "@/lib/tcp";
import type { Command } from "./commands";
import { predictRound, questionRounds } from "./rounds";
import { apply, createSession, DEFAULT_SETTINGS } from "./session";
import { figureArc, figureTally, sessionTally } from "./tally";
import type { PredictRound } from "./types";

/** Counts for a round given as votes per state; every state must be one of the round's choices. */
function votes(round: PredictRound, byState: Partial<Record<State, number>>): number[] {
  for (const s of Object.keys(byState)) expect(round.states, s).toContain(s);
  return round.states.map((s) => byState[s] ?? 0);
}

/** A round pausing at `pauseAt` whose choices include `wanted`, trying seeds until one does. */
function roundWith(scenario: string, pauseAt: number, wanted: State[]): PredictRound {
  for (let seed = 1; seed < 500; seed++) {
    const round = predictRound(scenario, pauseAt, seededRng(seed));
    if (round && wanted.every((w) => round.states.includes(w))) return round;
  }
  throw new Error(`no seed gives ${wanted.join(", ")}`);
}

describe("the class's votes on Figure 5", () => {
  it("rest on Figure 5 drawing at most one arc between two states, so a chosen state names one arc", () => {
    const pairs = FIGURE_ARCS.map((a) => `${a.from}>${a.to}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("put each chosen state on the arc from the paused state, the real one marked", () => {
    // The handshake's SYN reaches the server in LISTEN: the real arc is LISTEN → SYN-RECEIVED.
    const round = roundWith("handshake", 2, ["SYN-RECEIVED", "SYN-SENT", "LISTEN"]);
    const tally = figureTally(round, votes(round, { "SYN-RECEIVED": 14, "SYN-SENT": 5, LISTEN: 3 }));
    expect(tally.from).toBe("LISTEN");
    expect(tally.real).toEqual({ id: "LISTEN|rcv SYN", from: "LISTEN", to: "SYN-RECEIVED", inFigure: true });
    const by = (s: State) => tally.choices.find((c) => c.state === s);
    expect(by("SYN-RECEIVED")).toMatchObject({ votes: 14, real: true, arc: tally.real });
    // LISTEN → SYN-SENT is in Figure 5 (RFC 9293's SEND on a listening connection): a wrong arc, drawn with its count.
    expect(by("SYN-SENT")).toEqual({
      state: "SYN-SENT",
      votes: 5,
      real: false,
      arc: { id: "LISTEN|SEND", from: "LISTEN", to: "SYN-SENT", inFigure: true },
    });
    // Staying in LISTEN is no arc of Figure 5.
    expect(by("LISTEN")).toMatchObject({ votes: 3, real: false, arc: null });
    expect(tally.noSuchArc).toBe(3);
    expect(tally.total).toBe(22);
  });

  it("mark a real step Figure 5 leaves out as not in the figure, and still draw wrong votes on the arcs it has", () => {
    // Three-segment teardown: FIN-WAIT-1 gets a FIN that also acks its own, straight to TIME-WAIT (§3.10.7.4).
    const round = roundWith("teardown-combined", 3, ["TIME-WAIT", "CLOSING"]);
    expect(round.transition.kind).toBe("event-processing");
    const tally = figureTally(round, votes(round, { "TIME-WAIT": 6, CLOSING: 9 }));
    expect(tally.real).toMatchObject({ from: "FIN-WAIT-1", to: "TIME-WAIT", inFigure: false });
    expect(tally.choices.find((c) => c.state === "CLOSING")?.arc).toEqual({
      id: "FIN-WAIT-1|rcv FIN",
      from: "FIN-WAIT-1",
      to: "CLOSING",
      inFigure: true,
    });
  });

  it("draw an arc into CLOSED where Figure 5 does: the box at the end for a closing state", () => {
    const round = predictRound("teardown", 5, seededRng(1)) as PredictRound;
    expect(round.transition).toMatchObject({ from: "LAST-ACK", to: "CLOSED" });
    expect(figureTally(round, [0, 0, 0, 0]).real).toEqual({
      id: "LAST-ACK|rcv ACK of FIN",
      from: "LAST-ACK",
      to: "CLOSED-end",
      inFigure: true,
    });
    expect(figureArc("SYN-SENT", "CLOSED")).toMatchObject({ to: "CLOSED" });
    expect(figureArc("CLOSE-WAIT", "TIME-WAIT")).toBeNull();
  });

  it("are counted from the answers a session recorded; an ordinary question has no tally", () => {
    const round = predictRound("handshake", 2, seededRng(1)) as PredictRound;
    const made = createSession({
      id: "s",
      settings: DEFAULT_SETTINGS,
      rounds: [round, ...questionRounds({ seed: 1, count: 1 })],
      now: 0,
    });
    if (!made.ok) throw new Error(made.reason.en);
    let s = made.session;
    const commands: Command[] = [
      { type: "join", nickname: "Ana", userId: null, rejoinKey: "a" },
      { type: "join", nickname: "Bo", userId: null, rejoinKey: "b" },
      { type: "start" },
      { type: "answer", playerId: "p1", round: 0, choice: round.answer },
      { type: "answer", playerId: "p2", round: 0, choice: (round.answer + 1) % 4 },
      { type: "answer", playerId: "p2", round: 0, choice: (round.answer + 1) % 4 },
    ];
    for (const c of commands) {
      const out = apply(s, c, 1000);
      if (!out.ok) throw new Error(out.reason.en);
      s = out.session;
    }
    const tally = sessionTally(s, 0);
    expect(tally?.total).toBe(2);
    expect(tally?.choices[round.answer]?.votes).toBe(1);
    expect(tally?.choices[(round.answer + 1) % 4]?.votes).toBe(1);
    expect(sessionTally(s, 1)).toBeNull();
  });
});
