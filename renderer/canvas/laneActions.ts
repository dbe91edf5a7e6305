import type { Design, Position } from '../../shared/design/model';
import { layoutDesign, layoutEngine, layoutLane } from '../../shared/import/layout';
import {
  moveLane,
  removeLane,
  resourcesInLane,
  type RemoveLanePolicy,
} from '../../shared/design/ops';
import type { AppStore } from '../store/createAppStore';
import { whenIdle } from '../app/whenIdle';
import { LANE_HEADER, LANE_PAD } from './geometry';

/** What the lane header's buttons do. */

export function requestRemoveLane(store: AppStore, laneId: string): void {
  const s = store.getState();
  const count = resourcesInLane(s.design, laneId).length;
  if (count === 0)
    s.apply(`Remove lane ${laneId}`, (d) => removeLane(d, laneId, { kind: 'delete' }));
  else s.openDialog({ kind: 'removeLane', lane: laneId, count });
}

export function confirmRemoveLane(store: AppStore, laneId: string, policy: RemoveLanePolicy): void {
  const s = store.getState();
  s.apply(`Remove lane ${laneId}`, (d) => removeLane(d, laneId, policy));
  s.openDialog(null);
}

export function shiftLane(store: AppStore, laneId: string, by: -1 | 1): void {
  const s = store.getState();
  const index = s.design.regions.findIndex((r) => r.id === laneId);
  s.apply(`Move lane ${laneId}`, (d) => moveLane(d, laneId, index + by));
}

/** Layout positions (relative to a lane's first node) placed below the lane header. */
function placeLayout(d: Design, positions: Readonly<Record<string, Position>>): Design {
  const layout = { ...d.layout };
  for (const [id, p] of Object.entries(positions))
    layout[id] = { x: p.x + LANE_PAD, y: p.y + LANE_HEADER + 20 };
  return { ...d, layout };
}

/** Auto-layout of one lane (elkjs): one undoable step. */
export async function autoLayoutLane(store: AppStore, laneId: string): Promise<void> {
  const design = store.getState().design;
  const positions = await layoutLane(design, laneId);
  if (store.getState().design !== design) return;
  store.getState().apply(`Auto-layout ${laneId}`, (d) => placeLayout(d, positions));
}

/** Lanes are wide bands: their unconnected groups are packed in rows rather than one tall column. */
const ARRANGE_ASPECT = 5;

/** Arrange every lane at once (elkjs): one undoable step; nothing happens if the design changed meanwhile. */
export async function arrangeAll(store: AppStore): Promise<void> {
  const design = store.getState().design;
  const positions = await layoutDesign(design, { aspectRatio: ARRANGE_ASPECT });
  if (store.getState().design !== design) return;
  store.getState().apply('Arrange all', (d) => placeLayout(d, positions));
}

/** Loads the layout engine once the page is idle, so a first Arrange does not wait for it; returns the cancel. */
export function preloadLayoutWhenIdle(): () => void {
  return whenIdle(() => void layoutEngine());
}
