// RFC 9293 Figure 5's arcs for the screen: which boxes a transition joins and how its arc runs between them.
// Pure geometry, so a test can check that every transition of the model has somewhere to be drawn.
import { phaseOf, TRANSITIONS, type Transition } from "@/lib/tcp";
import { BOXES, DIAGRAM, type Place } from "./layout";
import { type ArcGeometry, crossesABox, routeAround } from "./route";

export { BOXES, DIAGRAM, PLACES, type Place, placeState } from "./layout";
export type { ArcGeometry } from "./route";

/** The boxes a transition joins, as Figure 5 draws it. */
export function placesOf(t: Pick<Transition, "from" | "to">): { from: Place; to: Place } {
  if (t.to !== "CLOSED" || t.from === "CLOSED") return { from: t.from, to: t.to };
  // Figure 5 has two CLOSED boxes: the one at the top, left from the opening states, and the one at the end.
  return { from: t.from, to: phaseOf(t.from) === "opening" ? "CLOSED" : "CLOSED-end" };
}

/** Figure 5's arcs, each once: the picture drawn before anything is lit. */
export const FIGURE_ARCS: readonly { from: Place; to: Place }[] = TRANSITIONS.filter((t) => t.kind === "figure").map(
  placesOf,
);

/** Where the line from a box's centre towards (dx, dy) leaves the box. */
function edge(place: Place, dx: number, dy: number): { x: number; y: number } {
  const c = BOXES[place];
  const hw = DIAGRAM.boxWidth / 2 + 3;
  const hh = DIAGRAM.boxHeight / 2 + 3;
  const scale = Math.min(dx === 0 ? Infinity : hw / Math.abs(dx), dy === 0 ? Infinity : hh / Math.abs(dy));
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

const hasReverse = (from: Place, to: Place) => FIGURE_ARCS.some((a) => a.from === to && a.to === from);

const round = (n: number) => Math.round(n * 10) / 10;

/** The path of an arc. A loop for a transition that stays put; two arcs in opposite directions run side by side. */
export function arcGeometry(from: Place, to: Place): ArcGeometry {
  const a = BOXES[from];
  if (from === to) {
    // A loop over the box's top, between the C and S tags, ending in an arrow back down into it.
    const top = a.y - DIAGRAM.boxHeight / 2;
    if (top < 34) {
      // No room above (the top CLOSED): loop out of the right side instead.
      const x = a.x + DIAGRAM.boxWidth / 2;
      const d = `M${x},${a.y - 8} C${x + 30},${a.y - 22} ${x + 30},${a.y + 22} ${x + 3},${a.y + 8}`;
      return { d, label: { x: x + 26, y: a.y } };
    }
    const d = `M${a.x - 22},${top} C${a.x - 26},${top - 30} ${a.x + 26},${top - 30} ${a.x + 20},${top - 3}`;
    return { d, label: { x: a.x, y: top - 26 } };
  }
  const b = BOXES[to];
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  // Offset to the right of the direction of travel, so A→B and B→A do not overlap.
  const shift = hasReverse(from, to) ? 6 : 0;
  const nx = (-(b.y - a.y) / len) * shift;
  const ny = ((b.x - a.x) / len) * shift;
  const start = edge(from, b.x - a.x, b.y - a.y);
  const end = edge(to, a.x - b.x, a.y - b.y);
  const p0 = { x: start.x + nx, y: start.y + ny };
  const p2 = { x: end.x + nx, y: end.y + ny };
  if (!crossesABox([p0, p2], from, to)) {
    const d = `M${round(p0.x)},${round(p0.y)} L${round(p2.x)},${round(p2.y)}`;
    return { d, label: { x: round((p0.x + p2.x) / 2), y: round((p0.y + p2.y) / 2) } };
  }
  return routeAround(from, to);
}
