"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";
import { useT } from "@/lib/i18n/client";

/** Said by the review page after each rating, so the count changes without a navigation. */
export const REVIEWED_EVENT = "synack:reviewed";

// One count for the page, however many badges show it (the wide header's and the menu's), fetched when the
// page changes, when the tab comes back into view and after a review: the root layout does not re-render on a
// client navigation, so the server cannot put the number in the header itself.
let due: number | null = null;
let asked = 0;
const listeners = new Set<() => void>();

async function refresh() {
  const mine = ++asked;
  try {
    const reply = await fetch("/api/me/due", { cache: "no-store" });
    if (!reply.ok) return;
    const body = (await reply.json()) as { due: unknown };
    // An older answer that arrives after a newer question says nothing about now.
    if (mine !== asked) return;
    due = typeof body.due === "number" && Number.isInteger(body.due) && body.due >= 0 ? body.due : null;
  } catch {
    // Offline or the server restarting: keep the last count rather than show a wrong zero.
    return;
  }
  for (const l of listeners) l();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The cards due now, or null until known (or for a visitor with no cards). */
export function useDueCount(): number | null {
  const pathname = usePathname();
  const count = useSyncExternalStore(
    subscribe,
    () => due,
    () => null,
  );
  useEffect(() => {
    void pathname;
    void refresh();
  }, [pathname]);
  useEffect(() => {
    const again = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    const reviewed = () => void refresh();
    document.addEventListener("visibilitychange", again);
    window.addEventListener(REVIEWED_EVENT, reviewed);
    return () => {
      document.removeEventListener("visibilitychange", again);
      window.removeEventListener(REVIEWED_EVENT, reviewed);
    };
  }, []);
  return count;
}

const PILL =
  "inline-flex min-w-5 items-center justify-center rounded-full bg-rose-700 px-1.5 text-xs font-bold leading-5 text-white tabular-nums dark:bg-rose-500 dark:text-slate-950";

/** The count beside the Flashcards link: nothing while none are due. */
export function DueBadge() {
  const t = useT("layout");
  const count = useDueCount();
  if (!count) return null;
  return (
    <span className={`ml-1.5 ${PILL}`} data-testid="due-badge">
      <span aria-hidden="true">{count > 99 ? "99+" : count}</span>
      <span className="sr-only">{t("dueCount", { count })}</span>
    </span>
  );
}

/** Below 1280 px, where the links are in the menu: the count beside it, as a link straight to the review. */
export function DueLink() {
  const t = useT("layout");
  const count = useDueCount();
  if (!count) return null;
  return (
    <Link
      href="/flashcards/everything"
      className="inline-flex min-h-11 items-center rounded-md px-1 xl:hidden"
      data-testid="due-link"
      aria-label={t("dueReview", { count })}
    >
      <span className={PILL} aria-hidden="true">
        {count > 99 ? "99+" : count}
      </span>
    </Link>
  );
}
