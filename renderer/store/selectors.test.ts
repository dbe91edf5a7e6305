import { describe, expect, it } from 'vitest';
import { compile } from '../../shared/compile/compile';
import type { Catalog } from '../../shared/catalog/types';
import type { Design } from '../../shared/design/model';
import { moveResource, setProperty } from '../../shared/design/ops';
import { miniCatalog, twoLaneDesign } from '../../test/support/testFixtures';
import { createCompiledSelector, semanticPart } from './selectors';
import { testStore } from '../../test/support/testEnv';

/** The real compiler, counted. */
function countedCompile() {
  const calls: Design[] = [];
  const run = (design: Design, catalog: Catalog) => {
    calls.push(design);
    return compile(design, catalog);
  };
  return { calls, select: createCompiledSelector(run) };
}

describe('compile selector', () => {
  it('does not recompile when only the layout changes (a drag), and does when the semantics change', () => {
    const store = testStore();
    store.getState().setCatalog(miniCatalog());
    store.getState().loadDocument({ design: twoLaneDesign() });
    const { calls, select } = countedCompile();
    const first = select(store.getState());
    expect(calls).toHaveLength(1);
    expect(select(store.getState())).toBe(first);

    const id = Object.keys(store.getState().design.resources)[0]!;
    for (let i = 1; i <= 5; i++)
      store
        .getState()
        .apply(`Move ${id}`, (d) => moveResource(d, id, { position: { x: 40 * i, y: 20 } }));
    expect(store.getState().design.layout[id]).toEqual({ x: 200, y: 20 });
    expect(select(store.getState())).toBe(first);
    expect(calls).toHaveLength(1);

    store.getState().undo();
    expect(select(store.getState())).toBe(first);
    expect(calls).toHaveLength(1);

    store.getState().apply('Describe', (d) => ({ ...d, description: 'changed' }));
    const second = select(store.getState());
    expect(calls).toHaveLength(2);
    expect(second).not.toBe(first);
    expect(second).toEqual(compile(store.getState().design, miniCatalog()));

    store.getState().apply('Set', (d) => setProperty(d, id, ['name'], 'renamed'));
    select(store.getState());
    expect(calls).toHaveLength(3);
    expect(calls[2]!.resources[id]).toBe(store.getState().design.resources[id]);
  });

  it('recompiles when a drag moves a resource to another lane (its region changes)', () => {
    const store = testStore();
    store.getState().setCatalog(miniCatalog());
    store.getState().loadDocument({ design: twoLaneDesign() });
    const { calls, select } = countedCompile();
    select(store.getState());
    const [id, r] = Object.entries(store.getState().design.resources)[0]!;
    const other = store.getState().design.regions.find((l) => l.id !== r.region)!.id;
    store
      .getState()
      .apply('Move', (d) => moveResource(d, id, { lane: other, position: { x: 10, y: 10 } }));
    expect(select(store.getState()).plan.stacks.length).toBeGreaterThan(0);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.resources[id]!.region).toBe(other);
  });
});

describe('semanticPart', () => {
  it('keeps its identity across layout-only changes and equals the design without layout', () => {
    const semantic = semanticPart();
    const d = twoLaneDesign();
    const a = semantic(d);
    expect(a).toEqual({ ...d, layout: {} });
    const moved = { ...d, layout: { ...d.layout, x: { x: 1, y: 2 } } };
    expect(semantic(moved)).toBe(a);
    expect(semantic({ ...moved, name: 'other' })).not.toBe(a);
    const { description: _drop, ...without } = { ...d, description: 'x' };
    expect(semantic(without)).toEqual({ ...without, layout: {} });
  });
});
