import { describe, expect, it } from 'vitest';
import { miniCatalog, twoLaneDesign } from '../../shared/design/ops/testFixtures';
import { testStore } from '../store/testEnv';
import { paletteEntries } from './paletteEntries';
import { commands } from './registry';

describe('command palette entries', () => {
  it('lists the registry by name, with targets from the selection and reasons for what cannot run', () => {
    const store = testStore();
    store.getState().setCatalog(miniCatalog());
    store.getState().loadDocument({ design: twoLaneDesign() });
    const all = paletteEntries(store.getState(), '');
    const ids = all.map((e) => e.command);
    // every command that needs no target and is not internal is there, in registry order
    expect(ids).toEqual(
      commands
        .filter((c) => c.needsArg !== true && c.hidden !== true && c.id !== 'view.commandPalette')
        .map((c) => c.id),
    );
    expect(all.find((e) => e.command === 'file.saveAs')).toMatchObject({
      title: 'File: Save As…',
      shortcut: 'Mod+Shift+S',
      disabled: null,
    });
    expect(all.find((e) => e.command === 'deploy.deploy')?.disabled).toBe(
      'The clouds are still being read.',
    );
    expect(all.find((e) => e.command === 'edit.undo')?.disabled).toBe('Undo is not available now.');

    // a selected resource brings its commands, with it as their target
    store.getState().select(['port']);
    const connect = paletteEntries(store.getState(), 'connect');
    expect(connect).toEqual([
      {
        command: 'resource.connect',
        arg: 'port',
        title: 'Resource: Connect to… (port)',
        disabled: null,
      },
    ]);
    expect(paletteEntries(store.getState(), 'lane up').map((e) => [e.title, e.disabled])).toEqual([
      ['Lane: Move Lane Up (east)', 'Move Lane Up is not available now.'],
    ]);
  });
});
