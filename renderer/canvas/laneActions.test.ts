import { describe, expect, it } from 'vitest';
import { twoLaneDesign } from '../../shared/design/ops/testFixtures';
import { testStore } from '../store/testEnv';
import { NODE_H, NODE_W, resourcePositions } from './geometry';
import { arrangeAll } from './laneActions';

describe('arrangeAll', () => {
  it('lays out every lane in one undoable step, no two resources of a lane overlapping', async () => {
    const store = testStore();
    const design = twoLaneDesign();
    // everything piled on one spot
    for (const id of Object.keys(design.resources)) design.layout[id] = { x: 40, y: 60 };
    store.getState().loadDocument({ design });
    const before = store.getState().past.length;
    await arrangeAll(store);
    const after = store.getState().design;
    expect(store.getState().past.length).toBe(before + 1);
    expect(Object.keys(after.layout).sort()).toEqual(Object.keys(after.resources).sort());
    const pos = resourcePositions(after);
    const ids = Object.keys(after.resources);
    for (const a of ids)
      for (const b of ids) {
        if (a >= b || after.resources[a]!.region !== after.resources[b]!.region) continue;
        const p = pos.get(a)!;
        const q = pos.get(b)!;
        expect(Math.abs(p.x - q.x) >= NODE_W || Math.abs(p.y - q.y) >= NODE_H).toBe(true);
      }
    store.getState().undo();
    expect(store.getState().design.layout).toEqual(design.layout);
  });
});
