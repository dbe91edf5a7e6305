import { listExamples, readExample } from '../files/examples';
import type { HandlerContext } from './context';
import type { Handlers } from './dispatch';

type AppHandlers = Pick<
  Handlers,
  | 'app.info'
  | 'app.launchFiles'
  | 'catalog.get'
  | 'examples.list'
  | 'examples.read'
  | 'window.setState'
  | 'window.close'
>;

export function appHandlers(ctx: HandlerContext): AppHandlers {
  let launchFiles = ctx.launchFiles ?? [];
  return {
    'app.info': async () => ({
      name: 'Isotherm',
      version: ctx.version,
      mode: ctx.mode,
      platform: ctx.platform,
      nativeDialogs: ctx.dialogs !== undefined,
      home: ctx.home,
    }),
    'app.launchFiles': async () => {
      const paths = launchFiles;
      launchFiles = [];
      await Promise.all(paths.map((p) => ctx.paths.chooseFile(p)));
      return { paths };
    },
    'catalog.get': async () => ctx.catalog(),
    'examples.list': async () => ({ examples: await listExamples(ctx.examplesDir) }),
    'examples.read': async ({ id }) => readExample(ctx.examplesDir, id),
    'window.setState': async (state) => {
      ctx.window?.setState(state);
      return null;
    },
    'window.close': async () => {
      ctx.window?.close();
      return null;
    },
  };
}
