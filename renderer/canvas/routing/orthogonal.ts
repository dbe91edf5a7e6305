import { MinHeap } from './minHeap';
import type { Point, Rect, Side } from './types';

/**
 * Orthogonal connector routing (after Wybrow, Marriott & Stuckey, "Orthogonal connector routing", 2009, simplified):
 * a sparse grid of the lines that run along the obstacles' inflated borders and through both ends, and a
 * shortest path over it that pays for each bend. Pure; the obstacles are the nodes near the edge.
 */

/** Room kept around nodes, and the straight stub an edge leaves its node with before it may turn. */
export const CLEARANCE = 12;
export const STUB = 20;
const BEND_COST = 40;

const DIR: Record<Side, Point> = {
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
  top: { x: 0, y: -1 },
  bottom: { x: 0, y: 1 },
};

export interface Anchor {
  point: Point;
  /** The side of its node the edge leaves or enters by. */
  side: Side;
}

const inflate = (r: Rect, by: number): Rect => ({
  x: r.x - by,
  y: r.y - by,
  w: r.w + 2 * by,
  h: r.h + 2 * by,
});

const strictlyInside = (p: Point, r: Rect) =>
  p.x > r.x && p.x < r.x + r.w && p.y > r.y && p.y < r.y + r.h;

const uniqSorted = (xs: number[]) =>
  [...new Set(xs.map((x) => Math.round(x)))].sort((a, b) => a - b);

/** Drop points that sit on a straight line between their neighbours. */
export function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev.x === p.x && prev.y === p.y) continue;
    const before = out[out.length - 2];
    if (
      before !== undefined &&
      prev !== undefined &&
      ((before.x === prev.x && prev.x === p.x) || (before.y === prev.y && prev.y === p.y))
    )
      out[out.length - 1] = p;
    else out.push(p);
  }
  return out;
}

interface Grid {
  xs: number[];
  ys: number[];
  blocked: (p: Point) => boolean;
}

function buildGrid(from: Point, to: Point, obstacles: readonly Rect[]): Grid {
  const xs = [from.x, to.x, (from.x + to.x) / 2];
  const ys = [from.y, to.y, (from.y + to.y) / 2];
  for (const o of obstacles) {
    xs.push(o.x, o.x + o.w);
    ys.push(o.y, o.y + o.h);
  }
  const blocked = (p: Point) => obstacles.some((o) => strictlyInside(p, o));
  return { xs: uniqSorted(xs), ys: uniqSorted(ys), blocked };
}

/** A path over the grid from `from` (heading `start`) to `to` (arriving heading `end`), or null. */
function search(grid: Grid, from: Point, to: Point, start: number, end: number): Point[] | null {
  const { xs, ys, blocked } = grid;
  const W = xs.length;
  const H = ys.length;
  const xi = xs.indexOf(Math.round(from.x));
  const yi = ys.indexOf(Math.round(from.y));
  const txi = xs.indexOf(Math.round(to.x));
  const tyi = ys.indexOf(Math.round(to.y));
  // state = (cell, heading 0..3: +x, -x, +y, -y)
  const steps = [
    [1, 0],
    [-1, 0],
    [0, 1],
    [0, -1],
  ] as const;
  const cost = new Float64Array(W * H * 4).fill(Infinity);
  const prev = new Int32Array(W * H * 4).fill(-1);
  const free = new Int8Array(W * H); // 0 unknown, 1 free, 2 blocked
  const isFree = (i: number, j: number) => {
    const k = j * W + i;
    if (free[k] === 0) free[k] = blocked({ x: xs[i]!, y: ys[j]! }) ? 2 : 1;
    return free[k] === 1;
  };
  // A*: the remaining Manhattan distance never overestimates (bends only add), so the first arrival is the best
  const guess = (i: number, j: number) => Math.abs(xs[i]! - xs[txi]!) + Math.abs(ys[j]! - ys[tyi]!);
  const done = new Uint8Array(W * H * 4);
  const heap = new MinHeap();
  const s0 = (yi * W + xi) * 4 + start;
  cost[s0] = 0;
  heap.push(s0, guess(xi, yi));
  while (heap.size > 0) {
    const [state] = heap.pop();
    const c = cost[state]!;
    if (done[state] === 1) continue;
    done[state] = 1;
    const cell = state >> 2;
    const heading = state & 3;
    const i = cell % W;
    const j = (cell - i) / W;
    if (i === txi && j === tyi) {
      if (heading === end) return unwind(prev, state, xs, ys, W);
      const turned = (state & ~3) | end;
      if (c + BEND_COST < cost[turned]!) {
        cost[turned] = c + BEND_COST;
        prev[turned] = state;
        heap.push(turned, c + BEND_COST + guess(i, j));
      }
      continue;
    }
    for (let h = 0; h < 4; h++) {
      if (h === (heading ^ 1)) continue; // no U-turn
      const ni = i + steps[h]![0];
      const nj = j + steps[h]![1];
      if (ni < 0 || nj < 0 || ni >= W || nj >= H) continue;
      if (!isFree(ni, nj)) continue;
      const mid = { x: (xs[i]! + xs[ni]!) / 2, y: (ys[j]! + ys[nj]!) / 2 };
      if (blocked(mid)) continue;
      const len = Math.abs(xs[ni]! - xs[i]!) + Math.abs(ys[nj]! - ys[j]!);
      const next = (nj * W + ni) * 4 + h;
      const nc = c + len + (h === heading ? 0 : BEND_COST);
      if (nc < cost[next]!) {
        cost[next] = nc;
        prev[next] = state;
        heap.push(next, nc + guess(ni, nj));
      }
    }
  }
  return null;
}

function unwind(prev: Int32Array, last: number, xs: number[], ys: number[], W: number): Point[] {
  const out: Point[] = [];
  for (let s = last; s !== -1; s = prev[s]!) {
    const cell = s >> 2;
    const i = cell % W;
    out.push({ x: xs[i]!, y: ys[(cell - i) / W]! });
  }
  return out.reverse();
}

const headingOf = (d: Point) => (d.x > 0 ? 0 : d.x < 0 ? 1 : d.y > 0 ? 2 : 3);

/** True when the axis-parallel segment p-q passes through the inside of `r`. */
function cuts(p: Point, q: Point, r: Rect): boolean {
  const x0 = Math.min(p.x, q.x);
  const x1 = Math.max(p.x, q.x);
  const y0 = Math.min(p.y, q.y);
  const y1 = Math.max(p.y, q.y);
  if (y0 === y1) return y0 > r.y && y0 < r.y + r.h && x1 > r.x && x0 < r.x + r.w;
  return x0 > r.x && x0 < r.x + r.w && y1 > r.y && y0 < r.y + r.h;
}

/**
 * The path a person would draw first, when nothing is in its way: straight across, or out, one turn through
 * the middle between the ends, and in (a Z). Most edges take it, and it skips the grid search.
 */
function directPath(
  a: Point,
  b: Point,
  sa: Side,
  sb: Side,
  obstacles: readonly Rect[],
): Point[] | null {
  const horizontal = sa === 'left' || sa === 'right';
  const facing = horizontal
    ? (sa === 'left') === b.x < a.x && (sb === 'left') === a.x < b.x
    : (sa === 'top') === b.y < a.y && (sb === 'top') === a.y < b.y;
  if (!facing) return null;
  let path: Point[];
  if (horizontal) {
    const mx = Math.round((a.x + b.x) / 2);
    path = a.y === b.y ? [a, b] : [a, { x: mx, y: a.y }, { x: mx, y: b.y }, b];
  } else {
    const my = Math.round((a.y + b.y) / 2);
    path = a.x === b.x ? [a, b] : [a, { x: a.x, y: my }, { x: b.x, y: my }, b];
  }
  for (let i = 1; i < path.length; i++)
    if (obstacles.some((o) => cuts(path[i - 1]!, path[i]!, o))) return null;
  return path;
}

/** A simple three-segment path for when no route exists (ends inside obstacles). */
function fallback(a: Point, b: Point, sideA: Side): Point[] {
  if (sideA === 'left' || sideA === 'right') {
    const mx = (a.x + b.x) / 2;
    return [a, { x: mx, y: a.y }, { x: mx, y: b.y }, b];
  }
  const my = (a.y + b.y) / 2;
  return [a, { x: a.x, y: my }, { x: b.x, y: my }, b];
}

/**
 * An orthogonal route from `source` to `target` around `obstacles` (node rectangles, not inflated; those that
 * cover an end stub are ignored). The result starts at source.point and ends at target.point.
 */
export function routeOrthogonal(
  source: Anchor,
  target: Anchor,
  obstacles: readonly Rect[],
): Point[] {
  const ds = DIR[source.side];
  const dt = DIR[target.side];
  const a = { x: source.point.x + ds.x * STUB, y: source.point.y + ds.y * STUB };
  const b = { x: target.point.x + dt.x * STUB, y: target.point.y + dt.y * STUB };
  const clear = (o: Rect) => !strictlyInside(a, o) && !strictlyInside(b, o);
  // a node closer to an end than the clearance is avoided as it is; one over an end is ignored
  const inflated = obstacles.filter(clear).map((o) => {
    const big = inflate(o, CLEARANCE);
    return clear(big) ? big : o;
  });
  const quick = directPath(a, b, source.side, target.side, inflated);
  if (quick !== null) return simplify([source.point, ...quick, target.point]);
  const grid = buildGrid(a, b, inflated);
  const path = search(grid, a, b, headingOf(ds), headingOf({ x: -dt.x, y: -dt.y }));
  return simplify([source.point, ...(path ?? fallback(a, b, source.side)), target.point]);
}
