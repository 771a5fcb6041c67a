import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findLiveSession } from "@/lib/db";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { testUser } from "@/tests/support/people";
import { commandEndpoint, type EndpointDeps, eventsEndpoint, joinEndpoint } from "./endpoints";
import { InProcessHub } from "./hub";
import { LIVE_COOKIE } from "./keys";
import { hostLive, runLive } from "./service";

let db: TestDatabase;
let deps: EndpointDeps;
let clock: number;
let sessionId: string;
let code: string;

const HOST = "host-cookie";
beforeEach(async () => {
  db = await freshDatabase();
  await testUser(db.client, "tess", "teacher");
  clock = 1_767_000_000_000;
  deps = {
    client: db.client,
    hub: new InProcessHub(),
    now: () => clock,
    // The tests' stand-in for better-auth: a cookie that names the host.
    identify: async (r) => ((r.headers.get("cookie") ?? "").includes(HOST) ? { id: "tess", name: "Tess" } : null),
    secure: () => false,
  };
  const hosted = await hostLive(
    "tess",
    {
      questions: 2,
      topic: "handshake",
      level: "any",
      scenario: "handshake",
      timer: null,
      leaderboard: "on",
      speedBonus: "off",
      streakBonus: "off",
    },
    "en",
    deps,
  );
  if (!hosted.ok) throw new Error(hosted.reason.en);
  sessionId = hosted.record.session.id;
  code = hosted.record.joinCode;
});
afterEach(async () => {
  await db.close();
});

const BASE = "http://localhost:3000";
const post = (path: string, body: unknown, cookie = "", extra: Record<string, string> = {}) =>
  new Request(`${BASE}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", host: "localhost:3000", cookie, ...extra },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });

async function join(nickname: string, cookie = "") {
  const reply = await joinEndpoint(post("/api/v1/live/join", { code: code.toLowerCase(), nickname }, cookie), deps);
  const set = reply.headers.get("set-cookie");
  return { reply, body: await reply.json(), cookie: set ? (set.split(";")[0] as string) : cookie };
}

const command = (body: unknown, cookie: string) =>
  commandEndpoint(post(`/api/v1/live/${sessionId}/commands`, body, cookie), sessionId, deps);

/** Reads a stream's frames as they come, until `count` views have arrived. */
async function views(reply: Response, count: number, during?: () => Promise<unknown>) {
  const reader = (reply.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const seen: { id: number; view: Record<string, unknown> }[] = [];
  let text = "";
  let started = false;
  while (seen.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value);
    for (let cut = text.indexOf("\n\n"); cut >= 0; cut = text.indexOf("\n\n")) {
      const block = text.slice(0, cut);
      text = text.slice(cut + 2);
      const id = /^id: (\d+)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (id && data) seen.push({ id: Number(id), view: JSON.parse(data) });
    }
    if (!started && seen.length > 0 && during) {
      started = true;
      await during();
    }
  }
  await reader.cancel();
  return seen;
}

describe("the live class's endpoints", () => {
  it("a player joins by code (any case), gets a cookie, and joining again from it rejoins", async () => {
    const ana = await join("Ana");
    expect(ana.reply.status).toBe(200);
    expect(ana.cookie).toMatch(new RegExp(`^${LIVE_COOKIE}=`));
    expect(ana.reply.headers.get("set-cookie")).toContain("HttpOnly");
    expect(ana.body).toMatchObject({ ok: true, code, view: { phase: "lobby", nickname: "Ana" } });
    const again = await join("Someone else", ana.cookie);
    expect(again.body.view.nickname).toBe("Ana");
    expect(again.reply.headers.get("set-cookie")).toBeNull();
    expect((await findLiveSession(sessionId, db.client))?.session.players).toHaveLength(1);
  });

  it("refuses a taken nickname, an unknown code, a bad body and another site, in the request's language", async () => {
    await join("Ana");
    const taken = await join("ANA");
    expect(taken.reply.status).toBe(409);
    expect(taken.body.error).toContain("already called");
    const zh = await joinEndpoint(
      post("/api/v1/live/join", { code: "ZZZZZZ", nickname: "x" }, "", { "accept-language": "zh-CN" }),
      deps,
    );
    expect(zh.status).toBe(404);
    expect((await zh.json()).error).toContain("加入码");
    expect((await joinEndpoint(post("/api/v1/live/join", "{", ""), deps)).status).toBe(400);
    expect((await joinEndpoint(post("/api/v1/live/join", { code }, ""), deps)).status).toBe(400);
    const foreign = post("/api/v1/live/join", { code, nickname: "Eve" }, "", { origin: "https://evil.example" });
    expect((await joinEndpoint(foreign, deps)).status).toBe(403);
  });

  it("takes host commands from the host only, and answers from players only, once", async () => {
    const ana = await join("Ana");
    expect((await command({ type: "start" }, ana.cookie)).status).toBe(403);
    expect((await command({ type: "answer", round: 0, choice: 0 }, HOST)).status).toBe(403);
    expect((await command({ type: "launch" }, HOST)).status).toBe(400);
    expect((await command({ type: "start", extra: 1 }, HOST)).status).toBe(400);
    const started = await command({ type: "start" }, HOST);
    expect(started.status).toBe(200);
    expect((await started.json()).view).toMatchObject({ phase: "open", answered: 0, round: { answer: null } });
    const first = await command({ type: "answer", round: 0, choice: 1 }, ana.cookie);
    expect((await first.json()).view.mine).toEqual({ choice: 1, correct: null, points: null });
    // A double submit counts once; another choice afterwards is refused.
    expect((await command({ type: "answer", round: 0, choice: 1 }, ana.cookie)).status).toBe(200);
    const changed = await command({ type: "answer", round: 0, choice: 2 }, ana.cookie);
    expect(changed.status).toBe(409);
    expect((await changed.json()).error).toContain("first answer counts");
    expect((await findLiveSession(sessionId, db.client))?.session.answers).toHaveLength(1);
    expect((await command({ type: "start" }, HOST)).status).toBe(409);
  });

  it("streams the current view first, then a view per command addressed to the stream", async () => {
    const ana = await join("Ana");
    const host = await eventsEndpoint(
      new Request(`${BASE}/api/v1/live/${sessionId}/events?as=host`, { headers: { cookie: HOST } }),
      sessionId,
      deps,
    );
    expect(host.headers.get("content-type")).toContain("text/event-stream");
    expect(host.headers.get("cache-control")).toContain("no-transform");
    const seen = await views(host, 3, async () => {
      await command({ type: "start" }, HOST);
      await command({ type: "answer", round: 0, choice: 0 }, ana.cookie);
    });
    expect(seen.map((s) => s.view.phase)).toEqual(["lobby", "open", "open"]);
    expect(seen.map((s) => s.view.answered)).toEqual([0, 0, 1]);
    expect(seen[0]?.view.players).toEqual([{ id: "p1", nickname: "Ana" }]);
    expect(seen.map((s) => s.id)).toEqual([1, 2, 3]);
    expect(deps.hub.listeners(sessionId)).toBe(0);
  });

  it("a phone's stream after a reconnect starts with its answer and score as they are", async () => {
    const ana = await join("Ana");
    await command({ type: "start" }, HOST);
    await command({ type: "answer", round: 0, choice: 0 }, ana.cookie);
    const again = await eventsEndpoint(
      new Request(`${BASE}/api/v1/live/${sessionId}/events`, { headers: { cookie: ana.cookie, "last-event-id": "1" } }),
      sessionId,
      deps,
    );
    const [first] = await views(again, 1);
    expect(first?.view).toMatchObject({ phase: "open", nickname: "Ana", mine: { choice: 0 }, score: 0 });
  });

  it("refuses a stream to anyone not in the session, and a host stream to anyone but the host", async () => {
    const stranger = await eventsEndpoint(new Request(`${BASE}/api/v1/live/${sessionId}/events`), sessionId, deps);
    expect(stranger.status).toBe(403);
    const ana = await join("Ana");
    const notHost = await eventsEndpoint(
      new Request(`${BASE}/api/v1/live/${sessionId}/events?as=host`, { headers: { cookie: ana.cookie } }),
      sessionId,
      deps,
    );
    expect(notHost.status).toBe(403);
    expect((await eventsEndpoint(new Request(`${BASE}/api/v1/live/nope/events`), "nope", deps)).status).toBe(404);
  });

  it("closes a timed round by itself once its deadline passes, and then refuses a late answer", async () => {
    const timed = await hostLive(
      "tess",
      {
        questions: 1,
        topic: "everything",
        level: "any",
        scenario: "none",
        timer: 10,
        leaderboard: "on",
        speedBonus: "off",
        streakBonus: "off",
      },
      "en",
      deps,
    );
    if (!timed.ok) throw new Error(timed.reason.en);
    const id = timed.record.session.id;
    await runLive(id, () => ({ type: "join", nickname: "Ana", userId: null, rejoinKey: "k" }), deps);
    // The round opens now; the clock then jumps past its 10 s, and the next command finds the timer due sooner.
    await runLive(id, () => ({ type: "start" }), deps);
    clock += 10_001;
    const closed = new Promise((resolve) => deps.hub.subscribe(id, resolve));
    await runLive(id, () => ({ type: "leaderboard", shown: true }), deps);
    await closed;
    for (let i = 0; i < 50 && (await findLiveSession(id, db.client))?.session.phase.kind !== "closed"; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect((await findLiveSession(id, db.client))?.session.phase).toEqual({ kind: "closed", round: 0 });
    const late = await runLive(id, () => ({ type: "answer", playerId: "p1", round: 0, choice: 0 }), deps);
    expect(late?.ok).toBe(false);
  });

  it("guessing codes from one address is refused after 100 misses an hour, with Retry-After; a right code costs nothing", async () => {
    const from = (address: string, body: unknown) =>
      joinEndpoint(post("/api/v1/live/join", body, "", { "x-forwarded-for": address }), deps);
    // Joining with the right code a few times uses up nothing.
    for (const nickname of ["Ana", "Ben", "Cy"])
      expect((await from("203.0.113.9", { code, nickname })).status).toBe(200);
    for (let i = 0; i < 100; i++) {
      const miss = await from("203.0.113.9", { code: `ZZZ${String(i).padStart(3, "0")}`, nickname: "Guess" });
      expect(miss.status).toBe(404);
    }
    const refused = await from("203.0.113.9", { code: "ZZZ999", nickname: "Guess" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { error: string }).error).toMatch(/^Too many codes that name no live session/);
    // Refused before the code is looked up: even a right one waits, and nobody joined.
    expect((await from("203.0.113.9", { code, nickname: "Dee" })).status).toBe(429);
    // Another address is counted apart.
    expect((await from("198.51.100.7", { code, nickname: "Dee" })).status).toBe(200);
    clock += 61 * 60 * 1000;
    expect((await from("203.0.113.9", { code, nickname: "Eve" })).status).toBe(200);
  });
});
