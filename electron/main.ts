/**
 * The Electron main process (bundled to out/electron/main.js by scripts/build-electron.mjs).
 * A thin shell: it wires Electron (window, menus, dialogs, app:// protocol, ipcMain) to the plain-Node
 * handlers of electron/ipc, which also serve the browser fallback.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, session, shell } from 'electron';
import type { MenuCommand } from '../shared/ipc';
import { APP_ROOT, createAppContext } from './app/context';
import { parseLaunchArgs } from './app/launchOptions';
import { RecentStore } from './files/recentStore';
import type { WindowControl } from './ipc/context';
import { createIpc } from './ipc/handlers';
import { nativeDialogs } from './shell/dialogs';
import { registerIpc } from './shell/ipc';
import { keychainSecretStore } from './shell/keychain';
import { installMenu } from './shell/menu';
import { registerAppScheme, serveRenderer } from './shell/protocol';
import { harden } from './shell/security';
import type { MainWindow } from './shell/window';
import { createMainWindow } from './shell/window';

const launch = parseLaunchArgs(process.argv.slice(1), process.env);
if (launch.dataDir !== undefined) app.setPath('userData', resolve(launch.dataDir));
const preloadDir = fileURLToPath(new URL('.', import.meta.url));

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  harden(session.defaultSession);
  serveRenderer(join(APP_ROOT, 'out', 'renderer'));

  let main: MainWindow | null = null;
  const window = (): Electron.BrowserWindow | null => main?.window ?? null;
  const windowControl: WindowControl = {
    setState: (state) => main?.control.setState(state),
    close: () => main?.control.close(),
  };
  const userDataDir = app.getPath('userData');
  const ctx = createAppContext({
    mode: 'electron',
    userDataDir,
    roots: [homedir(), ...launch.allow.map((d) => resolve(d))],
    // Under the e2e tests there are no native dialogs: the specs drive the in-app dialogs, as in the browser.
    writeInsideRoots: launch.e2e,
    launchFiles: launch.files,
    ...(launch.e2e ? {} : { dialogs: nativeDialogs(window, () => app.getPath('documents')) }),
    window: windowControl,
    secrets: keychainSecretStore(userDataDir),
  });
  const send = (command: MenuCommand, arg?: string): void =>
    ctx.events.emit('menu.command', { command, ...(arg !== undefined ? { arg } : {}) });
  const recent = new RecentStore(userDataDir);
  const refreshMenu = (): void => {
    void recent
      .list()
      .then((entries) =>
        installMenu(
          { send, openDocs: () => void shell.openPath(join(APP_ROOT, 'README.md')) },
          entries,
        ),
      );
  };
  const dispose = registerIpc(createIpc(ctx, { onRecentChanged: refreshMenu }), ctx.events, window);
  refreshMenu();

  main = createMainWindow(preloadDir, (command) => send(command));
  main.window.on('closed', () => {
    main = null;
  });
  // `isotherm-app other.isotherm.yaml` while running: focus the window and open the file there
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const w = window();
    if (w) {
      if (w.isMinimized()) w.restore();
      w.focus();
    }
    for (const file of parseLaunchArgs(argv.slice(1)).files) {
      const path = resolve(workingDirectory, file);
      void ctx.paths.chooseFile(path).then(() => send('file.openRecent', path));
    }
  });
  app.on('window-all-closed', () => {
    dispose();
    app.quit();
  });
}
