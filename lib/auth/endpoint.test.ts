import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDatabase, type TestDatabase } from "@/tests/support/database";
import { type Auth, accountsOrigin, createAuth } from "./auth";
import { ownOrigin, serveAuth } from "./endpoint";
import { PASSWORD_TOO_COMMON, SIGN_UP_REFUSED } from "./forms";
import { guessable } from "./passwords";

let db: TestDatabase;
let auth: Auth;
beforeEach(async () => {
  db = await freshDatabase();
  auth = createAuth(db.client, "t".repeat(40));
});
afterEach(async () => {
  await db.close();
});

/**
 * A request as Next hands it to the route handler: its URL always on localhost (Next's own host name), the Host
 * header the browser connected to, and the Origin of the page that sent it.
 */
function send(
  path: string,
  {
    host,
    origin,
    body,
    method = "POST",
    env = {},
  }: Partial<Record<"host" | "origin" | "method", string>> & {
    body?: unknown;
    env?: Record<string, string>;
  },
) {
  const headers = new Headers({ "content-type": "application/json", cookie: "synack_locale=en" });
  if (host) headers.set("host", host);
  if (origin) headers.set("origin", origin);
  const request = new Request(`http://localhost:3000/api/auth${path}`, {
    method,
    headers,
    ...(method === "POST" ? { body: JSON.stringify(body ?? {}) } : {}),
  });
  return serveAuth(auth, request, false, env);
}

let n = 0;
const account = () => ({ name: "Ann", email: `ann${++n}@example.com`, password: "correct horse battery" });

describe("accounts on whatever address the server is reached at", () => {
  it("sign up and sign in on 127.0.0.1, a second loopback address, [::1], a LAN address and a host name", async () => {
    for (const host of ["127.0.0.1:3000", "127.0.0.2:3000", "[::1]:3000", "192.168.1.5:3000", "synack.school:8080"]) {
      const who = account();
      const origin = `http://${host}`;
      const signUp = await send("/sign-up/email", { host, origin, body: who });
      expect(signUp.status, `sign-up at ${host}`).toBe(200);
      const signIn = await send("/sign-in/email", { host, origin, body: who });
      expect(signIn.status, `sign-in at ${host}`).toBe(200);
      expect(signIn.headers.get("set-cookie")).toMatch(/better-auth\.session_token=/);
    }
  });

  it("still refuses another site's page: its Origin is not the address the request was sent to", async () => {
    const who = account();
    const refused = await send("/sign-up/email", {
      host: "192.168.1.5:3000",
      origin: "http://evil.example",
      body: who,
    });
    expect(refused.status).toBe(403);
    expect((await refused.json()).code).toBe("INVALID_ORIGIN");
    // Another port of the same machine is another origin too.
    const otherPort = await send("/sign-up/email", {
      host: "127.0.0.1:3000",
      origin: "http://127.0.0.1:4000",
      body: who,
    });
    expect(otherPort.status).toBe(403);
    expect(await db.client.user.count()).toBe(0);
  });

  it("with BETTER_AUTH_URL set, that origin is the trusted one, whatever Host the request carries", async () => {
    const env = { BETTER_AUTH_URL: "https://synack.example.org" };
    auth = createAuth(db.client, "t".repeat(40));
    const who = account();
    const elsewhere = await send("/sign-up/email", {
      host: "10.0.0.7:3000",
      origin: "http://10.0.0.7:3000",
      body: who,
      env,
    });
    expect(elsewhere.status).toBe(403);
    expect(accountsOrigin(env)).toBe("https://synack.example.org");
    expect(accountsOrigin({})).toBeNull();
  });

  it("takes a Host that is only a host and port, and trusts nothing for anything else", () => {
    const h = (host: string) => new Headers({ host });
    expect(ownOrigin(h("127.0.0.2:3000"), false)).toBe("http://127.0.0.2:3000");
    expect(ownOrigin(h("[::1]:3000"), false)).toBe("http://[::1]:3000");
    expect(ownOrigin(h("School.Example"), true)).toBe("https://school.example");
    expect(ownOrigin(h("school.example:443"), true)).toBe("https://school.example");
    for (const bad of ["evil.example/x", "a@evil.example", "two words", "evil.example?x", "evil.example#x", ""]) {
      expect(ownOrigin(h(bad), false), bad).toBeNull();
    }
    expect(ownOrigin(new Headers(), false)).toBeNull();
  });
});

describe("endpoints the interface does not use", () => {
  it("are not served: listing sessions, changing the password or the name, the session as JSON", async () => {
    const who = account();
    const signUp = await send("/sign-up/email", { host: "localhost:3000", origin: "http://localhost:3000", body: who });
    const cookie = (signUp.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const asUser = (path: string, method: string, body?: unknown) =>
      serveAuth(
        auth,
        new Request(`http://localhost:3000/api/auth${path}`, {
          method,
          headers: { cookie, origin: "http://localhost:3000", "content-type": "application/json" },
          ...(body ? { body: JSON.stringify(body) } : {}),
        }),
        false,
        {},
      );
    for (const [path, method, body] of [
      ["/list-sessions", "GET"],
      ["/get-session", "GET"],
      ["/change-password", "POST", { currentPassword: who.password, newPassword: "another long password" }],
      ["/update-user", "POST", { name: "x".repeat(100_000) }],
      ["/revoke-other-sessions", "POST", {}],
      ["/delete-user", "POST", {}],
      ["/request-password-reset", "POST", { email: who.email }],
      ["/sign-up/email", "GET"],
    ] as const) {
      const response = await asUser(path, method, body);
      expect(response.status, `${method} ${path}`).toBe(404);
    }
    const user = await db.client.user.findUniqueOrThrow({ where: { email: who.email } });
    expect(user.name).toBe("Ann");
    // Signing out is used, and works.
    expect((await asUser("/sign-out", "POST", {})).status).toBe(200);
    expect(await db.client.session.count()).toBe(0);
  });

  it("a sign-up or sign-in answer keeps its session token in the httpOnly cookie, not in the JSON", async () => {
    const who = account();
    const at = { host: "localhost:3000", origin: "http://localhost:3000" };
    for (const response of [
      await send("/sign-up/email", { ...at, body: who }),
      await send("/sign-in/email", { ...at, body: who }),
    ]) {
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body).not.toHaveProperty("token");
      expect(body.user.email).toBe(who.email);
      expect(response.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    }
  });
});

describe("sign-up refusals", () => {
  const at = { host: "localhost:3000", origin: "http://localhost:3000" };

  it("an email that has an account gets the refusal any other sign-up gets, not USER_ALREADY_EXISTS", async () => {
    const who = account();
    expect((await send("/sign-up/email", { ...at, body: who })).status).toBe(200);
    const again = await send("/sign-up/email", { ...at, body: { ...who, password: "another long password" } });
    expect(again.status).toBe(400);
    const body = await again.json();
    expect(body.code).toBe(SIGN_UP_REFUSED);
    expect(JSON.stringify(body)).not.toMatch(/exist/i);
    expect(await db.client.user.count()).toBe(1);
  });

  it("the most common passwords, only spaces and one character repeated are refused, and nothing is written", async () => {
    for (const password of [
      "password",
      "12345678",
      "        ",
      "PASSWORD1",
      "qwertyuiop",
      "aaaaaaaaaa",
      " iloveyou ",
    ]) {
      const response = await send("/sign-up/email", { ...at, body: { ...account(), password } });
      expect(response.status, JSON.stringify(password)).toBe(400);
      expect((await response.json()).code).toBe(PASSWORD_TOO_COMMON);
    }
    expect(await db.client.user.count()).toBe(0);
    // Too short is said as too short, even for a password on the list.
    const short = await send("/sign-up/email", { ...at, body: { ...account(), password: "1234" } });
    expect((await short.json()).code).toBe("PASSWORD_TOO_SHORT");
    expect((await send("/sign-up/email", { ...at, body: account() })).status).toBe(200);
  });

  it("knows a common password from an uncommon one", async () => {
    expect(await guessable("letmein1")).toBe(true);
    expect(await guessable("11111111")).toBe(true);
    expect(await guessable("correct horse battery")).toBe(false);
    expect(await guessable("tcp three-way handshake")).toBe(false);
  });
});
