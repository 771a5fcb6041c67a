"use client";

import { useCallback, useEffect, useState } from "react";

type CommandReply<V> = { ok: true; view: V } | { ok: false; error: string };

/**
 * A live session's view as its stream (GET /api/v1/live/<id>/events) sends it: the page's own first, then every one
 * the server sends. EventSource reconnects by itself after a drop, and the server starts each connection with the
 * current view, so nothing needs replaying here. `command` posts to the session and shows its view at once.
 */
export function useLive<V>(id: string, initial: V, asHost: boolean) {
  const [view, setView] = useState(initial);
  const [connected, setConnected] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    const source = new EventSource(`/api/v1/live/${encodeURIComponent(id)}/events${asHost ? "?as=host" : ""}`);
    source.addEventListener("view", (event) => {
      setView(JSON.parse((event as MessageEvent<string>).data) as V);
      setConnected(true);
    });
    source.addEventListener("open", () => setConnected(true));
    source.addEventListener("error", () => setConnected(false));
    return () => source.close();
  }, [id, asHost]);

  const command = useCallback(
    async (body: Record<string, unknown>): Promise<boolean> => {
      setPending(true);
      setError(null);
      try {
        const reply = await fetch(`/api/v1/live/${encodeURIComponent(id)}/commands`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        const out = (await reply.json()) as CommandReply<V>;
        if (out.ok) setView(out.view);
        else setError(out.error);
        return out.ok;
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return false;
      } finally {
        setPending(false);
      }
    },
    [id],
  );

  return { view, connected, error, pending, command };
}

/** Seconds left until `deadline` by this device's clock, ticking; null without a deadline. */
export function useSecondsLeft(deadline: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [deadline]);
  return deadline === null ? null : Math.max(0, Math.ceil((deadline - now) / 1000));
}
