import { cookies, headers } from "next/headers";
import { findOrCreateGuest, type Learner, learnerForUser } from "@/lib/db";
import { auth, overHttps } from "./auth";
import { hashGuestToken } from "./guest-hash";
import { GUEST_COOKIE, isGuestToken } from "./guest-token";

export { hashGuestToken };

/** better-auth's session cookie (prefixed `__Secure-` over HTTPS). */
const SESSION_COOKIE = "better-auth.session_token";

export type Caller = {
  learner: Learner;
  user: { id: string; email: string; name: string; role: "student" | "teacher" } | null;
};

/**
 * Who is asking: the signed-in account and its learner, or else the guest learner bound to this browser's cookie
 * (created on first visit). Null when there is neither (cookies blocked), so nothing can be saved.
 */
export async function currentCaller(): Promise<Caller | null> {
  const jar = await cookies();
  // Most requests are guests': without better-auth's session cookie there is no session to look up.
  const mayBeSignedIn = jar.getAll().some((c) => c.name.endsWith(SESSION_COOKIE));
  const head = await headers();
  const session = mayBeSignedIn ? await (await auth(overHttps(head))).api.getSession({ headers: head }) : null;
  if (session) {
    const role = session.user.role === "teacher" ? "teacher" : "student";
    const { id, email, name } = session.user;
    return { learner: await learnerForUser(session.user.id, name || email), user: { id, email, name, role } };
  }
  const token = jar.get(GUEST_COOKIE)?.value;
  if (!isGuestToken(token)) return null;
  return { learner: await findOrCreateGuest(hashGuestToken(token)), user: null };
}

/** The learner whose practice this request reads and writes. */
export async function currentLearner(): Promise<Learner | null> {
  return (await currentCaller())?.learner ?? null;
}
