import { describe, expect, it } from "vitest";
import { ankiText } from "./anki";
import { allCards, deckCards } from "./deck";

describe("the Anki export", () => {
  it("opens with the headers Anki reads, then one note per card with four tab-separated fields", () => {
    const text = ankiText(allCards());
    const lines = text.trimEnd().split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "#separator:tab",
      "#html:true",
      "#notetype:Basic",
      "#guid column:1",
      "#tags column:4",
      "#columns:GUID\tFront\tBack\tTags",
    ]);
    const notes = lines.slice(6);
    expect(notes).toHaveLength(allCards().length);
    for (const note of notes) expect(note.split("\t")).toHaveLength(4);
  });

  it("keeps each note's GUID from the card id, escapes HTML and tags by topic", () => {
    const note = ankiText(deckCards("teardown"))
      .split("\n")
      .find((l) => l.startsWith("synack-t:ESTABLISHED|rcv_FIN\t"));
    const [, front, back, tags] = note?.split("\t") ?? [];
    expect(front).toContain("In ESTABLISHED");
    expect(back).toContain("→ CLOSE-WAIT, sends ACK.<br>");
    expect(tags).toBe("synack synack::teardown synack::transition");
    expect(ankiText([{ ...allCards()[0]!, front: { en: "a<b>&", zh: "" } }])).toContain("a&lt;b&gt;&amp;");
  });

  it("writes each field in the asked language first, the other under it", () => {
    const note = (lang: "en" | "zh") =>
      ankiText(deckCards("teardown"), lang)
        .split("\n")
        .find((l) => l.startsWith("synack-t:ESTABLISHED|rcv_FIN\t"))
        ?.split("\t") ?? [];
    const [, enFront = "", enBack = ""] = note("en");
    const [, zhFront = "", zhBack = ""] = note("zh");
    expect(enFront.indexOf("In ESTABLISHED")).toBe(0);
    expect(enFront).toContain("处于 ESTABLISHED");
    expect(zhFront.indexOf("处于 ESTABLISHED")).toBe(0);
    expect(zhFront).toContain("<br>In ESTABLISHED");
    expect(zhBack.startsWith("→ CLOSE-WAIT，")).toBe(true);
    expect(zhBack.split("<br>").length).toBe(enBack.split("<br>").length);
  });
});
