import { cookies, headers } from "next/headers";
import type { Learner } from "@/lib/db";
import { type Caller, callerOf } from "./caller";
import { hashGuestToken } from "./guest-hash";

export type { Caller };
export { hashGuestToken };

/**
 * Who is asking, in a page, server action or route handler: see callerOf. A page makes the guest its cookie names
 * if there is none yet; a server action (its request carries Next-Action) and a route handler that says
 * `{ newGuest: false }` only find one.
 */
export async function currentCaller(options?: { newGuest?: boolean }): Promise<Caller | null> {
  // Next's jar, not the Cookie header: on a first visit the proxy puts the new guest cookie on the jar.
  const jar = new Map((await cookies()).getAll().map((c) => [c.name, c.value] as const));
  const head = await headers();
  return callerOf(head, jar, { newGuest: (options?.newGuest ?? true) && !head.has("next-action") });
}

/** The learner whose practice this request reads and writes. */
export async function currentLearner(options?: { newGuest?: boolean }): Promise<Learner | null> {
  return (await currentCaller(options))?.learner ?? null;
}
