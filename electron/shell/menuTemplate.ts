// Types only: this module does not load Electron at run time, so the unit tests can build the template.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, RecentEntry } from '../../shared/ipc';

export interface MenuActions {
  /** Send a command to the renderer (`menu.command` event). */
  send(command: MenuCommand, arg?: string): void;
  /** Help > Documentation (opens the README). */
  openDocs(): void;
}

/**
 * A menu item that sends a command. Its accelerator is shown but not registered (`registerAccelerator: false`):
 * the renderer's shortcut registry handles the keys (so Delete, Ctrl+A, Ctrl+Z keep working in text fields),
 * and the menu item is the mouse way to the same command.
 */
function command(
  label: string,
  name: MenuCommand,
  actions: MenuActions,
  accelerator?: string,
  arg?: string,
): MenuItemConstructorOptions {
  return {
    label,
    click: () => actions.send(name, arg),
    ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
  };
}

/** The native menus (File, Edit, View, Help; the app menu on macOS) with desktop-conventional shortcuts. */
export function menuTemplate(
  actions: MenuActions,
  recent: readonly RecentEntry[],
  platform: string = process.platform,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const recentItems: MenuItemConstructorOptions[] =
    recent.length === 0
      ? [{ label: 'No Recent Designs', enabled: false }]
      : recent.map((r) => command(r.name, 'file.openRecent', actions, undefined, r.path));
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('&New Design', 'file.new', actions, 'CmdOrCtrl+N'),
      command('&Open…', 'file.open', actions, 'CmdOrCtrl+O'),
      { label: 'Open &Recent', submenu: recentItems },
      { type: 'separator' },
      command('&Save', 'file.save', actions, 'CmdOrCtrl+S'),
      command('Save &As…', 'file.saveAs', actions, 'Shift+CmdOrCtrl+S'),
      { type: 'separator' },
      command('&Import Templates…', 'file.importTemplates', actions, 'CmdOrCtrl+I'),
      command('&Export…', 'file.export', actions, 'CmdOrCtrl+E'),
      ...(mac
        ? []
        : [
            { type: 'separator' } as const,
            { role: 'quit', label: '&Quit', accelerator: 'Ctrl+Q' } as const,
          ]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('&Undo', 'edit.undo', actions, 'CmdOrCtrl+Z'),
      command('&Redo', 'edit.redo', actions, mac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      // the native roles: the page gets real cut/copy/paste events (text fields and the canvas handle them)
      { role: 'cut', label: 'Cu&t' },
      { role: 'copy', label: '&Copy' },
      { role: 'paste', label: '&Paste' },
      command('D&uplicate', 'edit.duplicate', actions, 'CmdOrCtrl+D'),
      command('&Delete', 'edit.delete', actions, mac ? 'Backspace' : 'Delete'),
      { type: 'separator' },
      command('Select &All', 'edit.selectAll', actions, 'CmdOrCtrl+A'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('Zoom to &Fit', 'view.zoomToFit', actions, 'Shift+1'),
      command('&Arrange All', 'design.arrangeAll', actions, 'CmdOrCtrl+Shift+L'),
      { type: 'separator' },
      command('Toggle &Templates Panel', 'view.toggleTemplates', actions, 'CmdOrCtrl+Alt+T'),
      command('Toggle &Problems Panel', 'view.toggleProblems', actions, 'CmdOrCtrl+Alt+P'),
      command('Toggle &YAML Panel', 'view.toggleYaml', actions, 'CmdOrCtrl+Alt+Y'),
      { type: 'separator' },
      command('Toggle T&heme', 'view.toggleTheme', actions),
      { type: 'separator' },
      { role: 'toggleDevTools', label: '&Developer Tools' },
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: '&Help',
    submenu: [
      { label: '&Documentation', click: () => actions.openDocs() },
      ...(mac ? [] : [command('&About Isotherm', 'help.about', actions)]),
    ],
  };
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Isotherm',
          submenu: [
            command('About Isotherm', 'help.about', actions),
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit' },
          ],
        },
      ]
    : [];
  return [...appMenu, file, edit, view, help];
}
