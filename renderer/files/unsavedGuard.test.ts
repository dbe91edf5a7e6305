import { describe, expect, it } from 'vitest';
import { addLane } from '../../shared/design/ops';
import { serializeDesign } from '../../shared/design/serialize';
import { twoLaneDesign } from '../../shared/design/ops/testFixtures';
import { createApi } from '../api/client';
import { designCodec } from '../store/codec';
import { isDirty } from '../store/createAppStore';
import { testStore } from '../store/testEnv';
import type { AppStore } from '../store/createAppStore';
import { currentText, loadText } from './fileActions';
import type { Replacement } from '../store/types';
import { replaceDocument, resolveUnsaved } from './unsavedGuard';

/** A Node side in memory: files in a map, every request recorded (the real handlers are tested in electron/ and e2e). */
function memoryApi(files: Map<string, string>, nativeDialogs = false) {
  const calls: string[] = [];
  const api = createApi({
    mode: 'browser',
    listen: () => () => {},
    pathForFile: () => null,
    invoke: async (channel, request) => {
      calls.push(channel);
      const q = request as { path?: string; text?: string };
      switch (channel) {
        case 'app.info':
          return {
            ok: true,
            value: {
              name: 'Isotherm',
              version: '0',
              mode: 'browser',
              platform: 'linux',
              nativeDialogs,
              home: '/home',
            },
          };
        case 'file.open':
          return q.path !== undefined && files.has(q.path)
            ? { ok: true, value: { path: q.path, text: files.get(q.path)! } }
            : { ok: false, error: { code: 'E_NOT_FOUND', message: 'no such file' } };
        case 'file.save':
          files.set(q.path!, q.text!);
          return { ok: true, value: { path: q.path! } };
        case 'examples.read':
          return {
            ok: true,
            value: {
              id: 'ex',
              text: serializeDesign(addLane(twoLaneDesign(), { id: 'north', region_name: 'R3' })),
            },
          };
        default:
          return { ok: true, value: channel === 'recent.add' ? { entries: [] } : null };
      }
    },
  });
  return { api, calls };
}

const other = serializeDesign({ ...twoLaneDesign(), name: 'other' });

function dirtyStore(path: string | null): AppStore {
  const store = testStore(designCodec);
  loadText(store, serializeDesign(twoLaneDesign()), path);
  store.getState().apply('Add lane', (d) => addLane(d, { id: 'north', region_name: 'R3' }));
  return store;
}

describe('unsaved-changes guard', () => {
  it('replaces a clean document at once, without asking', async () => {
    const store = testStore(designCodec);
    const { api } = memoryApi(new Map([['/d/other.isotherm.yaml', other]]));
    await replaceDocument({ store, api }, { kind: 'open', path: '/d/other.isotherm.yaml' });
    expect(store.getState().dialog).toBeNull();
    expect(store.getState().design.name).toBe('other');
  });

  const replacements: Replacement[] = [
    { kind: 'new' },
    { kind: 'open', path: '/d/other.isotherm.yaml' },
    { kind: 'example', id: 'ex' },
    { kind: 'dropped', text: other, name: 'other.isotherm.yaml' },
  ];

  it.each(replacements)(
    'asks before $kind replaces unsaved changes, and Cancel keeps them',
    async (next) => {
      const store = dirtyStore('/d/shop.isotherm.yaml');
      const before = store.getState().design;
      const { api } = memoryApi(new Map([['/d/other.isotherm.yaml', other]]));
      await replaceDocument({ store, api }, next);
      expect(store.getState().dialog).toEqual({ kind: 'unsaved', next });
      await resolveUnsaved({ store, api }, 'cancel', next);
      expect(store.getState().dialog).toBeNull();
      expect(store.getState().design).toBe(before);
      expect(isDirty(store.getState())).toBe(true);
    },
  );

  it("Don't Save discards the changes (and their recovery copy) and goes on", async () => {
    const store = dirtyStore('/d/shop.isotherm.yaml');
    const files = new Map([['/d/other.isotherm.yaml', other]]);
    const { api, calls } = memoryApi(files);
    const next: Replacement = { kind: 'open', path: '/d/other.isotherm.yaml' };
    await replaceDocument({ store, api }, next);
    await resolveUnsaved({ store, api }, 'discard', next);
    expect(store.getState().design.name).toBe('other');
    expect(calls).toContain('recovery.discard');
    expect(calls).not.toContain('file.save');
    expect(files.has('/d/shop.isotherm.yaml')).toBe(false);
  });

  it('Save writes the file first, then goes on', async () => {
    const store = dirtyStore('/d/shop.isotherm.yaml');
    const edited = currentText(store);
    const files = new Map<string, string>();
    const { api } = memoryApi(files);
    await replaceDocument({ store, api }, { kind: 'new' });
    await resolveUnsaved({ store, api }, 'save', { kind: 'new' });
    expect(files.get('/d/shop.isotherm.yaml')).toBe(edited);
    expect(store.getState().filePath).toBeNull();
    expect(store.getState().design.regions.map((r) => r.id)).toEqual(['region_1']);
    expect(isDirty(store.getState())).toBe(false);
  });

  it('Save of a never-saved design opens Save As carrying what comes next, and waits for it', async () => {
    const store = dirtyStore(null);
    const before = store.getState().design;
    const { api } = memoryApi(new Map());
    const next: Replacement = { kind: 'example', id: 'ex' };
    await replaceDocument({ store, api }, next);
    await resolveUnsaved({ store, api }, 'save', next);
    expect(store.getState().dialog).toEqual({ kind: 'saveAs', then: next });
    expect(store.getState().design).toBe(before);
  });
});
