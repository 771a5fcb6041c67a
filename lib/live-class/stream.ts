// A session's events as Server-Sent Events (the WHATWG HTML standard's text/event-stream): the current view first,
// then a new view after every committed command addressed to this stream's audience, and a comment line now and
// then so proxies and the browser keep an idle connection open. A browser that reconnects (EventSource does so
// by itself, sending Last-Event-ID) is simply sent the current view again: the view is the whole truth, so nothing
// between can be missed.
import type { LiveRecord } from "@/lib/db";
import { type Audience, hostView, playerView, type Session } from "@/lib/live";
import type { Published } from "./hub";
import { type LiveDeps, scheduleClose } from "./service";

/** Idle streams get a comment this often: under the 30–60 s many proxies and load balancers cut silence at. */
export const HEARTBEAT_MS = 15_000;

/** How long a browser waits before reconnecting after the stream drops. */
const RETRY_MS = 2000;

export type StreamFor = { role: "host" } | { role: "player"; playerId: string };

export const SSE_HEADERS = {
  "content-type": "text/event-stream; charset=utf-8",
  // no-transform: a compressing proxy (or Next's own compression) must pass each event on as it comes, not gather them.
  "cache-control": "no-cache, no-transform",
  // nginx buffers responses unless told otherwise.
  "x-accel-buffering": "no",
};

function heard(audience: Audience, who: StreamFor): boolean {
  if (audience === "all") return true;
  if (audience === "host") return who.role === "host";
  return who.role === "player" && audience.player === who.playerId;
}

/** What this stream's screen shows of the session now. */
export function viewFor(session: Session, who: StreamFor, now: number) {
  return who.role === "host" ? hostView(session) : playerView(session, who.playerId, now);
}

const frame = (version: number, data: unknown) => `id: ${version}\nevent: view\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * The stream for one screen. It listens before it reads the session, so a command committed in between is not lost;
 * a view older than one already sent is never sent.
 */
export function liveStream(
  id: string,
  who: StreamFor,
  load: () => Promise<LiveRecord | null>,
  signal: AbortSignal,
  deps: LiveDeps,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      let sent = -1;
      let open = true;
      const send = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const sendView = (session: Session, version: number) => {
        if (version <= sent) return;
        sent = version;
        send(frame(version, viewFor(session, who, deps.now())));
      };
      const unsubscribe = deps.hub.subscribe(id, (p: Published) => {
        if (p.events.some((e) => heard(e.audience, who))) sendView(p.session, p.version);
      });
      const beat = setInterval(() => send(": heartbeat\n\n"), HEARTBEAT_MS);
      cleanup = () => {
        if (!open) return;
        open = false;
        unsubscribe();
        clearInterval(beat);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };
      signal.addEventListener("abort", cleanup, { once: true });
      send(`retry: ${RETRY_MS}\n\n`);
      const record = await load();
      if (!record) return cleanup();
      sendView(record.session, record.version);
      scheduleClose(record, deps);
    },
    cancel() {
      cleanup();
    },
  });
}
