import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findOrCreateGuest, setNewCardsPerDay } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/catalogues";
import { isMsgKey } from "@/lib/i18n/global";
import { deckCards, Rating } from "@/lib/srs";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { markConceptWeak, rateCard, reviewView, undoRating, untilSpan } from "./review";
import { dailyLimit, rating, undoRequest } from "./schemas";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});
afterEach(async () => {
  await db.close();
});

const now = new Date("2026-11-24T09:00:00Z");
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const learner = () => findOrCreateGuest("c".repeat(64), db.client);

describe("reviewing flashcards", () => {
  it("a new learner starts on the deck's first new card, with each rating's interval on its button", async () => {
    const me = await learner();
    const view = await reviewView(me.id, "handshake", now, 0, null, db.client);
    expect(view.card?.id).toBe(deckCards("handshake")[0]?.id);
    expect(view.card?.status).toBe("new");
    expect(view.card?.intervals).toEqual({
      1: { n: 1, unit: "minute" },
      2: { n: 6, unit: "minute" },
      3: { n: 10, unit: "minute" },
      4: expect.objectContaining({ unit: "day" }),
    });
    expect(view.fresh).toBe(Math.min(20, deckCards("handshake").length) - 1);
    expect(view.due).toBe(0);
  });

  it("a rating is saved once: a second rating of the same showing is refused and changes nothing", async () => {
    const me = await learner();
    const first = await reviewView(me.id, "teardown", now, 0, null, db.client);
    const card = first.card!;
    const input = {
      deck: "teardown" as const,
      cardId: card.id,
      grade: Rating.Good as const,
      reps: card.reps,
      tzOffset: 0,
    };
    const rated = await rateCard(me.id, input, now, db.client);
    expect(rated.ok).toBe(true);
    expect(rated.view.card?.id).not.toBe(card.id);
    const again = await rateCard(me.id, input, now, db.client);
    expect(again).toMatchObject({ ok: false, status: 409, error: "flashcards.alreadyRated" });
    expect(await db.client.review.count()).toBe(1);
    const memory = await db.client.cardMemory.findFirstOrThrow();
    expect(memory.due).toEqual(later(10));
  });

  it("undo puts the card back exactly as it was and shows it again", async () => {
    const me = await learner();
    const card = (await reviewView(me.id, "naming", now, 0, null, db.client)).card!;
    await rateCard(
      me.id,
      { deck: "naming", cardId: card.id, grade: Rating.Easy, reps: 0, tzOffset: 0 },
      now,
      db.client,
    );
    // An undo naming another card, or the right card at other reps, changes nothing.
    const wrong = await undoRating(me.id, { deck: "naming", tzOffset: 0, cardId: "n:ESTAB", reps: 1 }, now, db.client);
    expect(wrong.undone).toBeNull();
    expect(
      (await undoRating(me.id, { deck: "naming", tzOffset: 0, cardId: card.id, reps: 2 }, now, db.client)).undone,
    ).toBeNull();
    expect(await db.client.review.count()).toBe(1);
    const undone = await undoRating(me.id, { deck: "naming", tzOffset: 0, cardId: card.id, reps: 1 }, now, db.client);
    expect(undone.undone).toBe(card.id);
    expect(undone.view.card?.id).toBe(card.id);
    expect(undone.view.card?.status).toBe("new");
    expect(await db.client.cardMemory.count()).toBe(0);
    expect(await db.client.review.count()).toBe(0);
    expect(
      (await undoRating(me.id, { deck: "naming", tzOffset: 0, cardId: card.id, reps: 1 }, now, db.client)).undone,
    ).toBeNull();
  });

  it("stops offering new cards at the daily limit, and says when the next card is due", async () => {
    const me = await learner();
    await setNewCardsPerDay(me.id, 2, db.client);
    for (let i = 0; i < 2; i++) {
      const view = await reviewView(me.id, "seq-ack", now, 0, null, db.client);
      const c = view.card!;
      await rateCard(
        me.id,
        { deck: "seq-ack", cardId: c.id, grade: Rating.Easy, reps: c.reps, tzOffset: 0 },
        now,
        db.client,
      );
    }
    const done = await reviewView(me.id, "seq-ack", now, 0, null, db.client);
    expect(done.card).toBeNull();
    expect(done.fresh).toBe(0);
    expect(done.nextDue?.getTime()).toBeGreaterThan(later(24 * 60).getTime() - 1);
    // Tomorrow (in the learner's own day) two more new cards are offered.
    const tomorrow = await reviewView(me.id, "seq-ack", later(24 * 60), 0, null, db.client);
    expect(tomorrow.card?.status).toBe("new");
  });

  it("refuses a card that is not in the deck, and a rating outside 1-4 never reaches it", async () => {
    const me = await learner();
    const result = await rateCard(
      me.id,
      { deck: "handshake", cardId: "s:TIME-WAIT", grade: Rating.Good, reps: 0, tzOffset: 0 },
      now,
      db.client,
    );
    expect(result).toMatchObject({ ok: false, status: 404, error: "flashcards.cardNotInDeck" });
    expect(rating.safeParse({ deck: "handshake", cardId: "s:LISTEN", grade: 5, reps: 0 }).success).toBe(false);
    expect(rating.safeParse({ deck: "nope", cardId: "s:LISTEN", grade: 3, reps: 0 }).success).toBe(false);
    expect(await db.client.review.count()).toBe(0);
  });

  it("a question rated weak in a mock interview comes back as a flashcard within minutes", async () => {
    const me = await learner();
    expect(await markConceptWeak(me.id, "time-wait-why", now, db.client)).toBe(true);
    const memory = await db.client.cardMemory.findFirstOrThrow({ where: { cardId: "i:time-wait-why" } });
    expect(memory.due).toEqual(later(1));
    expect(await markConceptWeak(me.id, "no-such-question", now, db.client)).toBe(false);
    expect(await db.client.review.count()).toBe(1);
    const view = await reviewView(me.id, "interview", later(2), 0, null, db.client);
    expect(view.card?.id).toBe("i:time-wait-why");
  });

  it("says how long until the next card in minutes, then hours up to two days, then days, in both languages", () => {
    const spans = [90_000, 5 * 3600_000, 47 * 3600_000, 49 * 3600_000, 10 * 86_400_000].map(untilSpan);
    expect(spans).toEqual([
      { n: 2, unit: "minute" },
      { n: 5, unit: "hour" },
      { n: 47, unit: "hour" },
      { n: 2, unit: "day" },
      { n: 10, unit: "day" },
    ]);
    const en = translatorFor("en", "flashcards");
    const zh = translatorFor("zh-CN", "flashcards");
    expect(en("nextDueIn", spans[1]!)).toBe("The next card is due in 5 h.");
    expect(en("nextDueIn", spans[4]!)).toBe("The next card is due in 10 days.");
    expect(zh("nextDueIn", spans[0]!)).toBe("下一张卡将在 2 分钟后到期。");
    expect(zh("nextDueIn", spans[3]!)).toBe("下一张卡将在 2 天后到期。");
  });
});

describe("what a review page sends", () => {
  const issue = (parsed: { success: boolean; error?: { issues: { message: string }[] } }) =>
    parsed.error?.issues[0]?.message;

  it("is refused with a message of the catalogue, in both languages", () => {
    const keys = [
      issue(rating.safeParse({ deck: "handshake", cardId: "s:LISTEN", grade: 5, reps: 0 })),
      issue(rating.safeParse({ deck: "nope", cardId: "s:LISTEN", grade: 3, reps: 0 })),
      issue(undoRequest.safeParse({ deck: "naming", cardId: "x".repeat(201), reps: 1 })),
      issue(dailyLimit.safeParse({ perDay: "" })),
      issue(dailyLimit.safeParse({ perDay: "-3" })),
      issue(dailyLimit.safeParse({ perDay: "2.5" })),
      issue(dailyLimit.safeParse({ perDay: "501" })),
    ];
    expect(keys).toEqual([
      "flashcards.badGrade",
      "flashcards.notADeck",
      "flashcards.cardIdTooLong",
      "flashcards.limitEmpty",
      "flashcards.limitNegative",
      "flashcards.limitNotWhole",
      "flashcards.limitTooMany",
    ]);
    for (const key of keys) expect(isMsgKey(key ?? ""), key).toBe(true);
    for (const key of ["flashcards.cardNotInDeck", "flashcards.alreadyRated"]) expect(isMsgKey(key), key).toBe(true);
    expect(translatorFor("en", "flashcards")("limitTooMany", { max: 500 })).toBe("At most 500 new cards a day.");
    expect(translatorFor("zh-CN", "flashcards")("limitTooMany", { max: 500 })).toBe("每天最多 500 张新卡。");
    expect(dailyLimit.safeParse({ perDay: " 40 " })).toMatchObject({ success: true, data: { perDay: 40 } });
  });
});
