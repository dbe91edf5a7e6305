import { describe, expect, it } from 'vitest';
import { miniCatalog, twoLaneDesign } from '../../test/support/testFixtures';
import { testStore } from '../../test/support/testEnv';
import { NodeCache, deriveCanvas, type CanvasInput } from './adapter';
import { dropType, finishDrag, handleConnect, handleNodeChanges } from './canvasEvents';
import { LANE_GAP, LANE_MIN_H, laneAt } from './geometry';

const input = (over: Partial<CanvasInput> = {}): CanvasInput => ({
  design: twoLaneDesign(),
  selected: new Set(),
  selectedEdge: null,
  dragging: null,
  problems: new Map(),
  ...over,
});

describe('canvas adapter', () => {
  it('derives lanes in the design order, then resources inside their lane', () => {
    const m = deriveCanvas(input(), new NodeCache());
    expect(m.nodes.map((n) => n.id)).toEqual(['lane:east', 'lane:west', 'net', 'port', 'val']);
    expect(m.lanes.map((l) => [l.id, l.y])).toEqual([
      ['east', 0],
      ['west', LANE_MIN_H + LANE_GAP],
    ]);
    expect(m.nodes.find((n) => n.id === 'val')!.parentId).toBe('lane:west');
  });

  it('derives one edge per resource reference; cross-lane edges are marked', () => {
    const m = deriveCanvas(input(), new NodeCache());
    const summary = m.edges.map((e) => [e.source, e.target, e.data!.cross]);
    expect(summary).toEqual([
      ['port', 'net', false],
      ['val', 'port', true],
      ['val', 'net', true],
    ]);
    expect(m.edges[1]!.data!.label).toBe('output → parameter port_mac_address');
  });

  it('reuses node objects whose inputs did not change', () => {
    const cache = new NodeCache();
    const a = deriveCanvas(input(), cache);
    const b = deriveCanvas(
      input({ selected: new Set(['net']), problems: new Map([['port', 'error' as const]]) }),
      cache,
    );
    const byId = (m: typeof a, id: string) => m.nodes.find((n) => n.id === id);
    expect(byId(b, 'val')).toBe(byId(a, 'val'));
    expect(byId(b, 'net')).not.toBe(byId(a, 'net'));
    expect(byId(b, 'net')!.selected).toBe(true);
    expect(byId(b, 'port')!.data).toMatchObject({ problem: 'error' });
  });

  it('finds the lane under a point, the nearest one between lanes', () => {
    const { lanes } = deriveCanvas(input(), new NodeCache());
    expect(laneAt(lanes, 10)!.id).toBe('east');
    expect(laneAt(lanes, LANE_MIN_H + LANE_GAP + 5)!.id).toBe('west');
    expect(laneAt(lanes, 99999)!.id).toBe('west');
  });
});

describe('canvas events become domain actions', () => {
  it('a drag shows in the overlay and the drop is one step, into the lane under it', () => {
    const store = testStore();
    store.getState().loadDocument({ design: twoLaneDesign() });
    const { lanes } = deriveCanvas(input(), new NodeCache());
    handleNodeChanges(store, [
      { type: 'position', id: 'net', position: { x: 50, y: 300 }, dragging: true },
    ]);
    expect(store.getState().dragging).toEqual({ net: { x: 50, y: 300 } });
    finishDrag(store, lanes, [{ id: 'net', position: { x: 50, y: 300 } }]);
    const s = store.getState();
    expect(s.dragging).toBeNull();
    expect(s.design.resources.net!.region).toBe('west');
    expect(s.design.layout.net).toEqual({ x: 50, y: 300 - (LANE_MIN_H + LANE_GAP) });
    expect(s.past).toHaveLength(1);
  });

  it('selection changes of lanes are ignored, of resources kept', () => {
    const store = testStore();
    handleNodeChanges(store, [
      { type: 'select', id: 'lane:east', selected: true },
      { type: 'select', id: 'net', selected: true },
    ]);
    expect(store.getState().selected).toEqual(['net']);
  });

  it('a palette drop adds a resource in the lane under the pointer and selects it', () => {
    const store = testStore();
    store.getState().loadDocument({ design: twoLaneDesign() });
    const { lanes } = deriveCanvas(input(), new NodeCache());
    const id = dropType(store, lanes, 'OS::Heat::RandomString', {
      x: 300,
      y: LANE_MIN_H + LANE_GAP + 100,
    });
    expect(id).toBe('random_string');
    expect(store.getState().design.resources.random_string!.region).toBe('west');
    expect(store.getState().selected).toEqual(['random_string']);
  });

  it('a connection binds the one fitting property, or opens the chooser', () => {
    const store = testStore();
    const design = twoLaneDesign();
    store.getState().loadDocument({
      design: {
        ...design,
        resources: { ...design.resources, port: { type: 'OS::Neutron::Port', region: 'east' } },
      },
    });
    handleConnect(store, miniCatalog(), 'port', 'net', { x: 0, y: 0 });
    expect(store.getState().design.resources.port!.properties).toEqual({
      network: { get_resource: 'net' },
    });
    handleConnect(store, miniCatalog(), 'val', 'net', { x: 5, y: 6 });
    expect(store.getState().dialog).toEqual({
      kind: 'connect',
      from: 'val',
      to: 'net',
      at: { x: 5, y: 6 },
    });
  });
});
