import { z } from 'zod';
import { op } from './op';
import { catalogSchema, noInput, nothing, textSchema } from '../schemas';

/** The app itself: what it is, its catalog, its examples, its window. */

export const appModeSchema = z.enum(['electron', 'browser']);
export type AppMode = z.infer<typeof appModeSchema>;

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  mode: appModeSchema,
  /** `process.platform` of the Node side (linux, darwin, win32). */
  platform: z.string(),
  /** Native open/save dialogs exist (Electron); otherwise the renderer shows its own, backed by `file.list`. */
  nativeDialogs: z.boolean(),
  /** The user's home folder (where the in-app file dialog starts). */
  home: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

export const exampleIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'an example id is a file name without folder');

export const exampleSummarySchema = z.object({
  id: exampleIdSchema,
  /** The design's `name:`. */
  name: z.string(),
  description: z.string().optional(),
  /** Region (lane) ids in order, for a preview. */
  regions: z.array(z.string()),
  resourceCount: z.number().int().nonnegative(),
});
export type ExampleSummary = z.infer<typeof exampleSummarySchema>;

export const windowStateSchema = z.object({
  /** What the title shows before " — Isotherm", usually the file name or "untitled". */
  title: z.string().max(300),
  /** Unsaved changes: the title shows "•" and closing asks first. */
  dirty: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export const appRequests = {
  'app.info': op(noInput, appInfoSchema),
  /**
   * Design files given at launch (`isotherm-app FILE`, `npm start -- FILE`, a double-click in the file manager), to open at
   * boot with `file.open({ path })`. Answered once: later calls (e.g. after a reload) return no paths.
   */
  'app.launchFiles': op(noInput, z.object({ paths: z.array(z.string()) })),
  'catalog.get': op(noInput, catalogSchema),
  'examples.list': op(noInput, z.object({ examples: z.array(exampleSummarySchema) })),
  'examples.read': op(
    z.object({ id: exampleIdSchema }),
    z.object({ id: exampleIdSchema, text: textSchema }),
  ),
  /** The renderer reports its title and dirty state (Electron: window title + close confirmation; browser: no-op). */
  'window.setState': op(windowStateSchema, nothing),
  /** Close the window now, without asking again (after "Save" in the close dialog succeeded). Browser: no-op. */
  'window.close': op(noInput, nothing),
} as const;
