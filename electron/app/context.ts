import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppMode } from '../../shared/ipc';
import { bundledCatalog } from '../catalog/bundled';
import { PathPolicy } from '../files/pathPolicy';
import type { HandlerContext, NativeDialogs, WindowControl } from '../ipc/context';
import { EventHub } from '../ipc/events';
import type { SecretStore } from '../ipc/deploy/secretStore';

/** The repository (or packaged app) root: where package.json and assets/ are. */
export const APP_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function appVersion(): string {
  try {
    return (
      (JSON.parse(readFileSync(`${APP_ROOT}package.json`, 'utf8')) as { version?: string })
        .version ?? '0.0.0'
    );
  } catch {
    return '0.0.0';
  }
}

export interface ContextOptions {
  mode: AppMode;
  userDataDir: string;
  /** Folders the renderer may read (and, with writeInsideRoots, write): home plus the folders given to the app. */
  roots?: string[];
  /** The browser fallback's in-app dialog is the user's choice: it may write inside the roots. Electron: only chosen files. */
  writeInsideRoots: boolean;
  examplesDir?: string;
  home?: string;
  /** Design files given at launch (relative to the working folder); the user chose them, so they may be saved. */
  launchFiles?: string[];
  dialogs?: NativeDialogs;
  window?: WindowControl;
  /** Where passwords entered in the app are kept (Electron: the keychain); default memory. */
  secrets?: SecretStore;
}

/** The handler context of a real app (Electron main or the browser fallback). */
export function createAppContext(options: ContextOptions): HandlerContext {
  const home = options.home ?? homedir();
  return {
    mode: options.mode,
    version: appVersion(),
    platform: process.platform,
    home,
    userDataDir: options.userDataDir,
    examplesDir: options.examplesDir ?? `${APP_ROOT}assets/examples`,
    catalog: bundledCatalog,
    paths: new PathPolicy(options.roots ?? [home], options.writeInsideRoots),
    events: new EventHub(),
    launchFiles: (options.launchFiles ?? []).map((f) => resolve(f)),
    ...(options.dialogs ? { dialogs: options.dialogs } : {}),
    ...(options.window ? { window: options.window } : {}),
    ...(options.secrets ? { secrets: options.secrets } : {}),
  };
}
