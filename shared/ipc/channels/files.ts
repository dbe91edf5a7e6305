import { z } from 'zod';
import { op } from './op';
import { fileFilterSchema, noInput, pathSchema, textSchema } from '../schemas';

/** Design files, the in-app file browser, native dialogs and the recent list. */

export const openedFileSchema = z.object({ path: z.string(), text: textSchema });
export type OpenedFile = z.infer<typeof openedFileSchema>;

export const fileEntrySchema = z.object({
  name: z.string(),
  path: z.string(),
  kind: z.enum(['file', 'dir']),
  size: z.number().nonnegative(),
  modifiedMs: z.number(),
});
export type FileEntry = z.infer<typeof fileEntrySchema>;

export const folderListingSchema = z.object({
  /** The listed folder (absolute, resolved). */
  dir: z.string(),
  /** Its parent when the parent is still inside an allowed root; otherwise null. */
  parent: z.string().nullable(),
  /** The folders the in-app dialog may browse (home and the folders given to the app). */
  roots: z.array(z.string()),
  /** Folders first, then files; each sorted by name. */
  entries: z.array(fileEntrySchema),
});
export type FolderListing = z.infer<typeof folderListingSchema>;

export const recentEntrySchema = z.object({
  path: z.string(),
  /** File name, for menus. */
  name: z.string(),
  /** ISO time of the last open or save. */
  openedAt: z.string(),
});
export type RecentEntry = z.infer<typeof recentEntrySchema>;
const recentListSchema = z.object({ entries: z.array(recentEntrySchema) });

export const fileRequests = {
  /**
   * Open a design. With `path`: read it (it must be inside an allowed folder, a recent file or one the user chose).
   * Without: Electron shows the native open dialog; `null` when the user cancels.
   */
  'file.open': op(z.object({ path: pathSchema.optional() }), openedFileSchema.nullable()),
  /** Atomic write of a `.yaml`/`.yml` file the user chose (opened, picked in a dialog) or inside an allowed folder. */
  'file.save': op(z.object({ path: pathSchema, text: textSchema }), z.object({ path: z.string() })),
  /** Electron: native save dialog then atomic write; `null` when cancelled. Browser: E_NO_NATIVE_DIALOG (use the in-app dialog + file.save). */
  'file.saveAs': op(
    z.object({ text: textSchema, suggestedName: z.string().max(255) }),
    z.object({ path: z.string() }).nullable(),
  ),
  /** A folder's entries for the in-app open/save dialog; without `dir`, the first root (home). */
  'file.list': op(
    z.object({ dir: pathSchema.optional(), showHidden: z.boolean().optional() }),
    folderListingSchema,
  ),
  /** Electron: native dialog to pick files (e.g. templates to import); `null` when cancelled. Browser: E_NO_NATIVE_DIALOG. */
  'dialog.openFiles': op(
    z.object({
      title: z.string().max(200).optional(),
      filters: z.array(fileFilterSchema).max(10).optional(),
      multiple: z.boolean().optional(),
    }),
    z.object({ paths: z.array(z.string()) }).nullable(),
  ),
  /** Electron: native dialog to pick (or create) a folder, e.g. for export; `null` when cancelled. Browser: E_NO_NATIVE_DIALOG. */
  'dialog.chooseFolder': op(
    z.object({ title: z.string().max(200).optional() }),
    z.object({ path: z.string() }).nullable(),
  ),
  'recent.list': op(noInput, recentListSchema),
  /** Put a file at the top of the recent list (after open/save); returns the new list. */
  'recent.add': op(z.object({ path: pathSchema }), recentListSchema),
  'recent.remove': op(z.object({ path: pathSchema }), recentListSchema),
} as const;
