import { describe, expect, it } from 'vitest';
import { RectIndex } from './rectIndex';
import { overlaps, type Rect } from './types';

/** A small deterministic generator (tests stay reproducible). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('RectIndex', () => {
  it('finds exactly the rectangles overlapping an area, each once (against a full scan)', () => {
    const rnd = lcg(7);
    const rect = (size: number): Rect => ({
      x: Math.round(rnd() * 4000 - 1000),
      y: Math.round(rnd() * 3000 - 1000),
      w: Math.round(rnd() * size) + 1,
      h: Math.round(rnd() * size) + 1,
    });
    const rects = new Map(Array.from({ length: 400 }, (_, i) => [`r${i}`, rect(700)] as const));
    const index = new RectIndex(rects);
    for (let q = 0; q < 200; q++) {
      const area = rect(1500);
      const expected = [...rects.values()].filter((r) => overlaps(r, area));
      const found = index.query(area);
      expect(found.length).toBe(expected.length);
      expect(new Set(found)).toEqual(new Set(expected));
    }
  });
});
