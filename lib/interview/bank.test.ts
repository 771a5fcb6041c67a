import { describe, expect, it } from "vitest";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { isMsgKey } from "@/lib/i18n/global";
import { MISSPELLINGS, STATES } from "@/lib/tcp";
import { BANK } from "./bank";
import { TOPIC_TITLE } from "./index";
import { traceOf } from "./story";

const texts = (q: (typeof BANK)[number]) => [q.question, q.answer, q.deeper].flatMap((t) => [t.en, t.zh]);

describe("the interview bank", () => {
  it("has a stable id, both languages and an RFC section for every question", () => {
    expect(new Set(BANK.map((q) => q.id)).size).toBe(BANK.length);
    for (const q of BANK) {
      for (const t of texts(q)) expect(t.trim().length).toBeGreaterThan(5);
      expect(q.rfc).toMatch(/^§\d+(\.\d+)*$/);
    }
  });

  it("never writes a state name that does not exist (SYN_SEND and friends)", () => {
    for (const q of BANK) {
      for (const t of texts(q)) {
        for (const m of MISSPELLINGS) {
          // An answer may name a misspelling to correct it, and must say so.
          if (q.corrects?.includes(m.spelling)) continue;
          expect(t, `${q.id}: ${m.spelling}`).not.toMatch(new RegExp(`\\b${m.spelling}\\b`));
        }
      }
    }
  });

  it("has at least the forty questions the brief asks for, and links only to pages that exist", () => {
    expect(BANK.length).toBeGreaterThanOrEqual(40);
    for (const q of BANK) {
      if (!q.link) continue;
      const scenario = q.link.match(/^\/learn\/([\w-]+)(?:\?step=(\d+))?$/);
      const state = q.link.match(/^\/learn#([A-Z0-9-]+|states-heading)$/);
      expect(scenario || state, `${q.id}: ${q.link}`).toBeTruthy();
      if (scenario) {
        const steps = traceOf(scenario[1] ?? "").steps.length;
        if (scenario[2]) expect(Number(scenario[2])).toBeLessThanOrEqual(steps);
      }
      if (state && state[1] !== "states-heading") expect(STATES).toContain(state[1]);
    }
  });

  it("tells the handshake and teardown exactly as the model plays them", () => {
    for (const [id, scenario] of [
      ["handshake-states", "handshake"],
      ["teardown-states", "teardown"],
    ] as const) {
      const q = BANK.find((x) => x.id === id);
      const trace = traceOf(scenario);
      for (const step of trace.steps) {
        for (const state of Object.values(step.states)) expect(q?.answer.en).toContain(state);
      }
      const visited = new Set(trace.steps.flatMap((s) => Object.values(s.states)));
      for (const state of STATES)
        if (!visited.has(state) && state !== "CLOSED") expect(q?.answer.en).not.toContain(` ${state} `);
    }
  });
});

describe("the interview topics", () => {
  it("each have a heading in the catalogue, in both languages", () => {
    const en = globalTranslatorFor("en");
    const zh = globalTranslatorFor("zh-CN");
    for (const key of Object.values(TOPIC_TITLE)) {
      expect(isMsgKey(key), key).toBe(true);
      expect(zh(key)).not.toBe(en(key));
    }
    expect(en(TOPIC_TITLE.handshake)).toBe("Opening a connection");
    expect(new Set(BANK.map((q) => q.topic))).toEqual(new Set(Object.keys(TOPIC_TITLE)));
  });
});
