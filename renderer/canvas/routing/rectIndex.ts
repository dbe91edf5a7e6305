import { overlaps, type Rect } from './types';

const CELL = 320;
/** Cell coordinates packed into one number (no string keys: an index is rebuilt on every drop). */
const SPAN = 1 << 20;
const cellKey = (x: number, y: number) => (x + SPAN / 2) * SPAN + (y + SPAN / 2);
const cellOf = (v: number) => Math.floor(v / CELL);

/** A bucket grid of rectangles: which nodes lie near a region, without scanning all of them. */
export class RectIndex {
  private cells = new Map<number, Rect[]>();

  constructor(readonly rects: ReadonlyMap<string, Rect>) {
    for (const r of rects.values()) {
      for (let x = cellOf(r.x); x <= cellOf(r.x + r.w); x++)
        for (let y = cellOf(r.y); y <= cellOf(r.y + r.h); y++) {
          const key = cellKey(x, y);
          const bucket = this.cells.get(key);
          if (bucket === undefined) this.cells.set(key, [r]);
          else bucket.push(r);
        }
    }
  }

  /** The rectangles that overlap `area` (each once). */
  query(area: Rect): Rect[] {
    const out: Rect[] = [];
    const x0 = cellOf(area.x);
    const y0 = cellOf(area.y);
    for (let x = x0; x <= cellOf(area.x + area.w); x++)
      for (let y = y0; y <= cellOf(area.y + area.h); y++)
        for (const r of this.cells.get(cellKey(x, y)) ?? []) {
          // a rectangle spanning several cells is reported from the first of them that the area covers
          if (!overlaps(r, area)) continue;
          if (Math.max(cellOf(r.x), x0) !== x || Math.max(cellOf(r.y), y0) !== y) continue;
          out.push(r);
        }
    return out;
  }
}
