// Accounts: better-auth with its Prisma adapter, email and password, sessions in httpOnly cookies, rate limits
// kept in the database. `createAuth` takes the database so tests can give it their own.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { type DbClient, database, databaseProvider, linkLearnerToUser } from "@/lib/db";
import { hashGuestToken } from "./guest-hash";
import { GUEST_COOKIE, isGuestToken } from "./guest-token";
import { authSecret } from "./secret";

/** The guest token in a Cookie header, if the browser sent a usable one. */
function guestToken(cookieHeader: string | null | undefined): string | null {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [name, ...value] = part.trim().split("=");
    if (name === GUEST_COOKIE) {
      const token = value.join("=");
      return isGuestToken(token) ? token : null;
    }
  }
  return null;
}

/**
 * Attempts allowed per address and minute. A school's whole class can share one public address, so the limits
 * stop password guessing without locking a class out: a guesser gets 20 tries a minute, a class of 30 signs up.
 */
export const AUTH_LIMITS = {
  signIn: { window: 60, max: 20 },
  signUp: { window: 60, max: 40 },
} as const;

export function createAuth(db: DbClient, secret: string = authSecret()) {
  return betterAuth({
    secret,
    database: prismaAdapter(db, { provider: databaseProvider(db) }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, maxPasswordLength: 128, autoSignIn: true },
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
        create: {
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

export type Auth = ReturnType<typeof createAuth>;

const shared = globalThis as unknown as { synackAuth?: Promise<Auth> };

/** The app's auth, over the app's database; built once per server process. */
export function auth(): Promise<Auth> {
  shared.synackAuth ??= database().then((db) => createAuth(db));
  return shared.synackAuth;
}
