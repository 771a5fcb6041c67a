// better-auth's per-address sign-in and sign-up limits key on the first X-Forwarded-For address, a header any client
// can write. server/index.ts replaces it with an address SynAck can vouch for before anything reads it.

/**
 * The X-Forwarded-For to pass on: the connection's own address; or, behind one proxy that appends the address it
 * saw (TRUST_PROXY=1: nginx's `$proxy_add_x_forwarded_for`, a load balancer), the last entry, which that proxy
 * wrote. Whatever the client claimed before it is dropped.
 */
export function forwardedFor(
  claimed: string | string[] | undefined,
  socketAddress: string | undefined,
  trustProxy: boolean,
): string {
  const own = socketAddress ?? "";
  if (!trustProxy) return own;
  const entries = [claimed ?? []]
    .flat()
    .flatMap((value) => value.split(","))
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.at(-1) ?? own;
}

/** TRUST_PROXY=1 (or true/yes): SynAck runs behind a proxy that appends the client's address. */
export function trustsProxy(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.TRUST_PROXY?.trim() ?? "");
}
