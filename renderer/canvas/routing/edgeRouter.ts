import { labelSize, labelSpot } from './labelSpot';
import { routeOrthogonal, STUB, type Anchor } from './orthogonal';
import { RectIndex } from './rectIndex';
import { overlaps, type Point, type Rect } from './types';

/** What the router needs of an edge. */
export interface RouteRequest {
  id: string;
  source: string;
  target: string;
  /** Across lanes: it leaves by the top or bottom of its node, so it does not cut through its own lane. */
  cross: boolean;
  label: string;
}

export interface EdgeRoute {
  points: Point[];
  /** Centre of the label, on the route and off every node. */
  label: Point;
}

/** How far around an edge's ends the router looks for nodes to go around. */
const SEARCH_PAD = 160;

const mid = (r: Rect, side: 'left' | 'right' | 'top' | 'bottom'): Point =>
  side === 'left'
    ? { x: r.x, y: r.y + r.h / 2 }
    : side === 'right'
      ? { x: r.x + r.w, y: r.y + r.h / 2 }
      : side === 'top'
        ? { x: r.x + r.w / 2, y: r.y }
        : { x: r.x + r.w / 2, y: r.y + r.h };

/**
 * The sides an edge leaves its source (the resource holding the reference) and enters its target by.
 * Across lanes (or one above the other): top/bottom, toward the other node. Else the facing sides (source left
 * of a target to its left, the usual dependency order; right when the target lies right of it).
 */
export function anchorsFor(s: Rect, t: Rect, cross: boolean): [Anchor, Anchor] {
  const pair = (a: Anchor['side'], b: Anchor['side']): [Anchor, Anchor] => [
    { point: mid(s, a), side: a },
    { point: mid(t, b), side: b },
  ];
  if (cross || Math.abs(s.x - t.x) < s.w + 2 * STUB) {
    if (t.y + t.h <= s.y) return pair('top', 'bottom');
    if (t.y >= s.y + s.h) return pair('bottom', 'top');
  }
  if (t.x >= s.x + s.w) return pair('right', 'left');
  return pair('left', 'right');
}

const around = (a: Point, b: Point, pad: number): Rect => ({
  x: Math.min(a.x, b.x) - pad,
  y: Math.min(a.y, b.y) - pad,
  w: Math.abs(a.x - b.x) + 2 * pad,
  h: Math.abs(a.y - b.y) + 2 * pad,
});

const sameRect = (a: Rect | undefined, b: Rect | undefined) =>
  a !== undefined && b !== undefined && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

/** One edge's route around the nodes in `index`. */
export function routeEdge(req: RouteRequest, index: RectIndex): EdgeRoute | undefined {
  const s = index.rects.get(req.source);
  const t = index.rects.get(req.target);
  if (s === undefined || t === undefined) return undefined;
  const [a, b] = anchorsFor(s, t, req.cross);
  const points = routeOrthogonal(a, b, index.query(around(a.point, b.point, SEARCH_PAD)));
  const label = labelSpot(points, labelSize(req.label), (area) => index.query(area));
  return { points, label };
}

interface Cached {
  req: RouteRequest;
  route: EdgeRoute | undefined;
  /** The area whose nodes shaped this route: a node moving in or out of it routes the edge again. */
  area: Rect;
}

function areaOf(route: EdgeRoute | undefined, fallback: Rect): Rect {
  if (route === undefined) return fallback;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const p of [...route.points, route.label]) {
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x);
    y1 = Math.max(y1, p.y);
  }
  const box = {
    x: x0 - SEARCH_PAD,
    y: y0 - SEARCH_PAD,
    w: x1 - x0 + 2 * SEARCH_PAD,
    h: y1 - y0 + 2 * SEARCH_PAD,
  };
  return box;
}

/**
 * Routes kept between updates: after a drop only the edges of moved nodes and those whose neighbourhood a moved
 * node entered or left are routed again; the others keep their route objects (so their views do not re-render).
 */
export class EdgeRouter {
  private rects: ReadonlyMap<string, Rect> = new Map();
  private cache = new Map<string, Cached>();

  update(
    rects: ReadonlyMap<string, Rect>,
    requests: readonly RouteRequest[],
  ): Map<string, EdgeRoute> {
    const dirty: Rect[] = [];
    const moved = new Set<string>();
    for (const [id, r] of rects) {
      const old = this.rects.get(id);
      if (sameRect(old, r)) continue;
      moved.add(id);
      dirty.push(r);
      if (old !== undefined) dirty.push(old);
    }
    for (const [id, old] of this.rects)
      if (!rects.has(id)) {
        moved.add(id);
        dirty.push(old);
      }
    const index = new RectIndex(rects);
    const next = new Map<string, Cached>();
    const out = new Map<string, EdgeRoute>();
    for (const req of requests) {
      const hit = this.cache.get(req.id);
      const keep =
        hit !== undefined &&
        hit.req.source === req.source &&
        hit.req.target === req.target &&
        hit.req.cross === req.cross &&
        hit.req.label === req.label &&
        !moved.has(req.source) &&
        !moved.has(req.target) &&
        !dirty.some((d) => overlaps(d, hit.area));
      let entry: Cached;
      if (keep) entry = hit;
      else {
        const route = routeEdge(req, index);
        const s = rects.get(req.source);
        const fallbackArea = s ?? { x: 0, y: 0, w: 0, h: 0 };
        entry = { req, route, area: areaOf(route, fallbackArea) };
      }
      next.set(req.id, entry);
      if (entry.route !== undefined) out.set(req.id, entry.route);
    }
    this.rects = rects;
    this.cache = next;
    return out;
  }
}
