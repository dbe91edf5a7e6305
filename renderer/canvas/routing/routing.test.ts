import { describe, expect, it } from 'vitest';
import { EdgeRouter, anchorsFor, routeEdge } from './edgeRouter';
import { labelSpot } from './labelSpot';
import { routeOrthogonal, simplify } from './orthogonal';
import { RectIndex } from './rectIndex';
import { roundedPath } from './svgPath';
import { overlaps, type Point, type Rect } from './types';

const box = (x: number, y: number): Rect => ({ x, y, w: 180, h: 56 });

/** True when a segment of the route passes through the inside of `r`. */
function crosses(points: readonly Point[], r: Rect): boolean {
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    for (let f = 0; f <= 1; f += 0.02) {
      const x = a.x + (b.x - a.x) * f;
      const y = a.y + (b.y - a.y) * f;
      if (x > r.x && x < r.x + r.w && y > r.y && y < r.y + r.h) return true;
    }
  }
  return false;
}

const orthogonal = (points: readonly Point[]) =>
  points.every((p, i) => i === 0 || p.x === points[i - 1]!.x || p.y === points[i - 1]!.y);

describe('orthogonal routing', () => {
  it('goes around a node that sits between the ends, with right angles only', () => {
    const src = box(600, 100);
    const dst = box(0, 100);
    const between = box(300, 90);
    const [a, b] = anchorsFor(src, dst, false);
    expect([a.side, b.side]).toEqual(['left', 'right']);
    const straight = [a.point, b.point];
    expect(crosses(straight, between)).toBe(true);
    const route = routeOrthogonal(a, b, [src, dst, between]);
    expect(route[0]).toEqual(a.point);
    expect(route[route.length - 1]).toEqual(b.point);
    expect(orthogonal(route)).toBe(true);
    expect(crosses(route, between)).toBe(false);
    expect(crosses(route, src)).toBe(false);
    expect(crosses(route, dst)).toBe(false);
  });

  it('stays straight when nothing is in the way', () => {
    const route = routeOrthogonal(
      { point: { x: 400, y: 50 }, side: 'left' },
      { point: { x: 100, y: 50 }, side: 'right' },
      [],
    );
    expect(route).toEqual([
      { x: 400, y: 50 },
      { x: 100, y: 50 },
    ]);
  });

  it('gives cross-lane edges top/bottom anchors toward the other lane', () => {
    expect(anchorsFor(box(0, 400), box(300, 0), true).map((a) => a.side)).toEqual([
      'top',
      'bottom',
    ]);
    expect(anchorsFor(box(0, 0), box(300, 400), true).map((a) => a.side)).toEqual([
      'bottom',
      'top',
    ]);
    expect(anchorsFor(box(0, 0), box(400, 0), false).map((a) => a.side)).toEqual(['right', 'left']);
  });

  it('routes a cross-lane edge around a node of its own lane', () => {
    const src = box(0, 400);
    const blocker = box(0, 300);
    const dst = box(40, 0);
    const index = new RectIndex(
      new Map([
        ['s', src],
        ['b', blocker],
        ['t', dst],
      ]),
    );
    const route = routeEdge({ id: 'e', source: 's', target: 't', cross: true, label: 'x' }, index)!;
    expect(orthogonal(route.points)).toBe(true);
    expect(crosses(route.points, blocker)).toBe(false);
  });

  it('drops collinear points', () => {
    expect(
      simplify([
        { x: 0, y: 0 },
        { x: 5, y: 0 },
        { x: 9, y: 0 },
        { x: 9, y: 4 },
      ]),
    ).toEqual([
      { x: 0, y: 0 },
      { x: 9, y: 0 },
      { x: 9, y: 4 },
    ]);
  });

  it('draws rounded corners that end on the last point', () => {
    const d = roundedPath([
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 100, y: 50 },
    ]);
    expect(d).toBe('M 0 0 L 92 0 Q 100 0 100 8 L 100 50');
  });
});

describe('edge labels', () => {
  it('leave a short hop between two nodes for the nearest free place', () => {
    const left = box(0, 0);
    const right = box(220, 0);
    const route = [
      { x: 180, y: 28 },
      { x: 220, y: 28 },
    ];
    const size = { w: 120, h: 20 };
    const spot = labelSpot(route, size, () => [left, right]);
    const label = { x: spot.x - 60, y: spot.y - 10, w: 120, h: 20 };
    expect([left, right].some((n) => overlaps(n, label))).toBe(false);
    expect(Math.abs(spot.x - 200) + Math.abs(spot.y - 28)).toBeLessThan(80);
  });

  it('sit on the route but off every node', () => {
    const route = [
      { x: 0, y: 50 },
      { x: 400, y: 50 },
    ];
    const node = box(150, 30); // covers the middle of the route
    const spot = labelSpot(route, { w: 100, h: 20 }, () => [node]);
    expect(spot.y).toBe(50);
    const label = { x: spot.x - 50, y: 40, w: 100, h: 20 };
    expect(label.x + label.w <= node.x || label.x >= node.x + node.w).toBe(true);
  });
});

describe('EdgeRouter', () => {
  const reqs = [
    { id: 'a', source: 's1', target: 't1', cross: false, label: 'a' },
    { id: 'b', source: 's2', target: 't2', cross: false, label: 'b' },
  ];
  const rects = () =>
    new Map([
      ['s1', box(400, 0)],
      ['t1', box(0, 0)],
      ['s2', box(400, 1000)],
      ['t2', box(0, 1000)],
    ]);

  it('routes again only the edges near a moved node', () => {
    const router = new EdgeRouter();
    const first = router.update(rects(), reqs);
    const moved = rects();
    moved.set('x', box(200, 0)); // a new node right on edge a
    const second = router.update(moved, reqs);
    expect(second.get('b')).toBe(first.get('b'));
    expect(second.get('a')).not.toBe(first.get('a'));
    expect(crosses(second.get('a')!.points, box(200, 0))).toBe(false);
  });

  it('keeps every route when nothing moved', () => {
    const router = new EdgeRouter();
    const first = router.update(rects(), reqs);
    const second = router.update(rects(), reqs);
    expect(second.get('a')).toBe(first.get('a'));
    expect(second.get('b')).toBe(first.get('b'));
  });
});
