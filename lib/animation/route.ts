// The way round: an arc that Figure 5 does not draw would often run straight through another state's box (a reset
// or a user timeout from the middle of the figure to CLOSED), so it is routed on a grid around the boxes instead.
// Pure geometry, computed once per arc.
import { BOXES, DIAGRAM, PLACES, type Place } from "./layout";

export type ArcGeometry = { d: string; label: { x: number; y: number } };

type Point = { x: number; y: number };

const round = (n: number) => Math.round(n * 10) / 10;

/** Arcs routed once and kept: the route is the same every time, and a few dozen are ever asked for. */
const ROUTES = new Map<string, ArcGeometry>();

/**
 * An arc whose straight line would run through another state's box (most arcs Figure 5 leaves out: a reset or a
 * user timeout from the middle of the figure to CLOSED): the shortest way round on a fine grid, then pulled tight
 * into as few straight runs as keep clear of every box, with rounded corners.
 */
export function routeAround(from: Place, to: Place): ArcGeometry {
  const key = `${from}>${to}`;
  const known = ROUTES.get(key);
  if (known) return known;
  const path = gridPath(from, to);
  const start = path[0] ?? BOXES[from];
  const end = path[path.length - 1] ?? BOXES[to];
  // The ends sit on the boxes' outlines, a little off them as every other arc does.
  const points = pullTight([onOutline(from, start), ...path, onOutline(to, end)], from, to);
  const geometry = { d: roundedPath(points), label: halfway(points) };
  ROUTES.set(key, geometry);
  return geometry;
}

const CELL = 6;
/** How far the route keeps from every box, and the band round the two end boxes where it may start and end. */
const CLEAR = 6;

/** How far a point is outside a box (0 inside it). */
function distanceTo(place: Place, p: Point): number {
  const box = BOXES[place];
  const dx = Math.max(0, Math.abs(p.x - box.x) - DIAGRAM.boxWidth / 2);
  const dy = Math.max(0, Math.abs(p.y - box.y) - DIAGRAM.boxHeight / 2);
  return Math.hypot(dx, dy);
}

/** The point of a box's outline (3 units out) nearest to p. */
function onOutline(place: Place, p: Point): Point {
  const box = BOXES[place];
  const hw = DIAGRAM.boxWidth / 2 + 3;
  const hh = DIAGRAM.boxHeight / 2 + 3;
  return {
    x: Math.min(box.x + hw, Math.max(box.x - hw, p.x)),
    y: Math.min(box.y + hh, Math.max(box.y - hh, p.y)),
  };
}

/**
 * A* over grid points, from the band round one box to the band round the other, through no other box and not
 * along the picture's rim. Every point of the first band starts at no cost, so the route leaves from the side
 * that faces where it goes.
 */
function gridPath(from: Place, to: Place): Point[] {
  const COLS = Math.floor(DIAGRAM.width / CELL);
  const ROWS = Math.floor(DIAGRAM.height / CELL);
  const at = (i: number, j: number): Point => ({ x: i * CELL, y: j * CELL });
  const id = (i: number, j: number) => j * (COLS + 1) + i;
  const pointOf = (k: number) => at(k % (COLS + 1), Math.floor(k / (COLS + 1)));
  const free = (p: Point) =>
    p.x >= CLEAR &&
    p.x <= DIAGRAM.width - CLEAR &&
    p.y >= CLEAR &&
    p.y <= DIAGRAM.height - CLEAR &&
    PLACES.every((place) => distanceTo(place, p) >= CLEAR);
  const band = (place: Place, p: Point) => distanceTo(place, p) < CLEAR + CELL * 1.5;
  const goal = BOXES[to];
  const h = (p: Point) => Math.max(0, Math.hypot(p.x - goal.x, p.y - goal.y) - DIAGRAM.boxWidth / 2) / CELL;
  const cost = new Map<number, number>();
  const came = new Map<number, number>();
  const heading = new Map<number, number>();
  const open: { k: number; f: number }[] = [];
  for (let j = 0; j <= ROWS; j++) {
    for (let i = 0; i <= COLS; i++) {
      const p = at(i, j);
      if (!free(p) || !band(from, p)) continue;
      cost.set(id(i, j), 0);
      open.push({ k: id(i, j), f: h(p) });
    }
  }
  const STEPS = [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
    [1, 1],
    [1, -1],
    [-1, 1],
    [-1, -1],
  ] as const;
  const done = new Set<number>();
  while (open.length > 0) {
    open.sort((p, q) => p.f - q.f || p.k - q.k);
    const node = open.shift();
    if (!node || done.has(node.k)) continue;
    done.add(node.k);
    const here = pointOf(node.k);
    if (band(to, here)) {
      const path: Point[] = [];
      for (let k: number | undefined = node.k; k !== undefined; k = came.get(k)) path.unshift(pointOf(k));
      return path;
    }
    const i0 = node.k % (COLS + 1);
    const j0 = Math.floor(node.k / (COLS + 1));
    STEPS.forEach(([di, dj], direction) => {
      const i = i0 + di;
      const j = j0 + dj;
      if (i < 0 || j < 0 || i > COLS || j > ROWS || !free(at(i, j))) return;
      // A small price on each turn, so that of the equally short ways the straightest wins.
      const turn = heading.has(node.k) && heading.get(node.k) !== direction ? 0.5 : 0;
      const g = (cost.get(node.k) ?? 0) + (di !== 0 && dj !== 0 ? Math.SQRT2 : 1) + turn;
      const next = id(i, j);
      if (g >= (cost.get(next) ?? Infinity)) return;
      cost.set(next, g);
      came.set(next, node.k);
      heading.set(next, direction);
      open.push({ k: next, f: g + h(at(i, j)) });
    });
  }
  throw new Error(`No way to draw ${from} → ${to} around the other boxes.`);
}

/** The path's corners: from each point, straight on to the furthest later point the straight line clears. */
function pullTight(path: readonly Point[], from: Place, to: Place): Point[] {
  const corners: Point[] = [];
  let k = 0;
  while (k < path.length - 1) {
    const p = path[k] as Point;
    corners.push(p);
    let far = k + 1;
    for (let m = path.length - 1; m > k + 1; m--) {
      if (!crossesABox([p, path[m] as Point], from, to)) {
        far = m;
        break;
      }
    }
    k = far;
  }
  corners.push(path[path.length - 1] as Point);
  return corners;
}

/** Straight runs joined by rounded corners. */
function roundedPath(points: readonly Point[]): string {
  const [first, ...rest] = points;
  if (!first) return "";
  let d = `M${round(first.x)},${round(first.y)}`;
  rest.forEach((p, n) => {
    const prev = points[n] as Point;
    const next = rest[n + 1];
    if (!next) {
      d += ` L${round(p.x)},${round(p.y)}`;
      return;
    }
    const r = Math.min(14, Math.hypot(p.x - prev.x, p.y - prev.y) / 2, Math.hypot(next.x - p.x, next.y - p.y) / 2);
    const toward = (q: Point) => {
      const len = Math.hypot(q.x - p.x, q.y - p.y);
      return { x: p.x + ((q.x - p.x) / len) * r, y: p.y + ((q.y - p.y) / len) * r };
    };
    const inAt = toward(prev);
    const outAt = toward(next);
    d += ` L${round(inAt.x)},${round(inAt.y)} Q${round(p.x)},${round(p.y)} ${round(outAt.x)},${round(outAt.y)}`;
  });
  return d;
}

/** The point halfway along a polyline, where its label goes. */
function halfway(points: readonly Point[]): Point {
  const lengths = points.slice(1).map((p, n) => Math.hypot(p.x - (points[n] as Point).x, p.y - (points[n] as Point).y));
  let left = lengths.reduce((a, b) => a + b, 0) / 2;
  for (const [n, len] of lengths.entries()) {
    const a = points[n] as Point;
    const b = points[n + 1] as Point;
    if (left <= len) return { x: round(a.x + ((b.x - a.x) * left) / len), y: round(a.y + ((b.y - a.y) * left) / len) };
    left -= len;
  }
  return points[0] ?? { x: 0, y: 0 };
}

function insideABox(p: Point, from: Place, to: Place, margin: number): boolean {
  const hw = DIAGRAM.boxWidth / 2 + margin;
  const hh = DIAGRAM.boxHeight / 2 + margin;
  return PLACES.some((place) => {
    if (place === from || place === to) return false;
    const box = BOXES[place];
    return Math.abs(p.x - box.x) < hw && Math.abs(p.y - box.y) < hh;
  });
}

/** Whether the straight line from a to b passes through, or within a few units of, a box other than from's and to's. */
export function crossesABox([a, b]: readonly [Point, Point] | readonly Point[], from: Place, to: Place): boolean {
  if (!a || !b) return false;
  const n = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2);
  for (let k = 0; k <= n; k++) {
    const p = { x: a.x + ((b.x - a.x) * k) / n, y: a.y + ((b.y - a.y) * k) / n };
    if (insideABox(p, from, to, 4)) return true;
  }
  return false;
}
