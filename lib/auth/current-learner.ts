import { cookies, headers } from "next/headers";
import type { Learner } from "@/lib/db";
import { type Caller, callerOf } from "./caller";
import { hashGuestToken } from "./guest-hash";

export type { Caller };
export { hashGuestToken };

/** Who is asking, in a page, server action or route handler: see callerOf. */
export async function currentCaller(): Promise<Caller | null> {
  // Next's jar, not the Cookie header: on a first visit the proxy puts the new guest cookie on the jar.
  const jar = new Map((await cookies()).getAll().map((c) => [c.name, c.value] as const));
  return callerOf(await headers(), jar);
}

/** The learner whose practice this request reads and writes. */
export async function currentLearner(): Promise<Learner | null> {
  return (await currentCaller())?.learner ?? null;
}
