// The player's icons as inline SVG: no icon font to load, and no glyph a system font might lack.
const ICONS = {
  restart: "M4 4v6h6M4.5 10A8 8 0 1 1 6 16.5",
  back: "M15 5l-7 7 7 7",
  next: "M9 5l7 7-7 7",
  play: "M7 4l13 8-13 8z",
  pause: "M7 4h4v16H7zM13 4h4v16h-4z",
  clock: "M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zM12 7v5l3 3",
} as const;

export function Icon({ name }: { name: keyof typeof ICONS }) {
  const filled = name === "play" || name === "pause";
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="size-4 shrink-0">
      <path
        d={ICONS[name]}
        fill={filled ? "currentColor" : "none"}
        stroke="currentColor"
        strokeWidth={filled ? 0 : 2.2}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
