import { IpcFailure } from '../../shared/ipc/errors';
import type { HandlerContext } from './context';
import type { Handlers } from './dispatch';

type DesignHandlers = Pick<Handlers, 'templates.import' | 'export.folder'>;

/** Import HOT templates; export a folder (the same files as `isotherm compile --out`). */
export function designHandlers(_ctx: HandlerContext): DesignHandlers {
  return {
    'templates.import': async () => {
      throw new IpcFailure('E_INTERNAL', 'Import is not wired yet in this build.');
    },
    'export.folder': async () => {
      throw new IpcFailure('E_INTERNAL', 'Export is not wired yet in this build.');
    },
  };
}
