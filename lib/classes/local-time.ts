// Dates as a teacher types and reads them: in their own time zone (Date#getTimezoneOffset minutes), without one
// in the text. `datetime-local` inputs send "2026-11-24T17:30".

/** "2026-11-24T17:30" in the zone `tzOffset` describes, as a Date; null if it is not such a value. */
export function parseLocal(value: string, tzOffset: number): Date | null {
  const m = value.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(y, mo - 1, d, h, mi) + tzOffset * 60_000;
  const date = new Date(utc);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() > 9999 ? null : date;
}

/** A Date as a `datetime-local` value in that zone. */
export function toLocalInput(date: Date, tzOffset: number): string {
  return new Date(date.getTime() - tzOffset * 60_000).toISOString().slice(0, 16);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "24 Nov 2026, 17:30" in that zone. */
export function formatLocal(date: Date, tzOffset: number): string {
  const local = new Date(date.getTime() - tzOffset * 60_000);
  const hh = String(local.getUTCHours()).padStart(2, "0");
  const mm = String(local.getUTCMinutes()).padStart(2, "0");
  return `${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()}, ${hh}:${mm}`;
}
