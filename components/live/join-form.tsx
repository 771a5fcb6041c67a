"use client";

import { useState } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";
import { useT } from "@/lib/i18n/client";

const FIELD =
  "mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-3 text-lg aria-[invalid=true]:border-rose-600 dark:border-slate-700 dark:bg-slate-900";

/**
 * Joins a live session by code and nickname (POST /api/v1/live/join), then opens the session's page; the server
 * gives this browser the cookie it rejoins with. With the code known (the QR code's link) only the nickname is asked.
 */
export function JoinForm({ code, name }: { code?: string; name?: string }) {
  const t = useT("live");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function join(event: React.FormEvent<HTMLFormElement>) {
    // Not a form action: React resets a form after its action, and a refused nickname should stay there to fix.
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const reply = await fetch("/api/v1/live/join", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ code: String(form.get("code") ?? ""), nickname: String(form.get("nickname") ?? "") }),
      });
      const body = (await reply.json()) as { ok: boolean; code?: string; error?: string };
      if (body.ok && body.code) {
        window.location.assign(`/live/${body.code}`);
        return;
      }
      setError(body.error ?? t("commandFailed", { error: String(reply.status) }));
    } catch (e) {
      setError(t("commandFailed", { error: e instanceof Error ? e.message : String(e) }));
    }
    setPending(false);
  }
  return (
    <form onSubmit={join} className="max-w-md space-y-3" noValidate>
      {code ? (
        <input type="hidden" name="code" value={code} />
      ) : (
        <label className="block text-sm font-medium">
          {t("codeLabel")}
          <input
            name="code"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            className={`${FIELD} font-mono uppercase tracking-widest`}
            aria-invalid={error ? true : undefined}
          />
        </label>
      )}
      <label className="block text-sm font-medium">
        {t("nicknameLabel")}
        <input
          name="nickname"
          defaultValue={name ?? ""}
          maxLength={24}
          autoComplete="nickname"
          className={FIELD}
          aria-invalid={error ? true : undefined}
          aria-describedby="join-error"
        />
      </label>
      {name ? <p className="text-xs text-slate-500 dark:text-slate-400">{t("nicknameHelpSignedIn")}</p> : null}
      <p id="join-error" role="alert" className="min-h-5 text-sm text-rose-700 dark:text-rose-400">
        {error}
      </p>
      <button type="submit" className={`${PRIMARY_BUTTON} min-h-11 w-full sm:w-auto`} disabled={pending}>
        {pending ? t("joining") : t("joinSubmit")}
      </button>
    </form>
  );
}
