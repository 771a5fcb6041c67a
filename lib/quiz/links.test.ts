import { describe, expect, it } from "vitest";
import { basisKey, quizQuestions } from ".";
import { practiceSpec } from "./attempt";
import { basisKeyView } from "./links";

const basisLabel = (key: string) => basisKeyView(key).label;

describe("what a learner or teacher reads per transition, step or name", () => {
  it("names a step by its scenario's title in both languages, a spelling, or a transition in RFC notation", () => {
    expect(basisLabel("handshake#2")).toEqual({
      kind: "step",
      scenario: { en: "Three-way handshake", zh: "三次握手" },
      step: 2,
    });
    expect(basisLabel("name:SYN_SENT")).toEqual({ kind: "name", spelling: "SYN_SENT" });
    expect(basisLabel("ESTABLISHED|rcv FIN")).toEqual({ kind: "transition", notation: "ESTABLISHED + rcv FIN" });
    expect(basisLabel("no-such-scenario#3")).toEqual({
      kind: "step",
      scenario: { en: "no-such-scenario", zh: "no-such-scenario" },
      step: 3,
    });
  });

  it("reads every key the quiz records", () => {
    const kinds = new Set<string>();
    for (const q of quizQuestions(
      practiceSpec({ seed: 7, count: 50, level: null, focus: "everything", lang: "en", only: null }),
    )) {
      const label = basisLabel(basisKey(q));
      kinds.add(label.kind);
      if (label.kind === "step") expect(label.scenario.en).not.toBe(label.scenario.zh);
    }
    expect([...kinds].sort()).toEqual(["name", "step", "transition"]);
  });

  it("links each to the page that shows it", () => {
    expect(basisKeyView("handshake#2").href).toBe("/learn/handshake?step=2");
    expect(basisKeyView("name:SYN_SENT").href).toBe("/learn#states-heading");
    expect(basisKeyView("ESTABLISHED|rcv FIN").href).toMatch(/^\/learn\/[a-z-]+\?step=\d+$/);
  });
});
