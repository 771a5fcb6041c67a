"use client";
import { useHydrated } from "./use-hydrated";

const SHORT: Intl.DateTimeFormatOptions = { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };

/**
 * A moment in the learner's own time zone. The server's HTML shifts it by the offset the browser last reported
 * (the `synack_tz` cookie, 0 until then), so it rarely changes; once React runs, the browser's own zone rules it,
 * daylight saving time included.
 */
export function LocalTime({ iso, locale, offsetMinutes }: { iso: string; locale: string; offsetMinutes: number }) {
  const hydrated = useHydrated();
  const date = new Date(iso);
  const text = hydrated
    ? new Intl.DateTimeFormat(locale, SHORT).format(date)
    : new Intl.DateTimeFormat(locale, { ...SHORT, timeZone: "UTC" }).format(
        new Date(date.getTime() - offsetMinutes * 60_000),
      );
  return <time dateTime={iso}>{text}</time>;
}
