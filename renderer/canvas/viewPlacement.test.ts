import { describe, expect, it } from 'vitest';
import { READABLE_ZOOM, freeCorner, openingView } from './viewPlacement';

describe('openingView', () => {
  it('fits a small design, never zooming past 1', () => {
    const v = openingView({ x: 0, y: 0, w: 400, h: 200 }, 1000, 600);
    expect(v.zoom).toBe(1);
    expect(v.x).toBe(300);
  });

  it('opens a big design at the readable zoom at its top-left, not shrunk to fit', () => {
    const v = openingView({ x: 0, y: 0, w: 6000, h: 4000 }, 1000, 600);
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect([v.x, v.y]).toEqual([24, 24]);
  });
});

describe('freeCorner', () => {
  const view = { x: 0, y: 0, zoom: 1, width: 1000, height: 600 };
  const size = { w: 200, h: 150 };

  it('takes the bottom-right corner when nothing is there, the next free one when a node is', () => {
    expect(freeCorner(view, size, 10, () => [])).toBe('bottom-right');
    const node = { x: 850, y: 500, w: 180, h: 56 };
    expect(freeCorner(view, size, 10, () => [node])).toBe('top-right');
  });

  it('works in flow coordinates under zoom and pan', () => {
    const zoomed = { ...view, x: -500, zoom: 0.5 };
    // bottom-right screen box 790..990 x 440..590 -> flow x 2580..2980, y 880..1180
    const node = { x: 2600, y: 900, w: 180, h: 56 };
    expect(freeCorner(zoomed, size, 10, () => [node])).toBe('top-right');
  });

  it('gives up when every corner covers a node', () => {
    const all = [{ x: 0, y: 0, w: 1000, h: 600 }];
    expect(freeCorner(view, size, 10, () => all)).toBeNull();
  });
});
