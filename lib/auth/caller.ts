import { findGuest, findOrCreateGuest, type Learner, learnerForUser } from "@/lib/db";
import { auth, overHttps } from "./auth";
import { hashGuestToken } from "./guest-hash";
import { GUEST_COOKIE, isGuestToken } from "./guest-token";

/** better-auth's session cookie (prefixed `__Secure-` over HTTPS). */
const SESSION_COOKIE = "better-auth.session_token";

export type Caller = {
  learner: Learner;
  user: { id: string; email: string; name: string; role: "student" | "teacher" } | null;
};

/**
 * Who sent a request with these headers and cookies: the signed-in account and its learner, or else the guest
 * learner bound to the guest cookie. Null when there is neither (cookies blocked, or a guest cookie nobody made a
 * guest for), so nothing can be saved. A guest is made only where `newGuest` says so: when a browser opens a page
 * (the proxy has just given it the cookie), never for a cookie sent straight to an action or the API, or any
 * script's random token would write a row. Pages ask through currentCaller(); the answer endpoint, served outside
 * Next, asks directly, and passes the headers as a function: only a session lookup needs them whole.
 */
export async function callerOf(
  head: Headers | (() => Headers),
  cookies: ReadonlyMap<string, string>,
  { newGuest }: { newGuest: boolean },
): Promise<Caller | null> {
  // Most requests are guests': without better-auth's session cookie there is no session to look up.
  const headers = mayBeSignedIn(cookies) ? (typeof head === "function" ? head() : head) : null;
  const session = headers ? await (await auth(overHttps(headers))).api.getSession({ headers }) : null;
  if (session) {
    const role = session.user.role === "teacher" ? "teacher" : "student";
    const { id, email, name } = session.user;
    return { learner: await learnerForUser(session.user.id, name || email), user: { id, email, name, role } };
  }
  const token = cookies.get(GUEST_COOKIE);
  if (!isGuestToken(token)) return null;
  const hash = hashGuestToken(token);
  const learner = newGuest ? await findOrCreateGuest(hash) : await findGuest(hash);
  return learner ? { learner, user: null } : null;
}

function mayBeSignedIn(cookies: ReadonlyMap<string, string>): boolean {
  return [...cookies.keys()].some((name) => name.endsWith(SESSION_COOKIE));
}

/**
 * The hash of the guest token of a request that can only be a guest's (a guest cookie and no session cookie), by
 * which its learner is found; null for anyone else, who is known through callerOf.
 */
export function guestOnlyTokenHash(cookies: ReadonlyMap<string, string>): string | null {
  const token = cookies.get(GUEST_COOKIE);
  return isGuestToken(token) && !mayBeSignedIn(cookies) ? hashGuestToken(token) : null;
}
