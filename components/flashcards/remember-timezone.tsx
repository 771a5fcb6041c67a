"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { TZ_COOKIE } from "@/lib/http/tz-cookie";

/** Tells the server where this browser's day starts, so "new cards per day" resets at the learner's midnight. */
export function RememberTimezone() {
  const router = useRouter();
  useEffect(() => {
    const offset = new Date().getTimezoneOffset();
    if (!document.cookie.split("; ").includes(`${TZ_COOKIE}=${offset}`)) {
      // biome-ignore lint/suspicious/noDocumentCookie: one plain value; the Cookie Store API is not in every browser
      document.cookie = `${TZ_COOKIE}=${offset}; path=/; max-age=${400 * 24 * 3600}; samesite=lax`;
      // The page was counted in UTC's day; count it again in the learner's.
      router.refresh();
    }
  }, [router]);
  return null;
}
