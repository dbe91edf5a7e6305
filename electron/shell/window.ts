import { join } from 'node:path';
import { BrowserWindow, dialog, nativeTheme } from 'electron';
import type { MenuCommand, WindowState } from '../../shared/ipc';
import { APP_START_URL } from '../app/appUrl';
import type { WindowControl } from '../ipc/context';

export interface MainWindow {
  readonly window: BrowserWindow;
  readonly control: WindowControl;
}

/** `• shop.isotherm.yaml — Isotherm` (the dot while there are unsaved changes). */
export function windowTitle(state: WindowState): string {
  return `${state.dirty ? '• ' : ''}${state.title || 'untitled'} — Isotherm`;
}

/**
 * The one window: sandboxed renderer, context isolation, no Node, our preload only; the title follows the
 * renderer's state; closing with unsaved changes asks Save / Don't Save / Cancel ("Save" sends
 * `file.saveAndClose`, and the renderer calls `window.close` once saved).
 */
export function createMainWindow(
  preloadDir: string,
  send: (command: MenuCommand) => void,
): MainWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Isotherm',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1e1f22' : '#ffffff',
    webPreferences: {
      preload: join(preloadDir, 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
    },
  });
  let state: WindowState = { title: 'untitled', dirty: false };
  let closing = false;

  window.once('ready-to-show', () => window.show());
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('close', (event) => {
    if (closing || !state.dirty) return;
    event.preventDefault();
    const choice = dialog.showMessageBoxSync(window, {
      type: 'question',
      buttons: ['Save', "Don't Save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
      message: `Do you want to save the changes you made to ${state.title || 'untitled'}?`,
      detail: "Your changes will be lost if you don't save them.",
    });
    if (choice === 0) send('file.saveAndClose');
    if (choice === 1) {
      closing = true;
      window.close();
    }
  });

  const control: WindowControl = {
    setState(next) {
      state = next;
      window.setTitle(windowTitle(next));
      if (process.platform === 'darwin') window.setDocumentEdited(next.dirty);
    },
    close() {
      closing = true;
      window.close();
    },
  };
  void window.loadURL(APP_START_URL);
  return { window, control };
}
