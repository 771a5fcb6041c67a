import { describe, expect, it } from "vitest";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { isMsgKey } from "@/lib/i18n/global";
import { dwell, playerReducer, startPlayer, stepFromQuery } from "./player";

describe("player", () => {
  it("play shows step 1 at once, ticks through the rest and stops on the last step", () => {
    let s = playerReducer(startPlayer(3), { type: "toggle" });
    expect(s).toMatchObject({ step: 1, playing: true, moved: "forward" });
    s = playerReducer(s, { type: "tick" });
    expect(s).toMatchObject({ step: 2, playing: true });
    s = playerReducer(s, { type: "tick" });
    expect(s).toMatchObject({ step: 3, playing: false });
    expect(playerReducer(s, { type: "tick" })).toBe(s);
  });

  it("play on the last step starts again from the beginning", () => {
    expect(playerReducer(startPlayer(3, 3), { type: "toggle" })).toMatchObject({ step: 0, playing: true });
  });

  it("stepping or scrubbing pauses; only a step forward animates", () => {
    const playing = playerReducer(startPlayer(5), { type: "toggle" });
    expect(playerReducer(playing, { type: "next" })).toMatchObject({ step: 2, playing: false, moved: "forward" });
    expect(playerReducer(playing, { type: "prev" })).toMatchObject({ step: 0, playing: false, moved: "jump" });
    expect(playerReducer(playing, { type: "seek", step: 4 })).toMatchObject({ step: 4, playing: false, moved: "jump" });
    expect(playerReducer(playing, { type: "restart" })).toMatchObject({ step: 0, playing: false });
  });

  it("never leaves the scenario: back from the start and forward from the end stay put", () => {
    expect(playerReducer(startPlayer(4), { type: "prev" }).step).toBe(0);
    expect(playerReducer(startPlayer(4, 4), { type: "next" }).step).toBe(4);
    expect(playerReducer(startPlayer(4), { type: "seek", step: 99 }).step).toBe(4);
    expect(playerReducer(startPlayer(4), { type: "seek", step: -3 }).step).toBe(0);
  });

  it("2x shows each step half as long as 1x; a pause stops ticks from moving", () => {
    expect(dwell(2)).toBe(dwell(1) / 2);
    const paused = playerReducer(playerReducer(startPlayer(4), { type: "toggle" }), { type: "pause" });
    expect(playerReducer(paused, { type: "tick" }).step).toBe(1);
  });

  it("reads ?step= from a link: a step in range, or the start with the reason", () => {
    expect(stepFromQuery("4", 7)).toEqual({ step: 4, problem: null });
    expect(stepFromQuery(undefined, 7)).toEqual({ step: 0, problem: null });
    const far = stepFromQuery("99", 7);
    expect(far).toEqual({ step: 0, problem: { key: "learn.stepOutOfRange", values: { last: 7 } } });
    expect(far.problem && typeof far.problem !== "string" && isMsgKey(far.problem.key)).toBe(true);
    expect(far.problem && globalTranslatorFor("en").msg(far.problem)).toBe(
      "This scenario has steps 1 to 7; showing the start.",
    );
    expect(far.problem && globalTranslatorFor("zh-CN").msg(far.problem)).toMatch(/第 1 至 7 步/);
    expect(stepFromQuery("2.5", 7).step).toBe(0);
    expect(stepFromQuery("abc", 7).problem).not.toBeNull();
    // Decimal digits only, though Number() reads each of these as 4.
    for (const raw of ["0x4", "4e0", "0b100", " 4"]) expect(stepFromQuery(raw, 7), raw).toMatchObject({ step: 0 });
    expect(stepFromQuery("0x4", 7).problem).not.toBeNull();
  });
});
