import { mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PathPolicy } from '../../electron/files/pathPolicy';
import type { HandlerContext, NativeDialogs } from '../../electron/ipc/context';
import { EventHub } from '../../electron/ipc/events';
import { heatNativeCatalog } from './testDesigns';

/** A fresh temp world for tests: a home folder (the only root), a user-data folder and an examples folder. */
export interface TempWorld {
  root: string;
  home: string;
  userData: string;
  examples: string;
  outside: string;
  dispose(): Promise<void>;
}

export async function tempWorld(): Promise<TempWorld> {
  const root = await realpath(await mkdtemp(join(tmpdir(), 'isotherm-ipc-')));
  return {
    root,
    home: join(root, 'home'),
    userData: join(root, 'userdata'),
    examples: join(root, 'examples'),
    outside: join(root, 'outside'),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}

/** A handler context over a temp world, with a tiny catalog; `dialogs` simulates Electron's native dialogs. */
export function testContext(
  world: TempWorld,
  options: {
    mode?: 'electron' | 'browser';
    dialogs?: NativeDialogs;
    writeInsideRoots?: boolean;
  } = {},
): HandlerContext {
  const catalog = heatNativeCatalog();
  return {
    mode: options.mode ?? 'browser',
    version: '0.0.0-test',
    platform: process.platform,
    home: world.home,
    userDataDir: world.userData,
    examplesDir: world.examples,
    catalog: () => catalog,
    paths: new PathPolicy([world.home], options.writeInsideRoots ?? true),
    events: new EventHub(),
    ...(options.dialogs ? { dialogs: options.dialogs } : {}),
  };
}
