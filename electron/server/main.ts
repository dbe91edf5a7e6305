import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_ROOT, createAppContext } from '../app/context';
import { createIpc } from '../ipc/handlers';
import type { FallbackServer } from './server';
import { startFallbackServer } from './server';

export interface FallbackOptions {
  port?: number;
  /** Open the page with xdg-open (only when a display exists). */
  open?: boolean;
  /** Per-user state (recent.json, recovery/); default ~/.config/Isotherm (Electron's userData folder on Linux). */
  dataDir?: string;
  /** Extra folders the in-app file dialog may browse and write (besides home). */
  allow?: string[];
  /** Design files to open at start (`npm start -- FILE`). */
  files?: string[];
  /** Why Electron is not used (printed). */
  reason?: string;
  rendererDir?: string;
  /** Print the banner (default true). */
  quiet?: boolean;
}

export function defaultDataDir(): string {
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Isotherm');
}

function hasDisplay(): boolean {
  return (
    Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) ||
    process.platform === 'darwin' ||
    process.platform === 'win32'
  );
}

function openInBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () =>
    console.log(`(could not run ${command}; open the address above yourself)`),
  );
  child.unref();
}

/** Start the browser fallback: the built renderer + the real handlers on 127.0.0.1, until the process is stopped. */
export async function runFallback(options: FallbackOptions = {}): Promise<FallbackServer> {
  const dataDir = resolve(options.dataDir ?? defaultDataDir());
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const roots = [homedir(), ...(options.allow ?? []).map((d) => resolve(d))];
  const ctx = createAppContext({
    mode: 'browser',
    userDataDir: dataDir,
    roots,
    writeInsideRoots: true,
    launchFiles: options.files ?? [],
  });
  const server = await startFallbackServer({
    dispatch: createIpc(ctx),
    events: ctx.events,
    rendererDir: options.rendererDir ?? join(APP_ROOT, 'out', 'renderer'),
    ...(options.port !== undefined ? { port: options.port } : {}),
  });
  if (options.quiet !== true) {
    const why = options.reason ?? 'not installed';
    console.log(
      [
        '',
        `Electron's binary is not available on this machine (${why});`,
        `serving the designer at ${server.url} — this is the browser fallback.`,
        `  listening on 127.0.0.1 only; the #token part of the address is this launch's key (keep it to yourself).`,
        `  user data: ${dataDir}`,
        `  Press Ctrl+C to stop.`,
        '',
      ].join('\n'),
    );
  }
  if (options.open !== false && hasDisplay()) openInBrowser(server.url);
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}
