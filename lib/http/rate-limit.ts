/**
 * A per-key limit of `limit` events per `windowMs`, counted in memory by this server process (a sliding window of
 * timestamps per key). It protects one server from one client flooding it; with several app servers each counts its
 * own share, which still stops a flood.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    /** Keys tracked at most; the oldest are forgotten first (a flood of new keys cannot grow memory forever). */
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one event for `key`; whether it is allowed, and if not, how many seconds until it would be. */
  take(key: string, now: number = Date.now()): { ok: true } | { ok: false; retryAfterS: number } {
    const since = now - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return { ok: false, retryAfterS: Math.max(1, Math.ceil(((recent[0] ?? now) - since) / 1000)) };
    }
    recent.push(now);
    this.hits.delete(key);
    this.hits.set(key, recent);
    if (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value as string);
    return { ok: true };
  }
}
