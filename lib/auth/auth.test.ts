import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findOrCreateGuest, recordAnswer } from "@/lib/db";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { AUTH_LIMITS, type Auth, createAuth, overHttps } from "./auth";
import { ACCOUNT_LOCKED } from "./forms";
import { hashGuestToken } from "./guest-hash";
import { newGuestToken } from "./guest-token";
import { normaliseEmail, SIGN_IN_ACCOUNT_LIMIT, signInAccountKey } from "./sign-in-limit";

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
    // A different account each time, so only the limit per address can refuse.
    for (let i = 0; i <= max; i++) {
      const r = await post(
        "/sign-in/email",
        { email: `user${i}@example.com`, password: "wrong password" },
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

describe("sign-in attempts per account", () => {
  const bob = { email: "bob@example.com", password: "battery staple", name: "Bob" };
  /** Each attempt from an address of its own, as a guesser with many addresses sends them. */
  let address = 0;
  const signIn = (email: string, password: string) =>
    post(
      "/sign-in/email",
      { email, password },
      { "x-forwarded-for": `10.1.${Math.floor(address / 250)}.${address++ % 250}` },
    );

  it("after the limit, even the right password is refused (429, Retry-After) until the window passes; others sign in", async () => {
    await post("/sign-up/email", alice, { "x-forwarded-for": "10.0.0.9" });
    await post("/sign-up/email", bob, { "x-forwarded-for": "10.0.0.9" });
    for (let i = 0; i < SIGN_IN_ACCOUNT_LIMIT.max; i++) {
      // Spelled differently each time: the count is per account, not per string typed.
      const email = i % 2 === 0 ? alice.email : alice.email.toUpperCase();
      expect((await signIn(email, `guess number ${i}`)).status).toBe(401);
    }
    const locked = await signIn(alice.email, alice.password);
    expect(locked.status).toBe(429);
    expect((await locked.json()).code).toBe(ACCOUNT_LOCKED);
    const retryAfter = Number(locked.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(SIGN_IN_ACCOUNT_LIMIT.windowS - 60);
    expect(retryAfter).toBeLessThanOrEqual(SIGN_IN_ACCOUNT_LIMIT.windowS);
    expect((await signIn(bob.email, bob.password)).status).toBe(200);

    // The window has passed (moved back in the database rather than waiting fifteen minutes).
    const key = signInAccountKey(alice.email) ?? "";
    await db.client.throttle.update({ where: { key }, data: { windowEnd: BigInt(Date.now() - 1) } });
    expect((await signIn(alice.email, alice.password)).status).toBe(200);
  });

  it("an email without an account is limited the same way, so the refusal tells nothing", async () => {
    for (let i = 0; i < SIGN_IN_ACCOUNT_LIMIT.max; i++) await signIn("nobody@example.com", "a guess");
    const locked = await signIn("nobody@example.com", "a guess");
    expect(locked.status).toBe(429);
    expect((await locked.json()).code).toBe(ACCOUNT_LOCKED);
  });

  it("a successful sign-in starts the count again", async () => {
    await post("/sign-up/email", alice, { "x-forwarded-for": "10.0.0.9" });
    for (let i = 0; i < SIGN_IN_ACCOUNT_LIMIT.max - 1; i++) await signIn(alice.email, "a wrong guess");
    expect((await signIn(alice.email, alice.password)).status).toBe(200);
    for (let i = 0; i < SIGN_IN_ACCOUNT_LIMIT.max - 1; i++) {
      expect((await signIn(alice.email, "a wrong guess")).status).toBe(401);
    }
  });

  /** The browser's device cookie from a response that signed in, as a Cookie header would send it back. */
  const deviceCookie = (response: Response) =>
    response.headers
      .getSetCookie()
      .find((c) => c.startsWith("synack_device="))
      ?.split(";")[0] ?? "";

  // Twenty-odd password checks (scrypt), on a machine that may be busy: a longer timeout.
  it("a browser the account signed in from before still gets in while someone else's guesses lock the account", async () => {
    await post("/sign-up/email", alice, { "x-forwarded-for": "10.0.0.9" });
    const first = await signIn(alice.email, alice.password);
    expect(first.status).toBe(200);
    const setCookie = first.headers.getSetCookie().find((c) => c.startsWith("synack_device=")) ?? "";
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Path=\/api\/auth/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toContain("alice");
    const owners = deviceCookie(first);

    // Someone else, without that cookie, guesses until the account is locked.
    for (let i = 0; i < SIGN_IN_ACCOUNT_LIMIT.max; i++) await signIn(alice.email, `guess ${i}`);
    expect((await signIn(alice.email, alice.password)).status).toBe(429);

    // A made-up cookie, or one whose signature does not hold, counts as no cookie: still locked.
    const forged = `${owners.split(".")[0]}.forgedsignature`;
    for (const cookie of [forged, `synack_device=${"ab".repeat(16)}:${"cd".repeat(16)}`]) {
      const refused = await post(
        "/sign-in/email",
        { email: alice.email, password: alice.password },
        { cookie, "x-forwarded-for": "10.2.0.2" },
      );
      expect(refused.status).toBe(429);
    }
    // The owner's browser signs in.
    const fromOwner = await post(
      "/sign-in/email",
      { email: alice.email, password: alice.password },
      { cookie: owners, "x-forwarded-for": "10.2.0.1" },
    );
    expect(fromOwner.status).toBe(200);
  }, 60_000);

  // Twenty-odd password checks (scrypt), on a machine that may be busy: a longer timeout.
  it("a known browser's own attempts are limited too, and it knows only the accounts that signed in there", async () => {
    await post("/sign-up/email", alice, { "x-forwarded-for": "10.0.0.9" });
    await post("/sign-up/email", bob, { "x-forwarded-for": "10.0.0.9" });
    const owners = deviceCookie(await signIn(alice.email, alice.password));
    const fromThere = (email: string, password: string) =>
      post("/sign-in/email", { email, password }, { cookie: owners, "x-forwarded-for": `10.3.0.${address++ % 250}` });
    for (let i = 0; i < SIGN_IN_ACCOUNT_LIMIT.max; i++)
      expect((await fromThere(alice.email, `guess ${i}`)).status).toBe(401);
    expect((await fromThere(alice.email, alice.password)).status).toBe(429);
    // Bob never signed in from that browser: the cookie does nothing for his account, whose count is the shared one.
    for (let i = 0; i < SIGN_IN_ACCOUNT_LIMIT.max; i++) await fromThere(bob.email, `guess ${i}`);
    expect((await signIn(bob.email, bob.password)).status).toBe(429);
  }, 60_000);

  it("keys the count on the email as the account is looked up: case and surrounding spaces do not matter", () => {
    expect(normaliseEmail("  Alice@Example.COM ")).toBe("alice@example.com");
    expect(signInAccountKey("  Alice@Example.COM ")).toBe(signInAccountKey("alice@example.com"));
    expect(signInAccountKey("alice@example.com")).not.toBe(signInAccountKey("bob@example.com"));
    expect(signInAccountKey("alice@example.com")).not.toContain("alice");
    expect(signInAccountKey(42)).toBeNull();
    expect(signInAccountKey("   ")).toBeNull();
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

describe("display names on the server", () => {
  const signUpAs = (name: unknown, email = "eve@example.com") =>
    post("/sign-up/email", { email, password: "correct horse", name });

  it("sign-up refuses a name past the limit or with control characters with a 400, and writes nothing", async () => {
    for (const [name, code] of [
      ["x".repeat(100_000), "NAME_TOO_LONG"],
      ["Eve\u0000", "NAME_NOT_TEXT"],
      ["\u202Eevil", "NAME_NOT_TEXT"],
      ["  ", "NAME_REQUIRED"],
    ] as const) {
      const response = await signUpAs(name);
      expect(response.status, code).toBe(400);
      expect(((await response.json()) as { code?: string }).code).toBe(code);
    }
    expect(await db.client.user.count()).toBe(0);
    expect(await db.client.account.count()).toBe(0);
  });

  it("sign-up keeps a name trimmed and composed", async () => {
    expect((await signUpAs("  Zoe\u0308  ")).status).toBe(200);
    expect((await db.client.user.findFirstOrThrow()).name).toBe("Zoë");
  });

  it("update-user cannot set a name the sign-up form would refuse", async () => {
    const signedUp = await signUpAs("Eve");
    const cookie = (signedUp.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const update = (name: string) => post("/update-user", { name }, { cookie });
    const long = await update("y".repeat(200_000));
    expect(long.status).toBe(400);
    expect((await update("Eve\u2066")).status).toBe(400);
    expect((await db.client.user.findFirstOrThrow()).name).toBe("Eve");
    expect((await update(" Eve Adams ")).status).toBe(200);
    expect((await db.client.user.findFirstOrThrow()).name).toBe("Eve Adams");
  });
});
