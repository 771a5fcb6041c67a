// Where committed commands' events go to reach the open streams. One server needs only this process's streams
// (InProcessHub); several servers would put a hub here that also tells the others (PostgreSQL's LISTEN/NOTIFY,
// carrying the session id and version, each server then reading the session once), behind the same interface.
import type { LiveEvent, Session } from "@/lib/live";

/** What a command committed: the session after it, at its version, and the events lib/live addressed. */
export type Published = { session: Session; version: number; events: LiveEvent[] };

export type LiveHub = {
  publish(sessionId: string, published: Published): void;
  /** Calls `listener` with everything published for the session from now on; returns the unsubscribe. */
  subscribe(sessionId: string, listener: (published: Published) => void): () => void;
  /** How many streams listen to a session (for tests and the load bench). */
  listeners(sessionId: string): number;
};

export class InProcessHub implements LiveHub {
  private readonly sessions = new Map<string, Set<(p: Published) => void>>();

  publish(sessionId: string, published: Published): void {
    for (const listener of this.sessions.get(sessionId) ?? []) {
      try {
        listener(published);
      } catch (error) {
        // One broken stream must not keep the event from the others.
        console.error(error);
      }
    }
  }

  subscribe(sessionId: string, listener: (published: Published) => void): () => void {
    let set = this.sessions.get(sessionId);
    if (!set) {
      set = new Set();
      this.sessions.set(sessionId, set);
    }
    set.add(listener);
    return () => {
      const current = this.sessions.get(sessionId);
      current?.delete(listener);
      if (current?.size === 0) this.sessions.delete(sessionId);
    };
  }

  listeners(sessionId: string): number {
    return this.sessions.get(sessionId)?.size ?? 0;
  }
}

/**
 * This server's hub, on globalThis: the production server (server/index.ts) and Next's bundle load their own copies
 * of lib/, and every route's streams must hear every route's commands.
 */
export function liveHub(): LiveHub {
  const shared = globalThis as unknown as { synackLiveHub?: LiveHub };
  shared.synackLiveHub ??= new InProcessHub();
  return shared.synackLiveHub;
}
