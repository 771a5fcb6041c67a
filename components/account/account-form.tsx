"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { PRIMARY_BUTTON } from "@/components/ui/buttons";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  type AccountMsg,
  accountKey,
  formError,
  minutesToWait,
  refusalMessage,
  signInForm,
  signUpForm,
  withNext,
} from "@/lib/auth/forms";
import { useT } from "@/lib/i18n/client";

const FIELD =
  "mt-1 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-rose-600 dark:border-slate-700 dark:bg-slate-900";

const accountLink = (href: string, children: React.ReactNode) => (
  <Link className="underline underline-offset-2" href={href}>
    {children}
  </Link>
);

/**
 * Sign up or sign in with email and password. What was typed stays when something is refused. `accountsAt` is the
 * one address accounts work at when the server names one (BETTER_AUTH_URL), for the refusal of any other.
 */
export function AccountForm({
  kind,
  next,
  accountsAt,
}: {
  kind: "sign-up" | "sign-in";
  next: string | null;
  accountsAt: string | null;
}) {
  const router = useRouter();
  const t = useT("account");
  const [error, setError] = useState<AccountMsg | null>(null);
  /** Minutes to wait, for a refusal that names them (an account locked by its sign-in limit). */
  const [minutes, setMinutes] = useState(1);
  /** The HTTP status of a refusal that names it (a server error). */
  const [status, setStatus] = useState(0);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = Object.fromEntries(new FormData(event.currentTarget));
    const parsed = (kind === "sign-up" ? signUpForm : signInForm).safeParse(form);
    if (!parsed.success) {
      setError(formError(parsed.error.issues));
      return;
    }
    setPending(true);
    setError(null);
    try {
      const response = await fetch(`/api/auth/${kind}/email`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(parsed.data),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { code?: string };
        setMinutes(minutesToWait(response.headers.get("retry-after")));
        setStatus(response.status);
        setError(refusalMessage(kind, response.status, body.code, accountsAt));
        return;
      }
      router.push(next ?? "/me");
      router.refresh();
    } catch {
      setError("account.unreachable");
    } finally {
      setPending(false);
    }
  }

  return (
    // POST and disabled until React runs: a click before then must never send the password in the address.
    <form onSubmit={submit} method="post" noValidate className="max-w-sm space-y-4">
      {kind === "sign-up" ? (
        <label className="block text-sm font-medium">
          {t("name")}
          <input name="name" autoComplete="name" required className={FIELD} />
        </label>
      ) : null}
      <label className="block text-sm font-medium">
        {t("email")}
        <input name="email" type="email" autoComplete="email" required className={FIELD} />
      </label>
      <label className="block text-sm font-medium">
        {t("password")}
        <input
          name="password"
          type="password"
          autoComplete={kind === "sign-up" ? "new-password" : "current-password"}
          required
          minLength={kind === "sign-up" ? 8 : undefined}
          className={FIELD}
        />
        {kind === "sign-up" ? (
          <span className="mt-1 block text-xs text-slate-500 dark:text-slate-400">{t("passwordHint")}</span>
        ) : null}
      </label>
      <p role="alert" className="min-h-6 text-sm text-rose-700 dark:text-rose-400">
        {error === "account.originElsewhere" && accountsAt
          ? t.rich("originElsewhere", {
              url: accountsAt,
              // This very page (and where it leads after) at the address accounts work at.
              link: (c) => (
                <a className="underline underline-offset-2" href={`${accountsAt}${withNext(`/${kind}`, next)}`}>
                  {c}
                </a>
              ),
            })
          : error
            ? t(accountKey(error), { minutes, status, url: accountsAt ?? "" })
            : null}
      </p>
      {/* aria-disabled while the request runs, so the button keeps focus and a refusal is read from where it was. */}
      <button type="submit" className={PRIMARY_BUTTON} disabled={!hydrated} aria-disabled={pending}>
        {pending ? t("oneMoment") : kind === "sign-up" ? t("createAccount") : t("signIn")}
      </button>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {kind === "sign-up"
          ? t.rich("haveAccount", { link: (c) => accountLink(withNext("/sign-in", next), c) })
          : t.rich("noAccount", { link: (c) => accountLink(withNext("/sign-up", next), c) })}
      </p>
    </form>
  );
}
