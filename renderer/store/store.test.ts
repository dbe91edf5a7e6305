import { describe, expect, it } from 'vitest';
import { addLane, addResource, moveResource, setProperty } from '../../shared/design/ops';
import { twoLaneDesign } from '../../test/support/testFixtures';
import { isDirty } from './createAppStore';
import { jsonCodec, testStore } from '../../test/support/testEnv';

describe('app store', () => {
  it('starts with an empty, clean design and a deterministic document key', () => {
    const s = testStore().getState();
    expect(s.design.regions).toEqual([]);
    expect(isDirty(s)).toBe(false);
    expect(s.docKey).toBe('doc1');
  });

  it('applies operations as undoable steps, and dirty follows the saved revision through undo', () => {
    const store = testStore();
    store.getState().loadDocument({ design: twoLaneDesign(), filePath: '/x/shop.isotherm.yaml' });
    expect(isDirty(store.getState())).toBe(false);
    store.getState().apply('Add lane', (d) => addLane(d, { id: 'north', region_name: 'R3' }));
    store.getState().apply('Set', (d) => setProperty(d, 'port', ['name'], 'p'));
    expect(isDirty(store.getState())).toBe(true);
    expect(store.getState().past.map((e) => e.label)).toEqual(['Add lane', 'Set']);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().design).toEqual(twoLaneDesign());
    expect(isDirty(store.getState())).toBe(false);
    store.getState().redo();
    expect(store.getState().design.regions.map((r) => r.id)).toEqual(['east', 'west', 'north']);
    expect(store.getState().future.map((e) => e.label)).toEqual(['Set']);
    store.getState().apply('Other', (d) => moveResource(d, 'net', { position: { x: 1, y: 1 } }));
    expect(store.getState().future).toEqual([]);
  });

  it('ignores operations that change nothing', () => {
    const store = testStore();
    store.getState().apply('noop', (d) => d);
    expect(store.getState().past).toEqual([]);
    expect(isDirty(store.getState())).toBe(false);
  });

  it('a drag is one entry: positions stay in the overlay until the drop', () => {
    const store = testStore();
    store.getState().loadDocument({ design: twoLaneDesign() });
    const before = store.getState().design;
    for (let i = 0; i < 20; i++) store.getState().setDragging({ net: { x: 10 + i, y: 20 } });
    expect(store.getState().design).toBe(before);
    store.getState().setDragging(null);
    store.getState().apply('Move', (d) => moveResource(d, 'net', { position: { x: 29, y: 20 } }));
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().design.layout.net).toEqual({ x: 10, y: 20 });
  });

  it('YAML text and canvas edits share one history; invalid text keeps the last good design', () => {
    const store = testStore();
    store.getState().loadDocument({ design: twoLaneDesign() });
    const edited = { ...twoLaneDesign(), name: 'renamed' };
    store.getState().applyText(JSON.stringify(edited));
    expect(store.getState().design.name).toBe('renamed');
    store.getState().applyText('{ not json');
    expect(store.getState().design.name).toBe('renamed');
    expect(store.getState().yamlDraft).toBe('{ not json');
    expect(store.getState().yamlDiagnostics[0]?.code).toBe('E_TEST_SYNTAX');
    store
      .getState()
      .apply('Add', (d) => addResource(d, { type: 'OS::Heat::Value', lane: 'east' }).design);
    expect(store.getState().yamlDraft).toBeNull();
    expect(
      jsonCodec.parse(jsonCodec.serialize(store.getState().design, null)).design?.resources.value,
    ).toBeDefined();
    store.getState().undo();
    expect(store.getState().design.resources.value).toBeUndefined();
    // the invalid text was a step of its own: it comes back with its problems, then goes
    expect(store.getState().yamlDraft).toBe('{ not json');
    expect(store.getState().yamlDiagnostics[0]?.code).toBe('E_TEST_SYNTAX');
    store.getState().undo();
    expect(store.getState().design.name).toBe('renamed');
    expect(store.getState().yamlDiagnostics).toEqual([]);
    store.getState().undo();
    expect(store.getState().design.name).toBe('shop');
    expect(store.getState().past).toEqual([]);
  });

  it('one undo after an inspector edit and invalid text takes back the text only; redo shows it not applied', () => {
    const store = testStore();
    store.getState().loadDocument({ design: twoLaneDesign() });
    store.getState().apply('Set', (d) => setProperty(d, 'port', ['name'], 'p'));
    store.getState().applyText('{ broken');
    store.getState().undo();
    expect(store.getState().design.resources.port?.properties?.name).toBe('p');
    expect([store.getState().yamlDraft, store.getState().yamlDiagnostics]).toEqual([null, []]);
    store.getState().redo();
    expect(store.getState().yamlDraft).toBe('{ broken');
    expect(store.getState().yamlDiagnostics.map((d) => d.severity)).toEqual(['error']);
  });

  it('undo keeps only selected resources that still exist', () => {
    const store = testStore();
    store.getState().loadDocument({ design: twoLaneDesign() });
    store
      .getState()
      .apply('Add', (d) => addResource(d, { type: 'OS::Heat::Value', lane: 'east' }).design);
    store.getState().select(['value', 'net']);
    store.getState().undo();
    expect(store.getState().selected).toEqual(['net']);
  });

  it('loading a document resets history, selection and bumps the document id', () => {
    const store = testStore();
    store.getState().apply('Add lane', (d) => addLane(d, { id: 'a', region_name: 'A' }));
    store.getState().select(['x']);
    store.getState().loadDocument({ design: twoLaneDesign(), dirty: true });
    const s = store.getState();
    expect([
      s.past.length,
      s.selected.length,
      s.documentId,
      s.welcome,
      isDirty(s),
      s.docKey,
    ]).toEqual([0, 0, 1, false, true, 'doc2']);
  });
});

describe('pending text edits', () => {
  it('are applied before any other change, so a stale text never overwrites it', async () => {
    const { registerPendingEdit } = await import('./pendingEdits');
    const store = testStore();
    store.getState().loadDocument({ design: twoLaneDesign() });
    let pendingText: string | null = JSON.stringify({ ...twoLaneDesign(), name: 'typed' });
    const off = registerPendingEdit(() => {
      if (pendingText === null) return;
      const t = pendingText;
      pendingText = null;
      store.getState().applyText(t);
    });
    store
      .getState()
      .apply('Add', (d) => addResource(d, { type: 'OS::Heat::Value', lane: 'east' }).design);
    off();
    expect(store.getState().design.name).toBe('typed');
    expect(store.getState().design.resources.value).toBeDefined();
    expect(store.getState().past.map((e) => e.label)).toEqual(['Edit YAML', 'Add']);
  });
});

describe('merged steps', () => {
  it('a burst of moves with one merge key is one undo step; anything in between starts a new one', () => {
    const store = testStore();
    store.getState().loadDocument({ design: twoLaneDesign() });
    const nudge = (x: number) =>
      store
        .getState()
        .apply('Move net', (d) => moveResource(d, 'net', { position: { x, y: 20 } }), {
          merge: 'nudge:net',
        });
    nudge(18);
    nudge(26);
    nudge(34);
    expect(store.getState().past).toHaveLength(1);
    store.getState().applyText('{ broken');
    nudge(42);
    expect(store.getState().past.map((e) => e.label)).toEqual([
      'Move net',
      'Edit YAML (not applied)',
      'Move net',
    ]);
    store.getState().undo();
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().design.layout.net).toEqual({ x: 10, y: 20 });
  });
});
