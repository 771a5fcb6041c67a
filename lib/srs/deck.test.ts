import { describe, expect, it } from "vitest";
import { globalTranslatorFor } from "@/lib/i18n/catalogues";
import { isMsgKey } from "@/lib/i18n/global";
import { STATES, TRANSITIONS, transitionId } from "@/lib/tcp";
import { frozenVersion } from "@/lib/versions";
import { RENAMED_CARDS } from "@/lib/versions/renames";
import { allCards, DECK_TEXT, DECKS, deckCards } from "./deck";

describe("the deck", () => {
  it("has a card for every transition (its own, or the rule it shares with other states) and every state", () => {
    const ids = allCards().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const rules = allCards().filter((c) => c.id.startsWith("r:"));
    for (const t of TRANSITIONS.filter((x) => x.kind !== "failure")) {
      const own = ids.includes(`t:${transitionId(t)}`);
      const ruled = rules.some((r) => r.back.en.includes(t.from));
      expect(own || ruled, transitionId(t)).toBe(true);
    }
    for (const s of STATES) expect(ids).toContain(`s:${s}`);
  });

  it("still has every card version 1 had, under its new id where the model renamed it, so no history is lost", () => {
    const now = new Set(allCards().map((c) => c.id));
    for (const card of frozenVersion(1)!.allCards()) {
      expect(now.has(RENAMED_CARDS[card.id] ?? card.id), card.id).toBe(true);
    }
  });

  it("keeps its ids when regenerated: an id says what the card is about, not where it sits", () => {
    const card = allCards().find((c) => c.id === "t:ESTABLISHED|rcv FIN");
    expect(card?.back.en).toBe("→ CLOSE-WAIT, sends ACK.");
    expect(card?.mastery).toBe("ESTABLISHED|rcv FIN");
    // Pinned ids: renaming one would orphan learners' review history.
    expect(allCards().map((c) => c.id)).toEqual(
      expect.arrayContaining(["s:TIME-WAIT", "n:SYNSEND", "n:SYNRECV", "q:teardown#2"]),
    );
  });

  it("answers seq/ack cards with the numbers the engine put on the wire", () => {
    const card = allCards().find((c) => c.id === "q:teardown#2");
    expect(card?.front.en).toContain("receives FIN,ACK seq=4001 ack=9001");
    expect(card?.back.en).toBe("ACK seq=9001 ack=4002");
  });

  it("puts every card in one topic deck, and the everything deck holds them all", () => {
    const topics = DECKS.filter((d) => d !== "everything");
    const sum = topics.reduce((n, d) => n + deckCards(d).length, 0);
    expect(sum).toBe(allCards().length);
    expect(deckCards("everything")).toHaveLength(allCards().length);
    for (const d of topics) expect(deckCards(d).length).toBeGreaterThan(3);
  });

  it("never shows the answer on the front", () => {
    for (const c of allCards()) {
      if (c.kind === "transition" && c.arc && c.arc.from !== c.arc.to) expect(c.front.en).not.toContain(c.arc.to);
      if (c.kind === "name") expect(c.front.en).not.toContain(c.back.en);
      if (c.kind === "seq-ack") expect(c.front.en).not.toContain(c.back.en);
    }
  });

  it("names every deck with messages of the catalogue, in English and Chinese", () => {
    for (const d of DECKS) {
      expect(isMsgKey(DECK_TEXT[d].title), d).toBe(true);
      expect(isMsgKey(DECK_TEXT[d].summary), d).toBe(true);
    }
    expect(globalTranslatorFor("en")(DECK_TEXT.teardown.title)).toBe("Teardown");
    expect(globalTranslatorFor("zh-CN")(DECK_TEXT.teardown.title)).toBe("四次挥手");
  });

  it("writes its Chinese faces in Chinese: tools named in Chinese, a space between Chinese and a state name", () => {
    const name = allCards().find((c) => c.id === "n:SYNRECV");
    expect(name?.front.zh).toContain("Linux 上的 netstat（net-tools）：SYN_RECV");
    expect(name?.front.zh).not.toContain("netstat on");
    const transition = allCards().find((c) => c.id === "t:ESTABLISHED|rcv FIN");
    expect(transition?.front.zh).toMatch(/^处于 ESTABLISHED 时，收到 FIN。/);
  });
});
