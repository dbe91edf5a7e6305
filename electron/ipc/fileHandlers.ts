import { extname } from 'node:path';
import { IpcFailure } from '../../shared/ipc/errors';
import { readTextFile, writeTextFile } from '../files/designFile';
import { listFolder } from '../files/folderListing';
import { WRITABLE_EXTENSIONS } from '../files/pathPolicy';
import type { RecentStore } from '../files/recentStore';
import type { HandlerContext, NativeDialogs } from './context';
import type { Handlers } from './dispatch';

type FileHandlers = Pick<
  Handlers,
  | 'file.open'
  | 'file.save'
  | 'file.saveAs'
  | 'file.list'
  | 'dialog.openFiles'
  | 'dialog.chooseFolder'
  | 'recent.list'
  | 'recent.add'
  | 'recent.remove'
>;

function needDialogs(ctx: HandlerContext, what: string): NativeDialogs {
  if (ctx.dialogs === undefined) {
    throw new IpcFailure(
      'E_NO_NATIVE_DIALOG',
      `${what} needs a native dialog, which the browser fallback does not have: use the in-app file dialog (file.list), then pass the path.`,
    );
  }
  return ctx.dialogs;
}

/** Design files, dialogs and the recent list. Opened and saved files join the recent list. */
export function fileHandlers(
  ctx: HandlerContext,
  recent: RecentStore,
  onRecentChanged: () => void,
): FileHandlers {
  const remember = async (path: string): Promise<void> => {
    await recent.add(path);
    onRecentChanged();
  };

  return {
    'file.open': async ({ path }) => {
      let real: string;
      if (path === undefined) {
        const picked = await needDialogs(ctx, 'Open without a path').openDesign();
        if (picked === null) return null;
        real = await ctx.paths.chooseFile(picked);
      } else if (await recent.has(path)) {
        real = await ctx.paths.chooseFile(path);
      } else {
        real = await ctx.paths.chooseFile(await ctx.paths.forRead(path));
      }
      const text = await readTextFile(real);
      await remember(real);
      return { path: real, text };
    },
    'file.save': async ({ path, text }) => {
      const real = await ctx.paths.forWrite(path);
      await writeTextFile(real, text);
      await ctx.paths.chooseFile(real);
      await remember(real);
      return { path: real };
    },
    'file.saveAs': async ({ text, suggestedName }) => {
      const picked = await needDialogs(ctx, 'Save As').saveDesign(suggestedName);
      if (picked === null) return null;
      const withExtension = WRITABLE_EXTENSIONS.includes(extname(picked).toLowerCase())
        ? picked
        : `${picked}.isotherm.yaml`;
      const real = await ctx.paths.chooseFile(withExtension);
      await writeTextFile(real, text);
      await remember(real);
      return { path: real };
    },
    'file.list': async ({ dir, showHidden }) => listFolder(ctx.paths, dir, showHidden),
    'dialog.openFiles': async (options) => {
      const picked = await needDialogs(ctx, 'Choosing files').openFiles(options);
      if (picked === null || picked.length === 0) return null;
      return { paths: await Promise.all(picked.map((p) => ctx.paths.chooseFile(p))) };
    },
    'dialog.chooseFolder': async (options) => {
      const picked = await needDialogs(ctx, 'Choosing a folder').chooseFolder(options);
      return picked === null ? null : { path: await ctx.paths.chooseFolder(picked) };
    },
    'recent.list': async () => ({ entries: await recent.list() }),
    'recent.add': async ({ path }) => {
      const real = await ctx.paths.forRead(path);
      const entries = await recent.add(real);
      onRecentChanged();
      return { entries };
    },
    'recent.remove': async ({ path }) => {
      const entries = await recent.remove(path);
      onRecentChanged();
      return { entries };
    },
  };
}
