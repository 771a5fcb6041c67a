import { describe, expect, it } from "vitest";
import { quizQuestions } from "./attempt";
import { giftEscape, giftText, markdownText } from "./export";

const questions = quizQuestions({ seed: 7, count: 20, level: null, focus: "everything", lang: "en", only: null });

describe("quiz exports", () => {
  it("GIFT: one question per block, the right answer marked, GIFT's own characters escaped", () => {
    const gift = giftText("Week 3", questions);
    const blocks = gift.trim().split("\n\n").slice(1);
    expect(blocks).toHaveLength(questions.length);
    for (const [i, q] of questions.entries()) {
      const block = blocks[i] ?? "";
      expect(block).toContain(`::Week 3 ${i + 1}::`);
      if (q.format === "choice") expect(block).toContain(`=${giftEscape(String(q.answer))}`);
      if (q.format === "state-name") expect(block).toContain(`=${String(q.answer)}`);
      if (q.format === "order") expect(block).toContain(`-> ${(q.answer as string[]).length}`);
    }
    expect(giftEscape("seq=4001 {x}: a~b #c")).toBe("seq\\=4001 \\{x\\}\\: a\\~b \\#c");
  });

  it("Markdown: every question, then an answer key with the explanation and RFC section", () => {
    const md = markdownText("Week 3", questions);
    expect(md.startsWith("# Week 3\n")).toBe(true);
    for (const q of questions) expect(md).toContain(q.prompt);
    const key = md.slice(md.indexOf("## Answer key"));
    expect(key.split("\n").filter((l) => /^\d+\. \*\*/.test(l))).toHaveLength(questions.length);
  });
});
