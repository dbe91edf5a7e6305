import type { Point } from './types';

/** An SVG path through orthogonal points, corners rounded by up to `radius`. */
export function roundedPath(points: readonly Point[], radius = 8): string {
  if (points.length === 0) return '';
  const first = points[0]!;
  let d = `M ${first.x} ${first.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const p = points[i - 1]!;
    const c = points[i]!;
    const n = points[i + 1]!;
    const r = Math.min(
      radius,
      (Math.abs(c.x - p.x) + Math.abs(c.y - p.y)) / 2,
      (Math.abs(n.x - c.x) + Math.abs(n.y - c.y)) / 2,
    );
    const inX = c.x - Math.sign(c.x - p.x) * r;
    const inY = c.y - Math.sign(c.y - p.y) * r;
    const outX = c.x + Math.sign(n.x - c.x) * r;
    const outY = c.y + Math.sign(n.y - c.y) * r;
    d += ` L ${inX} ${inY} Q ${c.x} ${c.y} ${outX} ${outY}`;
  }
  const last = points[points.length - 1]!;
  return points.length > 1 ? `${d} L ${last.x} ${last.y}` : d;
}
