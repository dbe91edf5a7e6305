import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../shared/ipc';
import { MENU_COMMANDS } from '../../shared/ipc';
import { menuTemplate } from './menuTemplate';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function build(
  platform: string,
  recent = [
    { path: '/h/a.isotherm.yaml', name: 'a.isotherm.yaml', openedAt: '2025-01-01T00:00:00Z' },
  ],
) {
  const sent: { command: MenuCommand; arg?: string }[] = [];
  let docs = 0;
  const template = menuTemplate(
    {
      send: (command, arg) => sent.push({ command, ...(arg !== undefined ? { arg } : {}) }),
      openDocs: () => docs++,
    },
    recent,
    platform,
  );
  for (const item of items(template))
    item.click?.(undefined as never, undefined as never, undefined as never);
  return { template, sent, docs: () => docs };
}

describe('native menus', () => {
  it('has File, Edit, View and Help, and every menu command is reachable from them', () => {
    const { template, sent, docs } = build('linux');
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const reachable = new Set(sent.map((s) => s.command));
    const notInMenus: MenuCommand[] = [
      'file.saveAndClose',
      'edit.cut',
      'edit.copy',
      'edit.paste',
      'help.docs',
    ];
    expect(MENU_COMMANDS.filter((c) => !reachable.has(c) && !notInMenus.includes(c))).toEqual([]);
    expect(sent).toContainEqual({ command: 'file.openRecent', arg: '/h/a.isotherm.yaml' });
    expect(docs()).toBe(1);
  });

  it('uses the native roles for the clipboard and quit, and shows but does not register command shortcuts', () => {
    const all = items(build('linux').template);
    expect(all.filter((i) => i.role).map((i) => i.role)).toEqual([
      'quit',
      'cut',
      'copy',
      'paste',
      'toggleDevTools',
      'help',
    ]);
    const save = all.find((i) => i.label === '&Save')!;
    expect(save).toMatchObject({ accelerator: 'CmdOrCtrl+S', registerAccelerator: false });
  });

  it('follows macOS conventions there (app menu with Quit and About, Redo on Shift+Cmd+Z)', () => {
    const { template } = build('darwin', []);
    expect(template[0]!.label).toBe('Isotherm');
    const all = items(template);
    expect(all.find((i) => i.label === '&Redo')!.accelerator).toBe('Shift+Cmd+Z');
    expect(all.find((i) => i.label === 'No Recent Designs')!.enabled).toBe(false);
  });
});
