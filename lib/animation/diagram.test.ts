import { describe, expect, it } from "vitest";
import { play, SCENARIOS, scenarioById, startOf, TRANSITIONS } from "@/lib/tcp";
import { arcGeometry, BOXES, DIAGRAM, PLACES, type Place, placesOf } from "./diagram";
import { framesOf } from "./frames";

const framesFor = (id: string) => {
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return framesOf(startOf(scenario).endpoints, play(scenario).steps);
};

/** Points along an arc's path ("M… L… Q…"), close enough together to tell whether it enters a box. */
function pathPoints(d: string): { x: number; y: number }[] {
  const tokens = d.match(/[MLQC]|-?\d+(\.\d+)?/g) ?? [];
  const points: { x: number; y: number }[] = [];
  let at = { x: 0, y: 0 };
  let k = 0;
  const num = () => Number(tokens[k++]);
  const lerp = (a: number, b: number, t: number) => a + (b - a) * t;
  while (k < tokens.length) {
    const command = tokens[k++];
    if (command === "M") at = { x: num(), y: num() };
    else if (command === "L") {
      const to = { x: num(), y: num() };
      for (let i = 0; i <= 20; i++) points.push({ x: lerp(at.x, to.x, i / 20), y: lerp(at.y, to.y, i / 20) });
      at = to;
    } else if (command === "Q") {
      const c = { x: num(), y: num() };
      const to = { x: num(), y: num() };
      for (let i = 0; i <= 20; i++) {
        const t = i / 20;
        points.push({
          x: (1 - t) ** 2 * at.x + 2 * (1 - t) * t * c.x + t * t * to.x,
          y: (1 - t) ** 2 * at.y + 2 * (1 - t) * t * c.y + t * t * to.y,
        });
      }
      at = to;
    } else if (command === "C") {
      const [c1, c2, to] = [
        { x: num(), y: num() },
        { x: num(), y: num() },
        { x: num(), y: num() },
      ];
      for (let i = 0; i <= 20; i++) {
        const t = i / 20;
        const u = 1 - t;
        points.push({
          x: u ** 3 * at.x + 3 * u * u * t * c1.x + 3 * u * t * t * c2.x + t ** 3 * to.x,
          y: u ** 3 * at.y + 3 * u * u * t * c1.y + 3 * u * t * t * c2.y + t ** 3 * to.y,
        });
      }
      at = to;
    } else throw new Error(`unexpected ${command} in ${d}`);
  }
  return points;
}

/** The boxes other than its own two that an arc's path enters. */
function boxesCrossed(from: Place, to: Place): Place[] {
  const points = pathPoints(arcGeometry(from, to).d);
  return PLACES.filter((place) => {
    if (place === from || place === to) return false;
    const b = BOXES[place];
    return points.some(
      (p) => Math.abs(p.x - b.x) < DIAGRAM.boxWidth / 2 && Math.abs(p.y - b.y) < DIAGRAM.boxHeight / 2,
    );
  });
}

describe("the state diagram's layout", () => {
  it("has a box for each of the eleven states, inside the picture and apart from each other", () => {
    const { width, height, boxWidth, boxHeight } = DIAGRAM;
    for (const p of PLACES) {
      const b = BOXES[p];
      expect(b.x - boxWidth / 2).toBeGreaterThanOrEqual(0);
      expect(b.x + boxWidth / 2).toBeLessThanOrEqual(width);
      expect(b.y - boxHeight / 2).toBeGreaterThanOrEqual(0);
      expect(b.y + boxHeight / 2).toBeLessThanOrEqual(height);
      for (const q of PLACES) {
        if (p === q) continue;
        const c = BOXES[q];
        const apart = Math.abs(b.x - c.x) >= boxWidth + 8 || Math.abs(b.y - c.y) >= boxHeight + 8;
        expect(apart, `${p} and ${q} overlap`).toBe(true);
      }
    }
  });

  it("can draw every transition of the model, including loops and the arcs Figure 5 leaves out", () => {
    for (const t of TRANSITIONS) {
      const { from, to } = placesOf(t);
      const g = arcGeometry(from, to);
      const numbers = g.d.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      expect(numbers.length).toBeGreaterThanOrEqual(4);
      for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
    }
  });

  it("draws no arc through a box it does not join: the arcs Figure 5 leaves out go round", () => {
    for (const t of TRANSITIONS) {
      const { from, to } = placesOf(t);
      if (from === to) continue;
      expect(boxesCrossed(from, to), `${t.from} ${t.event} → ${t.to}`).toEqual([]);
    }
    // FIN-WAIT-1 to the lower CLOSED runs straight through CLOSING; it is routed round it instead, and ends on the
    // CLOSED box it leads to.
    const round = arcGeometry("FIN-WAIT-1", "CLOSED-end").d;
    expect(round).toMatch(/Q/);
    const end = pathPoints(round).at(-1);
    expect(Math.abs((end?.x ?? 0) - BOXES["CLOSED-end"].x)).toBeLessThanOrEqual(DIAGRAM.boxWidth / 2 + 4);
    expect(Math.abs((end?.y ?? 0) - BOXES["CLOSED-end"].y)).toBeLessThanOrEqual(DIAGRAM.boxHeight / 2 + 4);
  });

  it("every step of every scenario has an arc to light that stays inside the picture and out of other boxes", () => {
    for (const scenario of SCENARIOS) {
      for (const frame of framesFor(scenario.id).slice(1)) {
        const arc = frame.arc;
        if (!arc) throw new Error(`${scenario.id} step ${frame.step} has no arc`);
        expect(PLACES).toContain(arc.from);
        expect(PLACES).toContain(arc.to);
        if (arc.from !== arc.to)
          expect(boxesCrossed(arc.from, arc.to), `${scenario.id} step ${frame.step}`).toEqual([]);
        for (const p of pathPoints(arcGeometry(arc.from, arc.to).d)) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x).toBeLessThanOrEqual(DIAGRAM.width);
          expect(p.y).toBeGreaterThanOrEqual(0);
          expect(p.y).toBeLessThanOrEqual(DIAGRAM.height);
        }
      }
    }
  });

  it("runs two arcs between the same boxes side by side, not on top of each other", () => {
    const down = arcGeometry("CLOSED", "LISTEN").label;
    const up = arcGeometry("LISTEN", "CLOSED").label;
    expect(Math.abs(down.x - up.x)).toBeGreaterThanOrEqual(10);
  });
});

describe("loops", () => {
  it("a transition that stays put loops over its own box, inside the picture", () => {
    for (const place of PLACES) {
      const numbers =
        arcGeometry(place, place)
          .d.match(/-?\d+(\.\d+)?/g)
          ?.map(Number) ?? [];
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(DIAGRAM.width);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(-1);
      // Close to its own box, so it reads as that state's loop.
      for (const y of ys) expect(Math.abs(y - BOXES[place].y)).toBeLessThanOrEqual(50);
    }
  });
});
