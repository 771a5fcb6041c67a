"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/lib/i18n/client";

/** Ends the session; the browser goes on as a new guest. */
export function SignOutButton() {
  const t = useT("layout");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState(false);
  async function signOut() {
    setPending(true);
    setFailed(false);
    try {
      // better-auth takes only JSON bodies, even an empty one.
      const response = await fetch("/api/auth/sign-out", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
      });
      if (!response.ok) throw new Error(String(response.status));
      router.push("/");
      router.refresh();
    } catch {
      setFailed(true);
    } finally {
      setPending(false);
    }
  }
  return (
    <button
      type="button"
      onClick={signOut}
      disabled={pending}
      className="whitespace-nowrap rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:underline disabled:opacity-50 dark:text-slate-300"
      title={failed ? t("signOutFailedTitle") : undefined}
    >
      {failed ? t("signOutFailed") : pending ? t("signingOut") : t("signOut")}
    </button>
  );
}
