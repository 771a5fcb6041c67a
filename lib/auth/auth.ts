// Accounts: better-auth with its Prisma adapter, email and password, sessions in httpOnly cookies, rate limits
// kept in the database. `createAuth` takes the database so tests can give it their own.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { clearAttempts, type DbClient, database, databaseProvider, linkLearnerToUser, takeAttempt } from "@/lib/db";
import { parseCookies } from "@/lib/http/cookies";
import { checkName } from "./display-name";
import { ACCOUNT_LOCKED, PASSWORD_TOO_COMMON, SIGN_UP_REFUSED } from "./forms";
import { hashGuestToken } from "./guest-hash";
import { GUEST_COOKIE, isGuestToken } from "./guest-token";
import {
  DEVICE_COOKIE,
  DEVICE_COOKIE_MAX_AGE_S,
  deviceFor,
  knownDevices,
  rememberDevice,
  signInDeviceKey,
} from "./known-devices";
import { guessable } from "./passwords";
import { authSecret } from "./secret";
import { SIGN_IN_ACCOUNT_LIMIT, signInAccountKey } from "./sign-in-limit";

/** The guest token in a Cookie header, if the browser sent a usable one. */
function guestToken(cookieHeader: string | null | undefined): string | null {
  const token = parseCookies(cookieHeader).get(GUEST_COOKIE);
  return isGuestToken(token) ? token : null;
}

/**
 * Attempts allowed per address and minute. A school's whole class can share one public address, so the limits
 * stop password guessing without locking a class out: a guesser gets 20 tries a minute, a class of 30 signs up.
 * Sign-in is also limited per account, wherever the attempts come from (SIGN_IN_ACCOUNT_LIMIT).
 */
export const AUTH_LIMITS = {
  signIn: { window: 60, max: 20 },
  signUp: { window: 60, max: 40 },
} as const;

/**
 * Whether this request reached SynAck over HTTPS: a TLS-terminating proxy says so in X-Forwarded-Proto, and
 * BETTER_AUTH_URL names the public address. Session cookies are Secure exactly then: a school server on plain
 * http://192.168.1.5:3000 must still be able to sign people in (browsers drop Secure cookies there).
 */
export function overHttps(
  headers: Pick<Headers, "get">,
  env: Readonly<Record<string, string | undefined>> = process.env,
): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  return (env.BETTER_AUTH_URL ?? "").startsWith("https://");
}

/** A user's name as it may be written, or a 400 that writes nothing. */
function checkedName(value: unknown): string {
  const checked = checkName(value);
  if (!checked.ok) throw new APIError("BAD_REQUEST", { code: checked.code, message: checked.message });
  return checked.name;
}

/** The one origin accounts work at when BETTER_AUTH_URL names it; null when they work at any address (the default). */
export function accountsOrigin(env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  try {
    return env.BETTER_AUTH_URL ? new URL(env.BETTER_AUTH_URL).origin : null;
  } catch {
    return null;
  }
}

export function createAuth(db: DbClient, secret: string = authSecret(), secureCookies = false) {
  return betterAuth({
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        const body = ctx.body as { email?: unknown; password?: unknown } | undefined;
        // A password of the wrong length gets better-auth's own refusal (too short, too long) instead.
        const password = typeof body?.password === "string" && body.password.length <= 128 ? body.password : "";
        if (ctx.path === "/sign-up/email" && password.length >= 8 && (await guessable(password))) {
          throw new APIError("BAD_REQUEST", {
            code: PASSWORD_TOO_COMMON,
            message: "This password is among the most common ones. Choose another.",
          });
        }
        if (ctx.path === "/sign-up/email" && (await hasAccount(body?.email, db))) {
          // better-auth would answer 422 USER_ALREADY_EXISTS, at once. The refusal is the one any other sign-up
          // refusal gets, and hashing the password first makes it take as long as a sign-up that goes through.
          if (typeof body?.password === "string") await ctx.context.password.hash(body.password);
          throw new APIError("BAD_REQUEST", {
            code: SIGN_UP_REFUSED,
            message: "No account could be created with these details.",
          });
        }
        // Counted before the password is checked, so past the limit even the right password is refused until the
        // window has passed; counted for any email, so the refusal does not tell whether it has an account. From a
        // browser the account signed in from before, counted apart (lib/auth/known-devices.ts).
        if (ctx.path !== "/sign-in/email") return;
        const device = deviceFor(
          knownDevices(await ctx.getSignedCookie(DEVICE_COOKIE, ctx.context.secret)),
          body?.email,
        );
        const key = device ? signInDeviceKey(device) : signInAccountKey(body?.email);
        if (!key) return;
        const taken = await takeAttempt(key, Date.now(), SIGN_IN_ACCOUNT_LIMIT, db);
        if (!taken.ok) {
          throw new APIError(
            "TOO_MANY_REQUESTS",
            { code: ACCOUNT_LOCKED, message: "Too many sign-in attempts for this account. Try again later." },
            { "Retry-After": String(taken.retryAfterS) },
          );
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        const signedIn = ctx.path === "/sign-in/email" || ctx.path === "/sign-up/email";
        const email = (ctx.body as { email?: unknown } | undefined)?.email;
        if (!signedIn || !ctx.context.newSession || typeof email !== "string") return;
        // The password was right: the attempts before it no longer count, and this browser is known from now on.
        const devices = knownDevices(await ctx.getSignedCookie(DEVICE_COOKIE, ctx.context.secret));
        const device = deviceFor(devices, email);
        const key = signInAccountKey(email);
        await Promise.all([
          key ? clearAttempts(key, db) : null,
          device ? clearAttempts(signInDeviceKey(device), db) : null,
        ]);
        await ctx.setSignedCookie(DEVICE_COOKIE, rememberDevice(devices, email), ctx.context.secret, {
          httpOnly: true,
          sameSite: "lax",
          secure: secureCookies,
          // Sent only to better-auth's endpoints: no page or API needs it.
          path: "/api/auth",
          maxAge: DEVICE_COOKIE_MAX_AGE_S,
        });
      }),
    },
    secret,
    // httpOnly and SameSite=Lax always (better-auth's defaults); Secure (and the __Secure- name) over HTTPS only.
    // The origin check on (better-auth turns it off by itself under a test runner, and the tests check it).
    advanced: { useSecureCookies: secureCookies, disableOriginCheck: false },
    database: prismaAdapter(db, { provider: databaseProvider(db) }),
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      autoSignIn: true,
      // The interface has no password reset (lib/auth/endpoint.ts serves none); were one added, a reset ends every
      // session the old password had opened.
      revokeSessionsOnPasswordReset: true,
    },
    user: {
      // Never taken from a request: SynAck sets it (lib/auth/roles.ts).
      additionalFields: { role: { type: "string", defaultValue: "student", input: false } },
    },
    session: { expiresIn: 30 * 24 * 3600, updateAge: 24 * 3600 },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: { "/sign-in/email": AUTH_LIMITS.signIn, "/sign-up/email": AUTH_LIMITS.signUp },
    },
    databaseHooks: {
      user: {
        // Every write of a user's name, whichever endpoint makes it: bounded, one line, no control characters.
        update: {
          before: async (user) => ("name" in user ? { data: { ...user, name: checkedName(user.name) } } : undefined),
        },
        create: {
          before: async (user) => ({ data: { ...user, name: checkedName(user.name) } }),
          // The guest's practice (answers, quizzes, cards) becomes the new account's.
          after: async (user, context) => {
            const token = guestToken(context?.headers?.get("cookie") ?? context?.request?.headers.get("cookie"));
            await linkLearnerToUser(user.id, token ? hashGuestToken(token) : null, db);
          },
        },
      },
    },
  });
}

/** Whether a sign-up's email already has an account, looked up as better-auth looks it up (in lower case). */
async function hasAccount(email: unknown, db: DbClient): Promise<boolean> {
  if (typeof email !== "string" || email.length > 254) return false;
  return (await db.user.count({ where: { email: email.toLowerCase() } })) > 0;
}

export type Auth = ReturnType<typeof createAuth>;

const shared = globalThis as unknown as { synackAuth?: Partial<Record<"http" | "https", Promise<Auth>>> };

/**
 * The app's auth over the app's database, for a request that came over HTTPS or not (the two differ only in their
 * cookies' Secure flag and name); each built once per server process.
 */
export function auth(https: boolean): Promise<Auth> {
  const key = https ? "https" : "http";
  shared.synackAuth ??= {};
  shared.synackAuth[key] ??= database().then((db) => createAuth(db, authSecret(), https));
  return shared.synackAuth[key];
}
