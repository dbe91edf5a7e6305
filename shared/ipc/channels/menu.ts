import { z } from 'zod';

/**
 * Commands the native menus (and the close dialog) send to the renderer as `menu.command` events.
 * The renderer's command registry performs them; the names match its commands where they exist.
 */
export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  /** `arg` is the path of the recent file. */
  'file.openRecent',
  'file.save',
  'file.saveAs',
  /** Sent by the close dialog's "Save": save, then call `window.close` (or stay open if the save was cancelled). */
  'file.saveAndClose',
  'file.importTemplates',
  'file.export',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.duplicate',
  'edit.delete',
  'edit.selectAll',
  'view.zoomToFit',
  'design.arrangeAll',
  'view.toggleTemplates',
  'view.toggleProblems',
  'view.toggleYaml',
  'view.toggleTheme',
  'help.about',
  'help.docs',
] as const;

export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const menuCommandSchema = z.object({
  command: z.enum(MENU_COMMANDS),
  /** A command's argument, e.g. the path for `file.openRecent`. */
  arg: z.string().max(4096).optional(),
});
export type MenuCommandEvent = z.infer<typeof menuCommandSchema>;

export const menuEvents = {
  'menu.command': menuCommandSchema,
} as const;
