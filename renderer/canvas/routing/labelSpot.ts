import type { Point, Rect } from './types';
import { overlaps } from './types';

/** Estimated size of an edge label box (12 px UI font, padding), for keeping it off nodes. */
export function labelSize(text: string): { w: number; h: number } {
  return { w: Math.min(320, 7 * text.length + 16), h: 20 };
}

const boxAt = (p: Point, size: { w: number; h: number }): Rect => ({
  x: p.x - size.w / 2,
  y: p.y - size.h / 2,
  w: size.w,
  h: size.h,
});

/** Candidate label centres along a route: segment midpoints (longest first), then their quarter points. */
function candidates(points: readonly Point[]): Point[] {
  const segs: { a: Point; b: Point; len: number }[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    segs.push({ a, b, len: Math.abs(a.x - b.x) + Math.abs(a.y - b.y) });
  }
  segs.sort((s, t) => t.len - s.len);
  const at = (s: { a: Point; b: Point }, f: number) => ({
    x: s.a.x + (s.b.x - s.a.x) * f,
    y: s.a.y + (s.b.y - s.a.y) * f,
  });
  return [...segs.map((s) => at(s, 0.5)), ...segs.flatMap((s) => [at(s, 0.25), at(s, 0.75)])];
}

/**
 * Where a label of `size` sits on a route: the first candidate whose box covers no node (`nodesNear` gives the
 * nodes around an area), else the nearest free place around the route's middle, else that middle.
 */
export function labelSpot(
  points: readonly Point[],
  size: { w: number; h: number },
  nodesNear: (area: Rect) => readonly Rect[],
): Point {
  const all = candidates(points);
  const free = (c: Point) => {
    const box = boxAt(c, size);
    return !nodesNear(box).some((n) => overlaps(n, box));
  };
  const onRoute = all.find(free);
  if (onRoute !== undefined) return onRoute;
  // the route runs only between nodes (a short hop): the nearest free place around its middle
  const centre = all[0] ?? points[0] ?? { x: 0, y: 0 };
  for (let ring = 1; ring <= 10; ring++) {
    const dy = ring * 12;
    const dx = ring * 24;
    for (const [ox, oy] of [
      [0, -dy],
      [0, dy],
      [-dx, 0],
      [dx, 0],
      [-dx, -dy],
      [dx, -dy],
      [-dx, dy],
      [dx, dy],
    ] as const) {
      const c = { x: centre.x + ox, y: centre.y + oy };
      if (free(c)) return c;
    }
  }
  return centre;
}
