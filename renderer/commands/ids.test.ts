import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../shared/ipc/channels/menu';
import { RENDERER_COMMANDS } from './ids';
import { commands } from './registry';

describe('command ids', () => {
  it('the registry has exactly one command per id: the menu channel’s and the renderer’s own', () => {
    const ids = commands.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...MENU_COMMANDS, ...RENDERER_COMMANDS].sort());
  });
});
