// Rounds made from the model. A predict round is held to the quiz's standard (lib/quiz/defensible.test.ts): a
// careful student with RFC 9293 open finds exactly one answer, and it is the state the model's step leads to.
import { describe, expect, it } from "vitest";
import { generateQuiz, seededRng } from "@/lib/quiz";
import { rowsMeant } from "@/lib/quiz/from-transitions";
import { openedHint } from "@/lib/quiz/text";
import { CASE_INFO, play, READING, SCENARIOS, type Step, siblingsOf } from "@/lib/tcp";
import { predictMoments, predictRound, questionRounds, scenarioOf, variantRound } from "./rounds";
import type { PredictRound } from "./types";

/** Every predict round there is: each moment of each scenario, as written and with a segment lost where it can be. */
function everyPredictRound(): PredictRound[] {
  const out: PredictRound[] = [];
  for (const scenario of SCENARIOS)
    for (const moment of predictMoments(scenario.id)) {
      const round = predictRound(scenario.id, moment, seededRng(moment + 1));
      if (!round) throw new Error(`${scenario.id} ${moment}`);
      out.push(round);
      const lost = variantRound(round, seededRng(7), "lost");
      if (lost) out.push(lost);
    }
  return out;
}

const ROUNDS = everyPredictRound();

const stepOf = (round: PredictRound): Step => play(scenarioOf(round)).steps[round.pauseAt] as Step;

describe("ordinary rounds", () => {
  it("are the quiz generator's choice questions for the seed, in both languages, with the same right choice", () => {
    const rounds = questionRounds({ seed: 42, count: 12, level: "basics" });
    expect(rounds).toHaveLength(12);
    const en = generateQuiz({ seed: 42, count: 48, level: "basics", lang: "en" }).filter((q) => q.format === "choice");
    const zh = generateQuiz({ seed: 42, count: 48, level: "basics", lang: "zh" });
    rounds.forEach((r, i) => {
      const q = en[i]!;
      expect(r.id).toBe(q.id);
      expect(r.level).toBe("basics");
      expect(r.choices.map((c) => c.en)).toEqual(q.choices);
      expect(r.choices[r.answer]!.en).toBe(q.answer);
      const other = zh.find((x) => x.id === q.id)!;
      expect(r.prompt.zh).toBe(other.prompt);
      expect(r.choices[r.answer]!.zh).toBe(other.answer);
    });
  });

  it("keep to the topics asked for", () => {
    const rounds = questionRounds({ seed: 3, count: 8, topics: ["teardown"] });
    expect(rounds.length).toBeGreaterThan(0);
    const quiz = generateQuiz({ seed: 3, count: 32, topics: ["teardown"], lang: "en" });
    for (const r of rounds) expect(quiz.find((q) => q.id === r.id)?.topic).toBe("teardown");
  });
});

describe("a predict round", () => {
  it("pauses before the handshake's SYN reaches the listening server and asks for SYN-RECEIVED", () => {
    const round = predictRound("handshake", 2, seededRng(1))!;
    expect(round.transition).toMatchObject({ from: "LISTEN", event: "rcv SYN", to: "SYN-RECEIVED", kind: "figure" });
    expect(round.transition.id).toBe("LISTEN|rcv SYN");
    expect(round.basisKey).toBe("LISTEN|rcv SYN");
    expect(round.actor).toBe("server");
    expect(round.states[round.answer]).toBe("SYN-RECEIVED");
    expect(round.prompt.en).toContain("server is in LISTEN");
    expect(round.prompt.en).toContain("SYN seq=4000");
    expect(round.context?.en).toContain("2. the client calls connect()");
    expect(round.link).toBe("/learn/handshake?step=3");
  });

  it("exists only where the actor's state changes and the step is TCP's doing", () => {
    expect(predictMoments("forged-rst")).toEqual([]);
    // half-open: step 0 is a reboot, step 2 a SYN that leaves ESTABLISHED as it was.
    expect(predictMoments("half-open")).not.toContain(0);
    expect(predictMoments("half-open")).not.toContain(2);
    expect(predictRound("half-open", 2, seededRng(1))).toBeNull();
    expect(predictRound("no-such-scenario", 0, seededRng(1))).toBeNull();
  });

  it("has as its answer the state the model's step leads to, among four different states", () => {
    expect(ROUNDS.length).toBeGreaterThan(90);
    for (const round of ROUNDS) {
      const step = stepOf(round);
      expect(step.states[step.actor], round.id).toBe(round.states[round.answer]);
      expect(step.transition.to, round.id).toBe(round.transition.to);
      expect(new Set(round.states).size, round.id).toBe(4);
      expect(round.choices.map((c) => c.en)).toEqual(round.states);
    }
  });

  it("offers no wrong state that any row the question could mean leads to", () => {
    for (const round of ROUNDS) {
      const meant = rowsMeant(stepOf(round).transition);
      expect(new Set(meant.map((r) => r.to)), round.id).toEqual(new Set([round.transition.to]));
      for (const [i, state] of round.states.entries())
        if (i !== round.answer)
          expect(
            meant.some((r) => r.to === state),
            `${round.id}: ${state}`,
          ).toBe(false);
    }
  });

  it("names the condition its row holds under and the reading it means, where the same event goes elsewhere", () => {
    let pinned = 0;
    for (const round of ROUNDS) {
      const row = stepOf(round).transition;
      for (const lang of ["en", "zh"] as const) {
        const prompt = round.prompt[lang];
        const others = siblingsOf(row).filter((o) => o !== row && o.to !== row.to);
        if (row.when && others.some((o) => o.when !== row.when)) {
          const phrase = CASE_INFO[row.when].phrase[lang];
          expect(prompt, round.id).toContain(lang === "en" ? phrase.trim() : phrase.replace(/^，/, ""));
          pinned++;
        }
        // An alternative RFC 9293 allows for the same event and condition, as the quiz's check reads it.
        const readings = others.filter(
          (o) =>
            o.alternative &&
            (o.when === undefined || row.when === undefined || o.when === row.when) &&
            (!o.opened || !row.opened || o.opened === row.opened),
        );
        for (const o of readings) {
          expect(prompt, round.id).toContain(READING[o.alternative!].usual[lang]);
          pinned++;
        }
      }
    }
    expect(pinned).toBeGreaterThan(0);
  });

  it("does not give its answer away in what it tells the class", () => {
    for (const round of ROUNDS) {
      const answer = round.states[round.answer]!;
      if (answer === round.transition.from) continue;
      // Figure 5 note 1: where a RST takes SYN-RECEIVED depends on how it got there, so the prompt must say so,
      // as the quiz's does; that part aside, the answer is not named.
      const told = `${round.context?.en} ${round.prompt.en}`.replace(openedHint("passive", "en"), "");
      expect(told, round.id).not.toContain(answer);
    }
  });

  it("is the same for the same seed", () => {
    expect(predictRound("teardown", 3, seededRng(9))).toEqual(predictRound("teardown", 3, seededRng(9)));
  });
});

describe("a variant", () => {
  it("with other ISNs asks the same transition with other numbers, and the model still answers it", () => {
    const round = predictRound("teardown", 4, seededRng(2))!;
    const variant = variantRound(round, seededRng(5), "isn")!;
    expect(variant.variant).toBe("isn");
    expect(variant.transition).toEqual(round.transition);
    expect(variant.pauseAt).toBe(round.pauseAt);
    expect(variant.isn.client).not.toBe(round.isn.client);
    expect(variant.isn.server).not.toBe(round.isn.server);
    expect(variant.id).not.toBe(round.id);
    // teardown step 5: the client in FIN-WAIT-2 receives the server's FIN, whose numbers follow the new ISNs.
    expect(round.prompt.en).toContain(`seq=${round.isn.server + 1}`);
    expect(variant.prompt.en).toContain(`seq=${variant.isn.server + 1}`);
    expect(variant.prompt.en).not.toBe(round.prompt.en);
    expect(variant.states[variant.answer]).toBe("TIME-WAIT");
    expect(stepOf(variant).states.client).toBe("TIME-WAIT");
  });

  it("with a segment lost has the sender resend it, then asks the same transition one step later", () => {
    const round = predictRound("handshake", 2, seededRng(2))!;
    const variant = variantRound(round, seededRng(5), "lost")!;
    expect(variant.variant).toBe("lost");
    expect(variant.lost).toBe(1);
    expect(variant.pauseAt).toBe(3);
    expect(variant.transition).toEqual(round.transition);
    expect(variant.context?.en).toContain("connect() (what it sends is lost)");
    expect(variant.context?.en).toContain("3. the client's retransmission timer expires");
    expect(variant.link).toBe(round.link);
    const trace = play(scenarioOf(variant));
    expect(trace.steps[1]!.lost).toBe(true);
    expect(trace.steps[3]!.received?.step).toBe(2);
  });

  it("cannot lose what nothing resends (a bare ACK), nor a segment when the step is a call", () => {
    const lastAck = predictRound("handshake", 4, seededRng(2))!;
    expect(lastAck.transition.id).toBe("SYN-RECEIVED|rcv ACK of SYN");
    expect(variantRound(lastAck, seededRng(5), "lost")).toBeNull();
    expect(variantRound(predictRound("handshake", 1, seededRng(2))!, seededRng(5), "lost")).toBeNull();
  });

  it("of a lost round with other ISNs keeps the loss; it cannot lose a second segment", () => {
    const lost = variantRound(predictRound("teardown", 1, seededRng(2))!, seededRng(5), "lost")!;
    expect(lost).not.toBeNull();
    const again = variantRound(lost, seededRng(6), "isn")!;
    expect(again.lost).toBe(lost.lost);
    expect(again.transition).toEqual(lost.transition);
    expect(stepOf(again).states[again.actor]).toBe(again.states[again.answer]);
    expect(variantRound(lost, seededRng(6), "lost")).toBeNull();
  });
});
