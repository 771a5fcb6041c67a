"use client";
import { useEffect, useRef } from "react";
import { useReducedMotion } from "./use-reduced-motion";

type Point = { x: number; y: number };

/**
 * A segment on its way: a chip with its flags that moves along the arrow with a transform (the compositor does
 * the work, nothing is laid out again), then disappears. With reduced motion it is never drawn.
 */
export function FlyingSegment(props: {
  from: Point;
  to: Point;
  flags: string;
  lost: boolean;
  durationMs: number;
  delayMs: number;
}) {
  const ref = useRef<SVGGElement>(null);
  const reduced = useReducedMotion();
  const { from, to, durationMs, delayMs } = props;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the points' numbers, not new objects each render, restart the flight
  useEffect(() => {
    const chip = ref.current;
    if (!chip || reduced || durationMs <= 0 || typeof chip.animate !== "function") return;
    const at = (p: Point) => `translate(${p.x}px, ${p.y}px)`;
    const animation = chip.animate(
      [
        { transform: at(from), opacity: 1 },
        { transform: at(to), opacity: 1, offset: 0.92 },
        { transform: at(to), opacity: 0 },
      ],
      { duration: durationMs, delay: delayMs, easing: "ease-in-out", fill: "both" },
    );
    return () => animation.cancel();
  }, [from.x, from.y, to.x, to.y, durationMs, delayMs, reduced]);

  if (reduced) return null;
  const width = props.flags.length * 6.4 + 10;
  return (
    <g ref={ref} style={{ opacity: 0 }} data-testid="flying-segment">
      <rect
        x={-width / 2}
        y="-9"
        width={width}
        height="18"
        rx="9"
        className={props.lost ? "fill-rose-600 dark:fill-rose-500" : "fill-sky-700 dark:fill-sky-500"}
      />
      <text textAnchor="middle" y="3.5" fontSize="10" fontWeight="700" fill="white" className="font-mono">
        {props.flags}
      </text>
    </g>
  );
}
