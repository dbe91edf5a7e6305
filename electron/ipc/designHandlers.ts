import { readTextFile } from '../files/designFile';
import { ExportFolderError, exportDesignText, writeExportFolder } from '../files/exportFolder';
import type { ImportSource } from '../files/importDesign';
import { importParentTemplate, importLaneTemplates } from '../files/importDesign';
import { IpcFailure } from '../../shared/ipc/errors';
import type { HandlerContext } from './context';
import type { Handlers } from './dispatch';

type DesignHandlers = Pick<Handlers, 'templates.import' | 'export.folder'>;

/** Import HOT templates; export a folder (the same files as `isotherm compile --out`, by the same code). */
export function designHandlers(ctx: HandlerContext): DesignHandlers {
  const source = async (): Promise<ImportSource> => ({
    readText: async (path) => readTextFile(await ctx.paths.forRead(path)),
    readableRoots: await ctx.paths.rootList(),
  });

  return {
    'templates.import': async (request) => {
      if ('parentPath' in request) {
        const parentPath = await ctx.paths.forRead(request.parentPath);
        return importParentTemplate(parentPath, request.name, ctx.catalog(), await source());
      }
      const lanes = await Promise.all(
        request.lanes.map(async (r) => ({ ...r, path: await ctx.paths.forRead(r.path) })),
      );
      return importLaneTemplates(lanes, request.name, ctx.catalog(), await source());
    },
    'export.folder': async ({ dir, designText, nested }) => {
      const target = await ctx.paths.forFolderWrite(dir);
      const exported = exportDesignText(designText, ctx.catalog(), { nested });
      if (exported.files.length === 0)
        return { dir: target, files: [], diagnostics: exported.diagnostics };
      try {
        await writeExportFolder(target, exported.files);
      } catch (err) {
        if (err instanceof ExportFolderError) throw new IpcFailure('E_BAD_INPUT', err.message);
        throw err;
      }
      return {
        dir: target,
        files: exported.files.map((f) => f.name),
        diagnostics: exported.diagnostics,
      };
    },
  };
}
