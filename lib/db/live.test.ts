import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSession, DEFAULT_SETTINGS, predictRound, questionRounds, type Round, type Session } from "@/lib/live";
import { seededRng } from "@/lib/quiz";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { testUser } from "@/tests/support/people";
import { applyLiveCommand, createLiveSession, findLiveSession, findLiveSessionByCode } from "./live";

let db: TestDatabase;
beforeEach(async () => {
  db = await freshDatabase();
  await testUser(db.client, "tess", "teacher");
});
afterEach(async () => {
  await db.close();
});

const T0 = 1_767_000_000_000;
const ROUNDS: Round[] = [predictRound("handshake", 2, seededRng(1)) as Round, ...questionRounds({ seed: 5, count: 2 })];

function session(id = "live-1", settings = {}): Session {
  const made = createSession({ id, settings: { ...DEFAULT_SETTINGS, ...settings }, rounds: ROUNDS, now: T0 });
  if (!made.ok) throw new Error(made.reason.en);
  return made.session;
}

const create = (id = "live-1", codes = ["ABC234"]) => {
  let i = 0;
  return createLiveSession(
    { session: session(id), hostUserId: "tess", classId: null, codes: () => codes[i++] ?? `ZZZ${i}` },
    db.client,
  );
};

const at = (ms: number) => () => T0 + ms;
const join = (nickname: string, key = `hash-${nickname}`) =>
  applyLiveCommand("live-1", () => ({ type: "join", nickname, userId: null, rejoinKey: key }), at(1000), db.client);
const answer = (playerId: string, choice: number, ms = 3000) =>
  applyLiveCommand("live-1", () => ({ type: "answer", playerId, round: 0, choice }), at(ms), db.client);
const host = (type: "start" | "reveal" | "next" | "end", ms = 2000) =>
  applyLiveCommand("live-1", () => ({ type }), at(ms), db.client);

describe("live sessions in the database", () => {
  it("a stored session loads back as lib/live made it, by id and by join code", async () => {
    await create();
    const stored = await findLiveSession("live-1", db.client);
    expect(stored?.session).toEqual(session());
    expect(stored).toMatchObject({ joinCode: "ABC234", hostUserId: "tess", classId: null, version: 0 });
    expect((await findLiveSessionByCode("ABC234", db.client))?.session.id).toBe("live-1");
    expect(await findLiveSession("nope", db.client)).toBeNull();
  });

  it("a join code another session holds is replaced by the next one", async () => {
    await create("live-1", ["ABC234"]);
    const second = await create("live-2", ["ABC234", "XYZ789"]);
    expect(second.joinCode).toBe("XYZ789");
  });

  it("commands are applied and kept: players, answers, the phase, and a version per change", async () => {
    await create();
    await join("Ana");
    await join("Bo");
    await host("start");
    const round = ROUNDS[0] as Round;
    const ana = await answer("p1", round.answer);
    expect(ana?.ok && ana.events.map((e) => e.type)).toEqual(["answer-accepted", "answer-count"]);
    await host("reveal", 4000);
    const stored = await findLiveSession("live-1", db.client);
    expect(stored?.version).toBe(5);
    expect(stored?.session.phase).toEqual({ kind: "revealed", round: 0 });
    expect(stored?.session.players.map((p) => [p.id, p.nickname, p.rejoinKey])).toEqual([
      ["p1", "Ana", "hash-Ana"],
      ["p2", "Bo", "hash-Bo"],
    ]);
    expect(stored?.session.answers).toEqual([expect.objectContaining({ playerId: "p1", correct: true, points: 1000 })]);
  });

  it("a refusal writes nothing and says why in both languages", async () => {
    await create();
    const out = await host("start");
    expect(out).toMatchObject({ ok: false, reason: { en: expect.stringContaining("Nobody has joined") } });
    expect((await findLiveSession("live-1", db.client))?.version).toBe(0);
  });

  it("an answer counts once: the same choice again changes nothing, another is refused", async () => {
    await create();
    await join("Ana");
    await host("start");
    await answer("p1", 1);
    expect(await answer("p1", 1, 3500)).toMatchObject({ ok: true, events: [] });
    expect((await answer("p1", 2, 3600))?.ok).toBe(false);
    expect(await db.client.liveAnswer.count()).toBe(1);
  });

  it("commands sent at once are each applied on the version before them, none lost", async () => {
    await create();
    await Promise.all(Array.from({ length: 12 }, (_, i) => join(`player ${i}`)));
    await host("start");
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => answer(`p${i + 1}`, 0)).concat(
        Array.from({ length: 12 }, (_, i) => answer(`p${i + 1}`, 0)),
      ),
    );
    expect(answers.every((a) => a?.ok)).toBe(true);
    const stored = await findLiveSession("live-1", db.client);
    expect(stored?.session.players).toHaveLength(12);
    expect(new Set(stored?.session.players.map((p) => p.id)).size).toBe(12);
    expect(stored?.session.answers).toHaveLength(12);
    // 12 joins, the start, 12 first answers: the repeats changed nothing.
    expect(stored?.version).toBe(25);
  });

  it("the same nickname joining twice at once lets one in and refuses the other", async () => {
    await create();
    const [a, b] = await Promise.all([join("Ana", "one"), join("ANA", "two")]);
    expect([a?.ok, b?.ok].sort()).toEqual([false, true]);
    expect(await db.client.livePlayer.count()).toBe(1);
  });

  it("the database refuses a second answer to a round even if a writer skipped lib/live", async () => {
    await create();
    await join("Ana");
    const row = { sessionId: "live-1", playerId: "p1", round: 0, choice: 0, at: 1n, correct: false };
    const bonuses = { points: 0, speedBonus: 0, streakBonus: 0 };
    await db.client.liveAnswer.create({ data: { ...row, ...bonuses } });
    await expect(db.client.liveAnswer.create({ data: { ...row, choice: 1, ...bonuses } })).rejects.toThrow();
  });

  it("decide may find nothing to do: nothing is written", async () => {
    await create();
    const out = await applyLiveCommand("live-1", () => null, at(0), db.client);
    expect(out).toMatchObject({ ok: true, command: null, events: [] });
    expect(await applyLiveCommand("nope", () => ({ type: "start" }), at(0), db.client)).toBeNull();
  });

  it("ending a session keeps it, its players and answers for the results", async () => {
    await create();
    await join("Ana");
    await host("start");
    await answer("p1", 0);
    await host("end", 5000);
    const stored = await findLiveSession("live-1", db.client);
    expect(stored?.session.phase.kind).toBe("ended");
    expect(stored?.session.endedAt).toBe(T0 + 5000);
    expect(stored?.session.answers).toHaveLength(1);
  });
});
