import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findTransition, isState, parseStateName, play, SCENARIOS, scenarioById, TRANSITIONS } from "@/lib/tcp";
import { checkAnswer } from "./check";
import { orderSteps } from "./from-scenarios";
import { allCandidates, generateQuiz, sameness } from "./generate";
import { seededRng } from "./rng";
import type { Question } from "./types";

describe("generateQuiz", () => {
  it("gives the same questions in the same order for the same seed and options", () => {
    const options = { seed: 42, count: 40, lang: "en" as const };
    expect(generateQuiz(options)).toEqual(generateQuiz(options));
  });

  it("gives different questions for different seeds", () => {
    const ids = (seed: number) => generateQuiz({ seed, count: 20, lang: "en" }).map((q) => q.id);
    expect(ids(1)).not.toEqual(ids(2));
  });

  it("asks the same questions in English and Chinese, worded in each language", () => {
    const en = generateQuiz({ seed: 9, count: 30, lang: "en" });
    const zh = generateQuiz({ seed: 9, count: 30, lang: "zh" });
    expect(zh.map((q) => q.id)).toEqual(en.map((q) => q.id));
    expect(zh.every((q) => /[\u4e00-\u9fff]/.test(q.prompt))).toBe(true);
    expect(en.some((q) => /[\u4e00-\u9fff]/.test(q.prompt))).toBe(false);
  });

  it("returns the count asked for, at the level asked for, mixing question types", () => {
    const quiz = generateQuiz({ seed: 3, count: 40, level: "basics", lang: "en" });
    expect(quiz).toHaveLength(40);
    expect(new Set(quiz.map((q) => q.level))).toEqual(new Set(["basics"]));
    expect(new Set(quiz.map((q) => q.type)).size).toBeGreaterThanOrEqual(8);
  });

  it("asks 'after receiving FIN in ESTABLISHED, what state?' with CLOSE-WAIT as the answer", () => {
    const quiz = generateQuiz({ seed: 1, count: 1000, lang: "en", types: ["next-state"] });
    const q = quiz.find((x) => x.id.startsWith("next-state:ESTABLISHED|rcv FIN"));
    expect(q?.prompt).toBe(
      "A socket is in ESTABLISHED and it receives a FIN. " +
        (q?.format === "choice" ? "Which state does it enter?" : "Type the state it enters."),
    );
    expect(q?.answer).toBe("CLOSE-WAIT");
    expect(q?.rfc).toBe("§3.10.7.4");
    expect(q?.link).toBe("/learn/teardown?step=2");
  });
});

function confirmByModel(q: Question): void {
  if (q.format === "choice") {
    expect(
      q.choices?.filter((c) => c === q.answer),
      q.id,
    ).toHaveLength(1);
    expect(new Set(q.choices).size, q.id).toBe(q.choices?.length);
  }
  if (q.format === "order") {
    expect([...(q.choices ?? [])].sort()).toEqual([...(q.answer as string[])].sort());
  }
  if (q.format === "state-name") {
    expect(isState(q.answer as string)).toBe(true);
    expect(checkAnswer(q, q.answer as string, "en").correct).toBe(true);
  }
  expect(q.explanation.length).toBeGreaterThan(10);
  expect(q.rfc).toMatch(/^§3\./);
  expect(q.link).toMatch(/^\/learn/);

  const b = q.basis;
  if (b.kind === "transition") {
    const t = findTransition(b.from, b.event, {
      when: b.when,
      opened: b.opened ?? null,
      alternative: b.alternative ?? null,
    });
    expect(t, q.id).toMatchObject({ to: b.to, send: b.send });
    if (q.type === "next-state") expect(q.answer).toBe(b.to);
    if (q.type === "which-event") expect(q.answer).toBe(b.event);
  } else if (b.kind === "scenario") {
    const scenario = scenarioById(b.scenario);
    expect(scenario, q.id).not.toBeNull();
    const trace = play({ ...scenario!, ...(b.isn ? { isn: b.isn } : {}) });
    const step = trace.steps[b.step - 1];
    expect(step, q.id).toBeDefined();
    if (q.type === "seq-ack") expect([String(step!.segment?.seq), String(step!.segment?.ack)]).toContain(q.answer);
    if (q.type === "missing-state") expect(Object.values(step!.states)).toContain(q.answer);
  } else {
    const match = parseStateName(b.spelling);
    if (q.type === "spot-misspelling") expect(match.kind).toBe("misspelling");
    else expect(match.kind !== "unknown" && "state" in match && match.state).toBe(q.answer);
  }
}

describe("every generated question", () => {
  it("has exactly one correct answer, and the model confirms it", () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.constantFrom(undefined, "basics" as const, "intermediate" as const, "advanced" as const),
        fc.constantFrom("en" as const, "zh" as const),
        (seed, level, lang) => {
          for (const q of generateQuiz({ seed, count: 25, lang, ...(level ? { level } : {}) })) confirmByModel(q);
        },
      ),
      { numRuns: 2000 },
    );
    // 50,000 questions each checked by replaying the model: a correctness check, given the time it needs on a busy
    // machine (the unit suite's 20 s default once cut it short under load).
  }, 120_000);

  it("offers no wrong choice that is right too: a missing state's distractors make no path of their own", () => {
    const arcs = new Set(TRANSITIONS.map((t) => `${t.from}>${t.to}`));
    // A timeline merges repeats, so staying put is no step of a path.
    const fits = (state: string, before?: string, after?: string) =>
      state !== before &&
      state !== after &&
      (!before || arcs.has(`${before}>${state}`)) &&
      (!after || arcs.has(`${state}>${after}`));
    let asked = 0;
    for (const candidate of allCandidates().filter((c) => c.type === "missing-state"))
      for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
        const q = candidate.make(seededRng(seed), "en") as Question;
        const path = (/goes through (.*)\. Which/.exec(q.prompt)?.[1] ?? "").split(" → ");
        const hole = path.indexOf("____");
        expect(hole).toBeGreaterThanOrEqual(0);
        for (const choice of q.choices ?? [])
          if (choice !== q.answer)
            expect(fits(choice, path[hole - 1], path[hole + 1]), `${q.id}: ${choice}`).toBe(false);
        asked++;
      }
    expect(asked).toBeGreaterThan(40);
  });

  it("says which FIN arrives in FIN-WAIT-1, so TIME-WAIT (a FIN that also acknowledges ours) is not right too", () => {
    const asked = (lang: "en" | "zh") =>
      allCandidates()
        .filter((c) => c.type === "next-state")
        .map((c) => c.make(seededRng(1), lang) as Question)
        .filter((q) => q.basis.kind === "transition" && q.basis.from === "FIN-WAIT-1" && q.basis.event === "rcv FIN");
    expect(asked("en").length).toBeGreaterThan(0);
    for (const q of asked("en")) {
      expect(q.answer).toBe("CLOSING");
      expect(q.prompt).toContain("receives a FIN that does not acknowledge its own FIN");
    }
    for (const q of asked("zh")) expect(q.prompt).toContain("收到一个没有确认自己 FIN 的 FIN");
  });
});

/** Whether `text` contains `word` as a whole term: "CLOSE" is not in "from CLOSE-WAIT". */
function mentions(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^A-Za-z0-9_,-])${escaped}($|[^A-Za-z0-9_,-])`).test(text);
}

describe("every generated quiz", () => {
  const focus = fc.constantFrom<{ topics?: Question["topic"][]; types?: Question["type"][] }>(
    {},
    { topics: ["handshake"] },
    { topics: ["teardown"] },
    { topics: ["edge-cases"] },
    { topics: ["naming"] },
    { types: ["seq-ack"] },
  );

  it("never asks the same question twice, even when it runs out of new ones", () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 120 }), focus, (seed, count, only) => {
        const quiz = generateQuiz({ seed, count, lang: "en", ...only });
        expect(quiz.length).toBeLessThanOrEqual(count);
        expect(new Set(quiz.map(sameness)).size).toBe(quiz.length);
      }),
      { numRuns: 300 },
    );
  });

  it("never gives the answer away in the prompt", () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom("en" as const, "zh" as const), (seed, lang) => {
        for (const q of generateQuiz({ seed, count: 50, lang })) {
          if (q.format === "order") continue;
          if (q.type === "which-side") {
            // The prompt has to say who made the first call; it must not say where anyone ends up.
            const asked = q.prompt.match(/(?:in|处于) ([A-Z0-9-]+)[?？]$/)?.[1] ?? "";
            expect(q.prompt.split(asked).length - 1, q.id).toBe(1);
            continue;
          }
          if (q.type === "missing-state") {
            // A timeline may pass through a state twice (CLOSED → SYN-SENT → CLOSED): only the blank is asked.
            expect(q.prompt.split("____").length - 1, q.id).toBe(1);
            continue;
          }
          // "It stays in ESTABLISHED" is a fair answer: the prompt names the state the socket starts in.
          if (q.basis.kind === "transition" && q.basis.from === q.basis.to) continue;
          // SYN-RECEIVED + RST depends on how the socket got there, so the prompt must say "from LISTEN".
          if (q.basis.kind === "transition" && q.basis.opened) continue;
          // A SYN's seq is the ISN: the question states the ISNs and asks whether the learner knows that.
          const prompt = q.prompt.replace(/ISN\s*(为\s*)?\d+/g, "ISN");
          expect(mentions(prompt, q.answer as string), `${q.id}: ${prompt}`).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
    // 100,000 questions, each searched for its answer: given the time that needs on a busy machine.
  }, 120_000);
});

describe("generated questions", () => {
  it("belong to their caller: changing one quiz's questions changes no other quiz", () => {
    const options = { seed: 11, count: 1000, lang: "en" as const };
    const pristine = JSON.stringify(generateQuiz(options));
    for (const q of generateQuiz(options)) {
      q.prompt = "changed";
      q.explanation = "changed";
      if (Array.isArray(q.answer)) q.answer.reverse();
      q.choices?.reverse();
      q.choices?.push("extra");
      if (q.basis.kind === "scenario") q.basis.step = -1;
      if (q.basis.kind === "scenario" && q.basis.isn) q.basis.isn.client = -1;
    }
    expect(JSON.stringify(generateQuiz(options))).toBe(pristine);
  });
});

describe("a candidate marked fixed", () => {
  // The generator skips making a fixed candidate the second time and only draws what it would have drawn: that is
  // right only if neither the question (by sameness) nor the count of numbers drawn depends on the rng.
  it("makes the same question and draws as many numbers whatever the rng gives", () => {
    const fixed = allCandidates().filter((c) => c.fixed);
    expect(new Set(fixed.map((c) => c.type))).toEqual(
      new Set([
        "segment-sent",
        "which-event",
        "which-side",
        "order-steps",
        "missing-state",
        "spot-misspelling",
        "which-check",
        "check-order",
      ]),
    );
    for (const candidate of fixed)
      for (const lang of ["en", "zh"] as const) {
        const made = [1, 2, 3, 99, 123_456].map((seed) => {
          const rng = seededRng(seed);
          const question = candidate.make(rng, lang);
          return { key: question && sameness(question), drawn: rng.drawn() };
        });
        expect(made[0]?.key, candidate.type).not.toBeNull();
        expect(new Set(made.map((m) => JSON.stringify(m))).size, made[0]?.key ?? candidate.type).toBe(1);
      }
  });
});

describe("checkAnswer for typed state names", () => {
  const [question] = generateQuiz({ seed: 5, count: 1000, lang: "en", types: ["next-state"] }).filter(
    (q) => q.format === "state-name" && q.answer === "SYN-RECEIVED",
  );

  it.each(["SYN-RECEIVED", "SYN_RECV", "syn-rcvd", "Syn Received", "SYN_RCVD"])(
    "accepts %s for SYN-RECEIVED",
    (typed) => {
      expect(question).toBeDefined();
      expect(checkAnswer(question!, typed, "en")).toEqual({ correct: true });
    },
  );

  it("rejects SYN_SEND with a hint that names the real state", () => {
    const verdict = checkAnswer(question!, "SYN_SEND", "en");
    expect(verdict.correct).toBe(false);
    expect(verdict.hint).toContain("SYN-SENT");
  });

  it("rejects a wrong state, and a word that is no state with a hint", () => {
    expect(checkAnswer(question!, "ESTABLISHED", "en").correct).toBe(false);
    expect(checkAnswer(question!, "half open", "zh").hint).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("an order question's explanation", () => {
  it("numbers the segments 1 to n as the list the learner orders, whatever steps send nothing between them", () => {
    for (const scenario of SCENARIOS) {
      for (const lang of ["en", "zh"] as const) {
        const q = orderSteps(play(scenario), seededRng(1), lang);
        const numbers = [...q.explanation.matchAll(/(?:^|\s)(\d+)\. /g)].map((m) => Number(m[1]));
        const segments = Array.isArray(q.answer) ? q.answer : [q.answer];
        expect(numbers, `${scenario.id} (${lang})`).toEqual(segments.map((_, i) => i + 1));
      }
    }
  });
});
