import type { BrowserWindow } from 'electron';
import { dialog } from 'electron';
import type { NativeDialogs } from '../ipc/context';

const DESIGN_FILTERS = [
  { name: 'Isotherm designs', extensions: ['yaml', 'yml'] },
  { name: 'All files', extensions: ['*'] },
];

/** Electron's native dialogs, attached to the window (null when the user cancels). */
export function nativeDialogs(
  window: () => BrowserWindow | null,
  defaultFolder: () => string,
): NativeDialogs {
  const parent = (): BrowserWindow | undefined => window() ?? undefined;
  const show = async <T>(fn: (w: BrowserWindow | undefined) => Promise<T>): Promise<T> =>
    fn(parent());
  return {
    openDesign: () =>
      show(async (w) => {
        const options = {
          title: 'Open Design',
          defaultPath: defaultFolder(),
          filters: DESIGN_FILTERS,
          properties: ['openFile' as const],
        };
        const r = w
          ? await dialog.showOpenDialog(w, options)
          : await dialog.showOpenDialog(options);
        return r.canceled ? null : (r.filePaths[0] ?? null);
      }),
    saveDesign: (suggestedName) =>
      show(async (w) => {
        const options = {
          title: 'Save Design',
          defaultPath: `${defaultFolder()}/${suggestedName}`,
          filters: DESIGN_FILTERS,
          properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
        };
        const r = w
          ? await dialog.showSaveDialog(w, options)
          : await dialog.showSaveDialog(options);
        return r.canceled || !r.filePath ? null : r.filePath;
      }),
    openFiles: ({ title, filters, multiple }) =>
      show(async (w) => {
        const options = {
          title: title ?? 'Choose Files',
          defaultPath: defaultFolder(),
          filters: filters ?? [
            { name: 'HOT templates', extensions: ['yaml', 'yml', 'template', 'json'] },
            { name: 'All files', extensions: ['*'] },
          ],
          properties: multiple
            ? (['openFile', 'multiSelections'] as const)
            : (['openFile'] as const),
        };
        const r = w
          ? await dialog.showOpenDialog(w, { ...options, properties: [...options.properties] })
          : await dialog.showOpenDialog({ ...options, properties: [...options.properties] });
        return r.canceled ? null : r.filePaths;
      }),
    chooseFolder: ({ title }) =>
      show(async (w) => {
        const options = {
          title: title ?? 'Choose a Folder',
          defaultPath: defaultFolder(),
          properties: ['openDirectory' as const, 'createDirectory' as const],
        };
        const r = w
          ? await dialog.showOpenDialog(w, options)
          : await dialog.showOpenDialog(options);
        return r.canceled ? null : (r.filePaths[0] ?? null);
      }),
  };
}
