import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findOrCreateGuest, recordAnswer } from "@/lib/db";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { AUTH_LIMITS, type Auth, createAuth, overHttps } from "./auth";
import { hashGuestToken } from "./guest-hash";
import { newGuestToken } from "./guest-token";

let db: TestDatabase;
let auth: Auth;
beforeEach(async () => {
  db = await freshDatabase();
  auth = createAuth(db.client, "t".repeat(40));
});
afterEach(async () => {
  await db.close();
});

function post(path: string, body: unknown, extra: Record<string, string> = {}) {
  return auth.handler(
    new Request(`http://localhost:3000/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", ...extra },
      body: JSON.stringify(body),
    }),
  );
}

const alice = { email: "alice@example.com", password: "correct horse", name: "Alice" };

describe("accounts", () => {
  it("signing up takes over the browser's guest practice, and the guest cookie no longer opens it", async () => {
    const token = newGuestToken();
    const guest = await findOrCreateGuest(hashGuestToken(token), db.client);
    await recordAnswer(
      {
        learnerId: guest.id,
        questionId: "q",
        questionType: "next-state",
        source: "quiz",
        response: "x",
        correct: true,
      },
      db.client,
    );
    const response = await post("/sign-up/email", alice, { cookie: `synack_guest=${token}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    const user = await db.client.user.findUniqueOrThrow({ where: { email: alice.email } });
    const learner = await db.client.learner.findUniqueOrThrow({ where: { userId: user.id } });
    expect(learner.id).toBe(guest.id);
    expect(learner.guestTokenHash).toBeNull();
    expect(await db.client.answer.count({ where: { learnerId: learner.id } })).toBe(1);
    // Signed out, the same browser is a new guest.
    const again = await findOrCreateGuest(hashGuestToken(token), db.client);
    expect(again.id).not.toBe(guest.id);
  });

  it("a role in the sign-up body is ignored: every account starts as a student", async () => {
    const response = await post("/sign-up/email", { ...alice, role: "teacher" });
    expect(response.status).toBeLessThan(500);
    const user = await db.client.user.findUnique({ where: { email: alice.email } });
    expect(user?.role ?? "student").toBe("student");
  });

  it("stores a hash, never the password", async () => {
    await post("/sign-up/email", alice);
    const account = await db.client.account.findFirstOrThrow();
    expect(account.password).toBeTruthy();
    expect(account.password).not.toContain(alice.password);
  });

  it("a wrong password and an unknown email get the same answer", async () => {
    await post("/sign-up/email", alice);
    const wrong = await post(
      "/sign-in/email",
      { email: alice.email, password: "not it at all" },
      { "x-forwarded-for": "10.0.0.1" },
    );
    const unknown = await post(
      "/sign-in/email",
      { email: "bob@example.com", password: "not it at all" },
      { "x-forwarded-for": "10.0.0.2" },
    );
    expect(wrong.status).toBe(unknown.status);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it("limits sign-in attempts from one address: one over the limit in a minute is refused with 429", async () => {
    await post("/sign-up/email", alice, { "x-forwarded-for": "10.0.0.9" });
    const statuses: number[] = [];
    const max = AUTH_LIMITS.signIn.max;
    for (let i = 0; i <= max; i++) {
      const r = await post(
        "/sign-in/email",
        { email: alice.email, password: "wrong password" },
        { "x-forwarded-for": "10.0.0.3" },
      );
      statuses.push(r.status);
    }
    expect(statuses.slice(0, max).every((s) => s === 401)).toBe(true);
    expect(statuses[max]).toBe(429);
    // Another address is not affected.
    const other = await post(
      "/sign-in/email",
      { email: alice.email, password: alice.password },
      { "x-forwarded-for": "10.0.0.4" },
    );
    expect(other.status).toBe(200);
  });
});

describe("session cookies", () => {
  it("are httpOnly and SameSite=Lax always, and Secure (with the __Secure- name) only over HTTPS", async () => {
    const plain = await post("/sign-up/email", alice);
    const plainCookie = plain.headers.get("set-cookie") ?? "";
    expect(plainCookie).toMatch(/^better-auth\.session_token=/);
    expect(plainCookie).toMatch(/HttpOnly/i);
    expect(plainCookie).toMatch(/SameSite=Lax/i);
    expect(plainCookie).not.toMatch(/;\s*Secure/i);

    auth = createAuth(db.client, "t".repeat(40), true);
    const secure = await post("/sign-up/email", { ...alice, email: "bob@example.com" });
    const secureCookie = secure.headers.get("set-cookie") ?? "";
    expect(secureCookie).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(secureCookie).toMatch(/;\s*Secure/i);
    expect(secureCookie).toMatch(/HttpOnly/i);
  });

  it("count a request as HTTPS when the proxy in front says so, or the public address is https", () => {
    expect(overHttps(new Headers({ "x-forwarded-proto": "https" }), {})).toBe(true);
    expect(overHttps(new Headers({ "x-forwarded-proto": "http" }), { BETTER_AUTH_URL: "https://x.example" })).toBe(
      false,
    );
    expect(overHttps(new Headers(), { BETTER_AUTH_URL: "https://synack.school.example" })).toBe(true);
    expect(overHttps(new Headers(), {})).toBe(false);
  });
});
