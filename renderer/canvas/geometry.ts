import type { Design, Position } from '../../shared/design/model';

/** Canvas geometry: lanes are horizontal bands stacked in the design's order; resource positions are lane-relative. */
export const NODE_W = 180;
export const NODE_H = 56;
export const LANE_HEADER = 40;
export const LANE_PAD = 28;
export const LANE_MIN_H = 180;
export const LANE_MIN_W = 1000;
export const LANE_GAP = 20;
export const SNAP: [number, number] = [8, 8];

export interface LaneGeom {
  id: string;
  index: number;
  /** Top of the band in flow coordinates. */
  y: number;
  width: number;
  height: number;
}

/** Where a resource without a saved position goes: a grid in the order of the lane's resources. */
export function autoPosition(indexInLane: number): Position {
  const col = indexInLane % 4;
  const row = Math.floor(indexInLane / 4);
  return { x: LANE_PAD + col * (NODE_W + 48), y: LANE_HEADER + 20 + row * (NODE_H + 40) };
}

const collides = (taken: readonly Position[], p: Position, gap = 16) =>
  taken.some((t) => Math.abs(t.x - p.x) < NODE_W + gap && Math.abs(t.y - p.y) < NODE_H + gap);

/**
 * Lane-relative position of every resource: its saved layout, else the first grid slot of its lane that no
 * other resource covers (a resource added in the YAML pane does not land on another one).
 */
export function resourcePositions(design: Design): Map<string, Position> {
  const taken = new Map<string, Position[]>();
  const out = new Map<string, Position>();
  const unplaced: [string, string][] = [];
  for (const [id, r] of Object.entries(design.resources)) {
    const saved = design.layout[id];
    if (saved === undefined) {
      unplaced.push([id, r.region]);
      continue;
    }
    out.set(id, saved);
    const list = taken.get(r.region) ?? [];
    list.push(saved);
    taken.set(r.region, list);
  }
  const nextSlot = new Map<string, number>();
  for (const [id, lane] of unplaced) {
    const list = taken.get(lane) ?? [];
    let i = nextSlot.get(lane) ?? 0;
    while (collides(list, autoPosition(i))) i++;
    const p = autoPosition(i);
    nextSlot.set(lane, i + 1);
    list.push(p);
    taken.set(lane, list);
    out.set(id, p);
  }
  // keep the design's resource order (nodes are listed in it)
  return new Map(Object.keys(design.resources).map((id) => [id, out.get(id)!]));
}

/** Bands sized to hold their resources (all lanes share the widest width). */
export function laneGeometry(design: Design, positions: Map<string, Position>): LaneGeom[] {
  const extent = new Map<string, { w: number; h: number }>();
  for (const [id, r] of Object.entries(design.resources)) {
    const p = positions.get(id);
    if (p === undefined) continue;
    const e = extent.get(r.region) ?? { w: 0, h: 0 };
    extent.set(r.region, {
      w: Math.max(e.w, p.x + NODE_W + LANE_PAD),
      h: Math.max(e.h, p.y + NODE_H + LANE_PAD),
    });
  }
  const width = Math.max(LANE_MIN_W, ...[...extent.values()].map((e) => e.w));
  let y = 0;
  return design.regions.map((lane, index) => {
    const height = Math.max(LANE_MIN_H, extent.get(lane.id)?.h ?? 0);
    const g = { id: lane.id, index, y, width, height };
    y += height + LANE_GAP;
    return g;
  });
}

/** The lane whose band contains flow y (the nearest band when between or outside them). */
export function laneAt(lanes: readonly LaneGeom[], y: number): LaneGeom | undefined {
  let best: LaneGeom | undefined;
  let bestDist = Infinity;
  for (const l of lanes) {
    const d = y < l.y ? l.y - y : y > l.y + l.height ? y - (l.y + l.height) : 0;
    if (d < bestDist) {
      best = l;
      bestDist = d;
    }
  }
  return best;
}

/** A lane-relative position kept below the header and right of the lane's left edge. */
export function clampInLane(p: Position): Position {
  return { x: Math.max(8, Math.round(p.x)), y: Math.max(LANE_HEADER + 4, Math.round(p.y)) };
}

/** `wanted` if no resource of the lane overlaps it, else the nearest free spot to its right (then below). */
export function freeSpot(design: Design, laneId: string, wanted: Position): Position {
  const taken = [...resourcePositions(design).entries()]
    .filter(([id]) => design.resources[id]?.region === laneId)
    .map(([, p]) => p);
  const overlaps = (p: Position) => collides(taken, p);
  for (let row = 0; row < 50; row++) {
    for (let col = 0; col < 20; col++) {
      const p = { x: wanted.x + col * (NODE_W + 24), y: wanted.y + row * (NODE_H + 24) };
      if (!overlaps(p)) return p;
    }
  }
  return wanted;
}
