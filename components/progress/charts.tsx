// Small charts drawn as plain SVG and HTML (no chart library): each one also says its numbers in text.
import { formatDay } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translate";
import type { DayCount } from "@/lib/srs";

const INTENSITY = [
  "fill-slate-100 dark:fill-slate-800",
  "fill-emerald-200 dark:fill-emerald-900",
  "fill-emerald-400 dark:fill-emerald-700",
  "fill-emerald-600 dark:fill-emerald-500",
  "fill-emerald-800 dark:fill-emerald-300",
];

/** Reviews per day as a calendar: one column per week, Monday at the top, darker for more. */
export function Heatmap({ days, t }: { days: DayCount[]; t: Translator<"progress"> }) {
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((n, d) => n + d.count, 0);
  const active = days.filter((d) => d.count > 0).length;
  const firstWeekday = (new Date(`${days[0]?.day ?? "2026-01-05"}T00:00:00Z`).getUTCDay() + 6) % 7;
  const cell = 12;
  // Room for the axes: weekday names down the left, month names along the top.
  const left = 22;
  const top = 10;
  const cells = days.map((d, i) => {
    const index = i + firstWeekday;
    return { ...d, x: left + Math.floor(index / 7) * (cell + 2), y: top + (index % 7) * (cell + 2) };
  });
  const width = (Math.max(...cells.map((c) => c.x), 0) + cell) | 0;
  const locale = t.locale === "en" ? "en-GB" : t.locale;
  // 5 January 2026 was a Monday: Monday, Wednesday and Friday name their rows.
  const weekday = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  const rows = [0, 2, 4].map((row) => ({ row, name: weekday.format(new Date(Date.UTC(2026, 0, 5 + row))) }));
  // A month is named over the week its first day falls in, and the first week's month if its own first is far off.
  const month = new Intl.DateTimeFormat(locale, { month: "short", timeZone: "UTC" });
  const starts = cells.filter((c) => c.day.endsWith("-01"));
  const first = cells[0];
  const months = [
    ...(first && (starts[0]?.x ?? Number.POSITIVE_INFINITY) - first.x >= 3 * (cell + 2) ? [first] : []),
    ...starts,
  ].map((c) => ({ x: c.x, name: month.format(new Date(`${c.day}T00:00:00Z`)) }));
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${top + 7 * (cell + 2)}`}
        className="w-full max-w-xl"
        role="img"
        aria-label={t("heatmapLabel", { total, days: days.length, active })}
      >
        <g className="fill-slate-500 dark:fill-slate-400" fontSize="7">
          {rows.map((r) => (
            <text key={r.row} x={0} y={top + r.row * (cell + 2) + 9} data-testid="heatmap-weekday">
              {r.name}
            </text>
          ))}
          {months.map((m) => (
            <text key={m.x} x={m.x} y={7} data-testid="heatmap-month">
              {m.name}
            </text>
          ))}
        </g>
        {cells.map((c) => (
          <rect
            key={c.day}
            x={c.x}
            y={c.y}
            width={cell}
            height={cell}
            rx="2"
            className={INTENSITY[c.count === 0 ? 0 : Math.min(4, Math.ceil((c.count / max) * 4))]}
            data-day={c.day}
            data-count={c.count}
          >
            <title>{t("heatmapDay", { day: formatDay(c.day, t.locale), n: c.count })}</title>
          </rect>
        ))}
      </svg>
      <figcaption className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {t("heatmapCaption", { total, weeks: days.length / 7, active })}
      </figcaption>
    </figure>
  );
}

export type Bar = { key: string; label: string; value: number | null; title: string };

/** Vertical bars with their values written above them; a bar with no value is a gap, not a zero. */
export function BarChart({ bars, max, unit, caption }: { bars: Bar[]; max: number; unit: string; caption: string }) {
  const w = 26;
  const h = 110;
  const top = 14;
  const width = bars.length * (w + 6);
  return (
    <figure>
      <svg
        viewBox={`0 0 ${width} ${h + top + 26}`}
        style={{ width: `${width * 1.6}px` }}
        className="h-auto max-w-full"
        role="img"
        aria-label={caption}
      >
        {bars.map((b, i) => {
          const x = i * (w + 6);
          const height = b.value === null || max === 0 ? 0 : Math.max(2, (b.value / max) * h);
          return (
            <g key={b.key}>
              <title>{b.title}</title>
              <rect
                x={x}
                y={top + h - height}
                width={w}
                height={height}
                rx="3"
                className="fill-sky-600 dark:fill-sky-500"
              />
              <text x={x + w / 2} y={top + h - height - 3} textAnchor="middle" fontSize="9" fill="currentColor">
                {b.value === null ? "–" : `${b.value}${unit}`}
              </text>
              <text x={x + w / 2} y={top + h + 14} textAnchor="middle" fontSize="8.5" fill="currentColor" opacity="0.7">
                {b.label}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-sm text-slate-600 dark:text-slate-400">{caption}</figcaption>
    </figure>
  );
}
