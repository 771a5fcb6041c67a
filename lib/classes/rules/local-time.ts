// Dates as a teacher types and reads them: in their own time zone (Date#getTimezoneOffset minutes), without one
// in the text. `datetime-local` inputs send "2026-11-24T17:30".
import type { Locale } from "@/lib/i18n/locales";

/**
 * "2026-11-24T17:30" (or with seconds, "…T17:30:00") in the zone `tzOffset` describes, as a Date; null if it is not
 * such a value or names a moment no calendar has: 30 February, 25:99. Years run from 1000 to 9999, what a
 * `datetime-local` input offers.
 */
export function parseLocal(value: string, tzOffset: number): Date | null {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/);
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (y < 1000 || mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return null;
  const wall = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Date.UTC carries an overflow into the next month (30 February is 2 March): a day that moved did not exist.
  if (wall.getUTCMonth() !== mo - 1 || wall.getUTCDate() !== d) return null;
  return new Date(wall.getTime() + tzOffset * 60_000);
}

/** A Date as a `datetime-local` value in that zone. */
export function toLocalInput(date: Date, tzOffset: number): string {
  return new Date(date.getTime() - tzOffset * 60_000).toISOString().slice(0, 16);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The moment as wall-clock fields in that zone (read them with the UTC getters or timeZone "UTC"). */
const shifted = (date: Date, tzOffset: number) => new Date(date.getTime() - tzOffset * 60_000);

/** "24 Nov 2026, 17:30" in that zone; in Chinese "2026年11月24日 17:30". */
export function formatLocal(date: Date, tzOffset: number, locale: Locale = "en"): string {
  const local = shifted(date, tzOffset);
  if (locale !== "en") {
    return new Intl.DateTimeFormat(locale, {
      dateStyle: "long",
      timeStyle: "short",
      hourCycle: "h23",
      timeZone: "UTC",
    }).format(local);
  }
  // Written out rather than Intl's en-GB, whose September is "Sept".
  const hh = String(local.getUTCHours()).padStart(2, "0");
  const mm = String(local.getUTCMinutes()).padStart(2, "0");
  return `${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()}, ${hh}:${mm}`;
}

/** "24 November 2026" in that zone; in Chinese "2026年11月24日". */
export function formatLocalDay(date: Date, tzOffset: number, locale: Locale = "en"): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(shifted(date, tzOffset));
}
