import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FileEntry, FolderListing } from '../../shared/ipc';
import { IpcFailure } from '../../shared/ipc/errors';
import type { PathPolicy } from './pathPolicy';
import { isInside } from './pathPolicy';

const MAX_ENTRIES = 5000;

/** A folder's entries for the in-app open/save dialog of the browser fallback, inside the allowed roots only. */
export async function listFolder(
  policy: PathPolicy,
  dir: string | undefined,
  showHidden = false,
): Promise<FolderListing> {
  const roots = await policy.rootList();
  if (roots.length === 0)
    throw new IpcFailure(
      'E_PATH_NOT_ALLOWED',
      'No folder is open to the file dialog: start Isotherm with --allow DIR.',
    );
  const real = dir === undefined ? roots[0]! : await policy.forRead(dir);
  if (!(await stat(real)).isDirectory())
    throw new IpcFailure('E_BAD_INPUT', `${real} is not a folder.`);
  const names = (await readdir(real))
    .filter((n) => showHidden || !n.startsWith('.'))
    .slice(0, MAX_ENTRIES);
  const entries: FileEntry[] = [];
  await Promise.all(
    names.map(async (name) => {
      const path = join(real, name);
      try {
        const s = await stat(path);
        if (s.isDirectory() || s.isFile())
          entries.push({
            name,
            path,
            kind: s.isDirectory() ? 'dir' : 'file',
            size: s.isFile() ? s.size : 0,
            modifiedMs: s.mtimeMs,
          });
      } catch {
        // a dangling link or a file we may not stat: not shown
      }
    }),
  );
  entries.sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'dir' ? -1 : 1,
  );
  const parent = dirname(real);
  return {
    dir: real,
    parent: parent !== real && roots.some((r) => isInside(r, parent)) ? parent : null,
    roots,
    entries,
  };
}
