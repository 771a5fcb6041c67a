// RFC 9293 Figure 5's boxes laid out for the screen: where each state's box sits. The arcs between them are
// diagram.ts's, and the way round the boxes for an arc the figure does not draw is route.ts's.
import type { State } from "@/lib/tcp";

/** A box of the state diagram. Figure 5 draws CLOSED twice: at the top, and at the end of the teardown. */
export type Place = State | "CLOSED-end";

export const DIAGRAM = { width: 460, height: 500, boxWidth: 118, boxHeight: 30 } as const;

/** Box centres, in the figure's arrangement: opening at the top, the closing sides left and right. */
export const BOXES: Record<Place, { x: number; y: number }> = {
  CLOSED: { x: 230, y: 22 },
  LISTEN: { x: 230, y: 92 },
  "SYN-RECEIVED": { x: 72, y: 162 },
  "SYN-SENT": { x: 388, y: 162 },
  ESTABLISHED: { x: 230, y: 232 },
  "FIN-WAIT-1": { x: 72, y: 312 },
  "CLOSE-WAIT": { x: 388, y: 312 },
  "FIN-WAIT-2": { x: 72, y: 392 },
  CLOSING: { x: 230, y: 392 },
  "LAST-ACK": { x: 388, y: 392 },
  "TIME-WAIT": { x: 230, y: 472 },
  "CLOSED-end": { x: 388, y: 472 },
};

export const PLACES = Object.keys(BOXES) as Place[];

/** The name printed in a box: both CLOSED boxes are CLOSED. */
export function placeState(place: Place) {
  return place === "CLOSED-end" ? "CLOSED" : place;
}
