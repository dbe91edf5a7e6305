import { describe, expect, it } from 'vitest';
import { twoLaneDesign } from '../../shared/design/ops/testFixtures';
import { designReferences } from '../../shared/design/refs';
import { referenceKey } from '../../shared/design/ops';
import { createApi, noTransport } from '../api/client';
import { testStore } from '../store/testEnv';
import { menuFor, selectForMenu, type MenuEntry } from './contextMenu';
import { runCommand } from './registry';
import type { CommandContext } from './types';

const labels = (items: MenuEntry[]) => items.map((e) => (e.kind === 'separator' ? '—' : e.label));
const find = (items: MenuEntry[], command: string, arg?: string) =>
  items.find(
    (e) => e.kind === 'command' && e.command === command && (arg === undefined || e.arg === arg),
  );
const enabled = (items: MenuEntry[], command: string, arg?: string) => {
  const e = find(items, command, arg);
  return e?.kind === 'command' && e.enabled;
};

function setup() {
  const store = testStore();
  store.getState().loadDocument({ design: twoLaneDesign() });
  const ctx: CommandContext = {
    store,
    api: createApi(noTransport('test')),
    canvas: { fitView: () => {}, overview: () => {}, viewCenter: () => ({ x: 0, y: 0 }) },
  };
  return { store, ctx };
}

describe('context menus', () => {
  it('a resource menu: rename, edit commands, its lane, the other lanes to move to; right-click selects it', async () => {
    const { store, ctx } = setup();
    const design = store.getState().design;
    const id = Object.keys(design.resources)[0]!;
    const lane = design.resources[id]!.region;
    selectForMenu({ kind: 'resource', id }, store.getState());
    expect(store.getState().selected).toEqual([id]);
    const items = menuFor({ kind: 'resource', id }, store.getState());
    expect(labels(items)).toEqual([
      'Rename…',
      'Connect to…',
      'Duplicate',
      'Copy',
      '—',
      'Auto-layout Lane',
      'Move to Lane',
      '—',
      'Delete',
    ]);
    expect(find(items, 'lane.autoLayout')).toMatchObject({ arg: lane, enabled: true });
    const sub = items.find((e) => e.kind === 'submenu');
    expect(sub?.kind === 'submenu' && sub.items.map((e) => e.kind === 'command' && e.arg)).toEqual(
      design.regions.filter((r) => r.id !== lane).map((r) => r.id),
    );
    expect(enabled(items, 'edit.delete')).toBe(true);
    expect(find(items, 'edit.duplicate')).toMatchObject({ shortcut: 'Mod+D' });

    // the entries run the real commands
    const other = design.regions.find((r) => r.id !== lane)!.id;
    expect(await runCommand(ctx, 'resource.moveToLane', other)).toBe(true);
    expect(store.getState().design.resources[id]!.region).toBe(other);
    expect(enabled(menuFor({ kind: 'resource', id }, store.getState()), 'edit.delete')).toBe(true);
    await runCommand(ctx, 'edit.delete');
    expect(store.getState().design.resources[id]).toBeUndefined();
  });

  it('right-clicking inside a multi-selection keeps it', () => {
    const { store } = setup();
    const ids = Object.keys(store.getState().design.resources).slice(0, 2);
    store.getState().select(ids);
    selectForMenu({ kind: 'resource', id: ids[1]! }, store.getState());
    expect(store.getState().selected).toEqual(ids);
  });

  it('a lane menu: up and down only where the lane can move', async () => {
    const { store, ctx } = setup();
    const [first, second] = store.getState().design.regions.map((r) => r.id);
    const top = menuFor({ kind: 'lane', id: first! }, store.getState());
    expect(labels(top)).toEqual([
      'Rename Lane…',
      'Move Lane Up',
      'Move Lane Down',
      'Auto-layout Lane',
      '—',
      'Remove Lane…',
    ]);
    expect(enabled(top, 'lane.moveUp')).toBe(false);
    expect(enabled(top, 'lane.moveDown')).toBe(true);
    expect(enabled(menuFor({ kind: 'lane', id: second! }, store.getState()), 'lane.moveDown')).toBe(
      false,
    );
    await runCommand(ctx, 'lane.moveDown', first);
    expect(store.getState().design.regions.map((r) => r.id)).toEqual([second, first]);
    await runCommand(ctx, 'lane.rename', first);
    expect(store.getState().dialog).toEqual({
      kind: 'rename',
      target: { kind: 'lane', id: first },
    });
  });

  it('an edge menu deletes that reference', async () => {
    const { store, ctx } = setup();
    const refs = designReferences(store.getState().design);
    expect(refs.length).toBeGreaterThan(0);
    const key = referenceKey(refs[0]!);
    const items = menuFor({ kind: 'edge', id: key }, store.getState());
    expect(labels(items)).toEqual(['Delete Reference']);
    expect(enabled(items, 'edge.delete', key)).toBe(true);
    await runCommand(ctx, 'edge.delete', key);
    expect(designReferences(store.getState().design).map(referenceKey)).not.toContain(key);
    expect(enabled(menuFor({ kind: 'edge', id: key }, store.getState()), 'edge.delete', key)).toBe(
      false,
    );
  });

  it('the canvas menu: paste only with a clipboard, select all, zoom to fit, arrange all, add lane', async () => {
    const { store, ctx } = setup();
    const items = menuFor({ kind: 'pane' }, store.getState());
    expect(labels(items)).toEqual([
      'Paste',
      'Select All',
      '—',
      'Zoom to Fit',
      'Arrange All',
      'Add Lane',
    ]);
    expect(enabled(items, 'edit.paste')).toBe(false);
    store.getState().select([Object.keys(store.getState().design.resources)[0]!]);
    await runCommand(ctx, 'edit.copy');
    expect(enabled(menuFor({ kind: 'pane' }, store.getState()), 'edit.paste')).toBe(true);
    await runCommand(ctx, 'design.addLane');
    expect(store.getState().dialog).toEqual({ kind: 'addLane' });
  });
});
