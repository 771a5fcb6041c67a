import { expect, test } from "@playwright/test";
import Database from "better-sqlite3";
import fc from "fast-check";
import { hashGuestToken } from "../lib/auth/guest-hash";
import { GUEST_COOKIE } from "../lib/auth/guest-token";
import { nasty } from "./support/fuzz-input";
import { rowsIn, useOwnServer } from "./support/own-server";
import { tableCounts } from "./support/tables";

/**
 * Random and malformed input thrown at every route handler and every page that reads an id or a query: unicode,
 * huge strings, path tricks, JSON of every shape, bodies that are not JSON. Whatever arrives, the answer is never a
 * 5xx, and nothing is written (only the rate limiter's own counters move).
 */

const body = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc
    .record({ questionId: nasty, response: fc.oneof(nasty, fc.array(nasty, { maxLength: 30 })) })
    .map((v) => JSON.stringify(v)),
  nasty,
  fc.constant(`{"questionId":"${"x".repeat(200_000)}","response":"y"}`),
);
const enc = (s: string) => encodeURIComponent(s);

type Req = { method: "GET" | "POST"; path: string; body?: string; contentType?: string; guest?: string };

/** A guest token as the proxy makes them (43 base64url characters), but one no page ever gave out. */
const madeUpGuest = fc.stringMatching(/^[A-Za-z0-9_-]{43}$/);

test.describe("fuzzing every route", () => {
  const own = useOwnServer("fuzz");

  test("random and malformed requests: never a 5xx, nothing written", async ({ playwright }, testInfo) => {
    test.skip(testInfo.project.name === "phone", "server-side test: once is enough");
    test.setTimeout(240_000);
    const server = await own.start();
    const api = await playwright.request.newContext({ baseURL: server.url });
    // No cookies of its own: what a script sends with a guest token it made up.
    const bare = await playwright.request.newContext({ baseURL: server.url });
    // A guest with a quiz of its own, so answers can also aim at a real attempt.
    await api.get("/");
    const token = (await api.storageState()).cookies.find((c) => c.name === GUEST_COOKIE)?.value ?? "";
    const db = new Database(own.databaseFile());
    const learner = db.prepare(`SELECT id FROM "Learner" WHERE "guestTokenHash" = ?`).get(hashGuestToken(token)) as {
      id: string;
    };
    db.prepare(
      `INSERT INTO "Attempt" (id, learnerId, source, seed, count, focus, lang, startedAt)
       VALUES ('fuzz-attempt', ?, 'quiz', 1, 10, 'everything', 'en', ?)`,
    ).run(learner.id, new Date().toISOString().replace("Z", "+00:00"));
    db.close();
    const before = tableCounts(own.databaseFile());
    const attemptIds = rowsIn<{ id: string }>(own.databaseFile(), `SELECT id FROM "Attempt"`).map((r) => r.id);
    const id = fc.oneof(nasty, fc.constantFrom("handshake", "everything", ...attemptIds));

    const request: fc.Arbitrary<Req> = fc.oneof(
      fc.record({ i: id, b: body }).map(({ i, b }) => ({
        method: "POST" as const,
        path: `/api/v1/attempts/${enc(i)}/answers`,
        body: b,
        contentType: "application/json",
      })),
      // A cookie no page gave out makes no guest: a script's random tokens write no rows.
      fc
        .record({ i: fc.oneof(fc.stringMatching(/^[a-z0-9]{1,30}$/), fc.constantFrom(...attemptIds)), g: madeUpGuest })
        .map(({ i, g }) => ({
          method: "POST" as const,
          path: `/api/v1/attempts/${enc(i)}/answers`,
          body: JSON.stringify({ questionId: "q1", response: "CLOSED" }),
          contentType: "application/json",
          guest: g,
        })),
      fc.record({ g: madeUpGuest }).map(({ g }) => ({ method: "GET" as const, path: "/me/history.csv", guest: g })),
      fc.dictionary(nasty, nasty, { maxKeys: 6 }).map((q) => ({
        method: "GET" as const,
        path: `/api/v1/questions?${new URLSearchParams(q)}`,
      })),
      id.map((i) => ({ method: "GET" as const, path: `/api/v1/scenarios/${enc(i)}` })),
      fc
        .tuple(
          fc.constantFrom(
            "/quiz/:id",
            "/quiz/:id/results",
            "/learn/:id",
            "/flashcards/:id",
            "/classes/:id",
            "/classes/:id/assignments/:id",
            "/classes/:id/assignments/:id/grades.csv",
            "/classes/:id/assignments/:id/quiz.gift",
            "/classes/:id/assignments/:id/quiz.md",
            "/classes/:id/assignments/:id/quiz.moodle.xml",
            "/classes/:id/assignments/:id/quiz.qti.zip",
            "/classes/:id/assignments/:id/edit",
            "/classes/:id/assignments/:id/students/:id",
            "/classes/:id/results",
            "/classes/:id/grades.csv",
            "/classes/:id/share",
            "/interview?q=:id",
            "/learn/handshake?step=:id",
            "/learn/sandbox?start=:id&moves=:id",
            "/learn/copied-answer?v=:id",
            "/flashcards/export?deck=:id",
            "/classes/join?code=:id",
            "/me/history.csv?x=:id",
            "/quiz?error=:id",
            "/flashcards/everything?card=:id",
            "/live/:id",
            "/live/host/:id",
            "/api/v1/live/:id/events",
            "/api/v1/live/:id/events?as=host",
          ),
          id,
        )
        .map(([pattern, i]) => ({ method: "GET" as const, path: pattern.replaceAll(":id", enc(i)) })),
      fc.record({ i: id, b: body }).map(({ i, b }) => ({
        method: "POST" as const,
        path: `/api/v1/live/${enc(i)}/commands`,
        body: b,
        contentType: "application/json",
      })),
      body.map((b) => ({
        method: "POST" as const,
        path: "/api/v1/live/join",
        body: b,
        contentType: "application/json",
      })),
      fc
        .tuple(fc.constantFrom("sign-in/email", "sign-up/email", "sign-out", "get-session"), body)
        .map(([endpoint, b]) => ({
          method: "POST" as const,
          path: `/api/auth/${endpoint}`,
          body: b,
          contentType: "application/json",
        })),
    );

    const failures: string[] = [];
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const response = await (r.guest ? bare : api).fetch(r.path, {
          method: r.method,
          ...(r.body !== undefined ? { data: r.body } : {}),
          headers: {
            ...(r.contentType ? { "content-type": r.contentType } : {}),
            ...(r.guest ? { cookie: `${GUEST_COOKIE}=${r.guest}` } : {}),
            origin: server.url,
          },
          maxRedirects: 0,
        });
        if (r.guest && response.status() !== 401) failures.push(`${response.status()} to a made-up guest: ${r.path}`);
        if (response.status() >= 500) failures.push(`${response.status()} ${r.method} ${r.path.slice(0, 200)}`);
        expect(response.status(), `${r.method} ${r.path.slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: 400, seed: Number(process.env.FUZZ_SEED ?? 20261124) },
    );
    expect(failures).toEqual([]);
    expect(tableCounts(own.databaseFile())).toEqual(before);
    await api.dispose();
    await bare.dispose();
  });
});
