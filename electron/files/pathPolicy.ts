import { realpath } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, resolve, sep } from 'node:path';
import { IpcFailure } from '../../shared/ipc/errors';

/** Extensions the app writes design files with. */
export const WRITABLE_EXTENSIONS = ['.yaml', '.yml'];

/**
 * Which paths the renderer may read and write (the renderer is not trusted with the file system):
 * - read: inside an allowed root (home, the folders given to the app), a file the user chose, or inside a folder the user chose;
 * - write a design: a `.yaml`/`.yml` file the user chose (opened, picked in a native dialog) or inside a chosen folder,
 *   or, when `writeInsideRoots` (the browser fallback, whose in-app dialog is the user's choice), inside a root;
 * - write an export folder: a folder the user chose, or inside a root when `writeInsideRoots`.
 * Paths are compared after resolving symbolic links, so a link cannot lead outside.
 */
export class PathPolicy {
  private readonly chosenFiles = new Set<string>();
  private readonly chosenFolders = new Set<string>();
  private resolvedRoots: Promise<string[]> | undefined;

  constructor(
    private readonly roots: readonly string[],
    private readonly writeInsideRoots: boolean,
  ) {}

  /** The allowed roots, absolute and with links resolved (roots that do not exist are dropped). */
  async rootList(): Promise<string[]> {
    this.resolvedRoots ??= Promise.all(
      this.roots.map((r) => realpath(resolve(r)).catch(() => null)),
    ).then((rs) => [...new Set(rs.filter((r): r is string => r !== null))]);
    return this.resolvedRoots;
  }

  /** Remember a file the user chose (native dialog, opened, recent list); returns its resolved path. */
  async chooseFile(path: string): Promise<string> {
    const real = await resolvePath(path);
    this.chosenFiles.add(real);
    return real;
  }

  /** Remember a folder the user chose (native dialog); returns its resolved path. */
  async chooseFolder(path: string): Promise<string> {
    const real = await resolvePath(path);
    this.chosenFolders.add(real);
    return real;
  }

  async isInsideRoot(real: string): Promise<boolean> {
    return (await this.rootList()).some((root) => isInside(root, real));
  }

  private isChosen(real: string): boolean {
    return this.chosenFiles.has(real) || [...this.chosenFolders].some((f) => isInside(f, real));
  }

  /** The resolved path if the renderer may read it; otherwise an E_PATH_NOT_ALLOWED failure. */
  async forRead(path: string): Promise<string> {
    const real = await resolvePath(path);
    if (this.isChosen(real) || (await this.isInsideRoot(real))) return real;
    throw new IpcFailure(
      'E_PATH_NOT_ALLOWED',
      `Isotherm may not read ${path}: choose it with Open… (or put it under ${(await this.rootList()).join(' or ') || 'your home folder'}).`,
    );
  }

  /** The resolved path if the renderer may write a design there; otherwise an E_PATH_NOT_ALLOWED failure. */
  async forWrite(path: string): Promise<string> {
    if (!WRITABLE_EXTENSIONS.includes(extname(path).toLowerCase())) {
      throw new IpcFailure(
        'E_PATH_NOT_ALLOWED',
        `Isotherm saves designs only as .yaml or .yml files; choose a name like ${basename(path)}.isotherm.yaml.`,
      );
    }
    const real = await resolvePath(path);
    if (this.isChosen(real) || (this.writeInsideRoots && (await this.isInsideRoot(real))))
      return real;
    throw new IpcFailure(
      'E_PATH_NOT_ALLOWED',
      `Isotherm may not write ${path}: choose the file with Save As… first.`,
    );
  }

  /** The resolved folder if the renderer may export into it; otherwise an E_PATH_NOT_ALLOWED failure. */
  async forFolderWrite(dir: string): Promise<string> {
    const real = await resolvePath(dir);
    if (this.isChosen(real) || (this.writeInsideRoots && (await this.isInsideRoot(real))))
      return real;
    throw new IpcFailure(
      'E_PATH_NOT_ALLOWED',
      `Isotherm may not write into ${dir}: choose the folder in the Export dialog.`,
    );
  }
}

/** Is `path` the folder `root` or inside it? (Both absolute and resolved.) */
export function isInside(root: string, path: string): boolean {
  if (path === root) return true;
  const prefix = root.endsWith(sep) ? root : root + sep;
  return path.startsWith(prefix);
}

/**
 * Absolute path with symbolic links resolved, also for a path that does not exist yet
 * (its nearest existing ancestor is resolved and the rest appended).
 */
export async function resolvePath(path: string): Promise<string> {
  if (!isAbsolute(path))
    throw new IpcFailure('E_INVALID_REQUEST', `Expected an absolute path, got ${path}.`);
  const abs = resolve(path);
  const rest: string[] = [];
  let current = abs;
  for (;;) {
    try {
      const real = await realpath(current);
      return rest.length === 0 ? real : join(real, ...rest.reverse());
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw err;
      const parent = dirname(current);
      if (parent === current) return abs;
      rest.push(basename(current));
      current = parent;
    }
  }
}
