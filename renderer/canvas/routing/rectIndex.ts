import { overlaps, type Rect } from './types';

const CELL = 320;

/** A bucket grid of named rectangles: which nodes lie near a region, without scanning all of them. */
export class RectIndex {
  private cells = new Map<string, string[]>();

  constructor(readonly rects: ReadonlyMap<string, Rect>) {
    for (const [id, r] of rects) for (const key of cellsOf(r)) this.bucket(key).push(id);
  }

  private bucket(key: string): string[] {
    let b = this.cells.get(key);
    if (b === undefined) this.cells.set(key, (b = []));
    return b;
  }

  /** The rectangles that overlap `area`. */
  query(area: Rect): Rect[] {
    const ids = new Set<string>();
    for (const key of cellsOf(area)) for (const id of this.cells.get(key) ?? []) ids.add(id);
    const out: Rect[] = [];
    for (const id of ids) {
      const r = this.rects.get(id)!;
      if (overlaps(r, area)) out.push(r);
    }
    return out;
  }
}

function* cellsOf(r: Rect): Generator<string> {
  const x0 = Math.floor(r.x / CELL);
  const x1 = Math.floor((r.x + r.w) / CELL);
  const y0 = Math.floor(r.y / CELL);
  const y1 = Math.floor((r.y + r.h) / CELL);
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) yield `${x},${y}`;
}
