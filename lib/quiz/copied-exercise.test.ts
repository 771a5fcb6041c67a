import { describe, expect, it } from "vitest";
import { STATE_NAMES } from "@/lib/tcp";
import {
  copiedExercise,
  type Exercise,
  fixReducer,
  MAX_VARIANT,
  namesAreRight,
  score,
  startFixing,
  verdict,
  whatIsWrong,
} from "./copied-exercise";
import { copiedNotes } from "./from-copied";

const LANGS = ["en", "zh"] as const;
const wrongLines = (e: Exercise) => e.lines.filter((l) => l.why !== null);

describe("the copied answer in circulation", () => {
  it("carries the mistakes of the answer students copy, and no others", () => {
    for (const lang of LANGS) {
      const e = copiedExercise(0, lang);
      expect(wrongLines(e).map((l) => [l.written, l.rightWritten])).toEqual([
        ["SYN_SEND", "SYN_SENT"],
        ["SYN_SENDE STABLISHED", "SYN_SENT ESTABLISHED"],
        ["CLOSE_WAIT LAST_ACKC LOSE", "CLOSE_WAIT LAST_ACK CLOSE"],
      ]);
      expect(e.mistakes).toBe(3);
    }
  });

  it("is otherwise the handshake and the teardown as the model plays them", () => {
    for (const lang of LANGS) {
      const e = copiedExercise(0, lang);
      const right = e.lines.map((l) => `${l.before}${l.rightWritten}${l.after}`);
      expect(right).toEqual([...copiedNotes("handshake", lang), ...copiedNotes("teardown", lang)]);
      expect(e.lines.map((l) => l.n)).toEqual(right.map((_, i) => i + 1));
    }
  });
});

describe("every drawn variant", () => {
  const variants = Array.from({ length: 300 }, (_, i) => i + 1);

  it("gets four lines wrong, each with its reason, and every other line right", () => {
    for (const lang of LANGS) {
      for (const v of variants) {
        const e = copiedExercise(v, lang);
        expect(e.mistakes, `${v}`).toBe(4);
        expect(wrongLines(e), `${v}`).toHaveLength(4);
        for (const l of e.lines) {
          if (l.why === null) {
            expect(namesAreRight(l.written, l.right), `${v}:${l.n}`).toBe(true);
          } else {
            // The mistake is one: the names as written are not the line's states under any spelling.
            expect(namesAreRight(l.written, l.right), `${v}:${l.n} ${l.written}`).toBe(false);
            expect(l.why.length).toBeGreaterThan(10);
          }
        }
      }
    }
  });

  it("is fixed by netstat's names, by the RFC's and in any case", () => {
    for (const v of variants.slice(0, 50)) {
      const e = copiedExercise(v, "en");
      for (const l of wrongLines(e)) {
        expect(verdict(l, l.rightWritten)).toBe("fixed");
        expect(verdict(l, l.right.join(" ").toLowerCase())).toBe("fixed");
        expect(verdict(l, l.right.map((s) => STATE_NAMES[s].ss).join(", "))).toBe("fixed");
      }
    }
  });

  it("is the same for the same number, and differs between numbers", () => {
    expect(copiedExercise(42, "en")).toEqual(copiedExercise(42, "en"));
    const shapes = new Set(
      variants.map((v) =>
        wrongLines(copiedExercise(v, "en"))
          .map((l) => l.written)
          .join("|"),
      ),
    );
    expect(shapes.size).toBeGreaterThan(200);
  });

  it("refuses a number that is not a variant", () => {
    for (const bad of [-1, 1.5, MAX_VARIANT + 1, Number.NaN]) expect(() => copiedExercise(bad, "en")).toThrow();
  });
});

describe("judging a line", () => {
  const e = copiedExercise(0, "en");
  const synSend = e.lines.find((l) => l.written === "SYN_SEND")!;
  const listen = e.lines[0]!;

  it("tells a missed mistake, a wrong fix, a fix, and a right line broken or left alone", () => {
    expect(verdict(synSend, undefined)).toBe("missed");
    expect(verdict(synSend, " SYN_SEND ")).toBe("missed");
    expect(verdict(synSend, "SYN_SENDED")).toBe("not-fixed");
    expect(verdict(synSend, "SYN-RECEIVED")).toBe("not-fixed");
    expect(verdict(synSend, "syn sent")).toBe("fixed");
    expect(verdict(listen, undefined)).toBe("right");
    expect(verdict(listen, "LISTENING")).toBe("right");
    expect(verdict(listen, "CLOSED")).toBe("broken");
  });

  it("says what is wrong with a fix that is not right", () => {
    expect(whatIsWrong("SYN_SENDED", synSend.right, "en")[0]).toContain("SYN-SENT");
    expect(whatIsWrong("SYN_SENTT", synSend.right, "en")).toEqual(['"SYN_SENTT" is not the name of a state.']);
    expect(whatIsWrong("SYN_SENT ESTABLISHED", synSend.right, "en")[0]).toContain("one state");
    expect(whatIsWrong("LISTEN", synSend.right, "zh")[0]).toContain("真实的状态名");
  });

  it("scores the mistakes fixed and the right lines broken", () => {
    const two = e.lines.filter((l) => l.why !== null)[1]!;
    expect(score(e, {})).toEqual({ fixed: 0, mistakes: 3, broken: 0 });
    expect(score(e, { [synSend.n]: "SYN_SENT", [two.n]: "SYN_SENT ESTAB", [listen.n]: "CLOSED" })).toEqual({
      fixed: 2,
      mistakes: 3,
      broken: 1,
    });
  });
});

describe("the learner's work", () => {
  it("opens a line with its names, keeps what is saved, and forgets an empty fix", () => {
    let s = fixReducer(startFixing(), { type: "open", n: 2, text: "SYN_SEND" });
    expect(s).toMatchObject({ open: 2, draft: "SYN_SEND" });
    s = fixReducer(fixReducer(s, { type: "draft", text: " SYN_SENT " }), { type: "save" });
    expect(s).toMatchObject({ open: null, edits: { 2: "SYN_SENT" } });
    expect(fixReducer(s, { type: "open", n: 2, text: "SYN_SEND" }).draft).toBe("SYN_SENT");
    s = fixReducer(fixReducer(fixReducer(s, { type: "open", n: 2, text: "" }), { type: "draft", text: "" }), {
      type: "save",
    });
    expect(s.edits).toEqual({});
  });

  it("saves an open line when checking, then changes nothing until trying again", () => {
    let s = fixReducer(startFixing(), { type: "open", n: 6, text: "SYN_SENDE STABLISHED" });
    s = fixReducer(fixReducer(s, { type: "draft", text: "SYN_SENT ESTABLISHED" }), { type: "check" });
    expect(s).toMatchObject({ checked: true, open: null, edits: { 6: "SYN_SENT ESTABLISHED" } });
    expect(fixReducer(s, { type: "undo", n: 6 })).toBe(s);
    s = fixReducer(s, { type: "again" });
    expect(fixReducer(s, { type: "undo", n: 6 }).edits).toEqual({});
  });

  it("puts back kept fixes without overwriting what was typed since", () => {
    const s = fixReducer(startFixing({ 2: "SYN_SENT" }), {
      type: "restore",
      edits: { 2: "X", 6: "SYN_SENT ESTAB" },
      checked: true,
    });
    expect(s).toMatchObject({ edits: { 2: "SYN_SENT", 6: "SYN_SENT ESTAB" }, checked: true });
  });

  it("cancels an open line without changing what was saved", () => {
    const saved = startFixing({ 3: "SYN_RECV" });
    const s = fixReducer(
      fixReducer(fixReducer(saved, { type: "open", n: 3, text: "" }), { type: "draft", text: "X" }),
      {
        type: "cancel",
      },
    );
    expect(s).toEqual(saved);
  });
});
