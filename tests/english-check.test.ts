import { describe, expect, it } from "vitest";
import { isEnglish } from "../e2e/support/english-in-chinese";

// The rule the Chinese end-to-end journeys hold every page to (e2e/support/english-in-chinese.ts).
describe("what counts as English left in the Chinese interface", () => {
  it("flags English words and phrases", () => {
    expect(isEnglish("Progress")).toBe(true);
    expect(isEnglish("Sign in")).toBe(true);
    expect(isEnglish("已复习 0 of the cards reviewed")).toBe(true);
    expect(isEnglish("Guest 7K2QXA")).toBe(true);
  });

  it("lets Chinese name terms, and passes notation and names", () => {
    expect(isEnglish("处于 ESTABLISHED 时收到 FIN")).toBe(false);
    expect(isEnglish("用 SYN cookie 抵御 SYN 洪泛")).toBe(false);
    expect(isEnglish("调用 connect() 之后")).toBe(false);
    expect(isEnglish("seq/ack")).toBe(false);
    expect(isEnglish("SynAck")).toBe(false);
    expect(isEnglish("RFC 9293 §3.10")).toBe(false);
    expect(isEnglish("访客 7K2QXA · ada@example.com")).toBe(false);
    expect(isEnglish("TIME-WAIT")).toBe(false);
    expect(isEnglish("最大报文段生存时间（Maximum Segment Lifetime）：假定的最长存活时间。")).toBe(false);
  });
});
