import { randomBytes } from 'node:crypto';
import { lstat, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
// eslint-disable-next-line no-restricted-imports -- electron/ (plain Node code), not the 'electron' package; the lint pattern matches both
import { atomicWrite } from '../../electron/files/atomicWrite';
import { CliError, EXIT } from './command';

/** Files are refused above this size (a design or a template is far smaller). */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

/** A short reason for a failed file operation, and what to do about it. */
export function fileProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file. Check the path.';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied. Check the file permissions.';
    case 'EISDIR':
      return 'is a folder, not a file. Give the path of a file.';
    case 'ENOTDIR':
      return 'a part of the path is not a folder. Check the path.';
    case 'ENOSPC':
      return 'no space left on the device.';
    case 'EROFS':
      return 'the file system is read-only.';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

/** The text of a file, or a CliError (exit 2) naming the file and what to do. */
export async function readText(path: string, cwd: string): Promise<string> {
  const full = resolve(cwd, path);
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (info.size > MAX_INPUT_BYTES) throw new CliError(`cannot read ${path}: larger than ${MAX_INPUT_BYTES >> 20} MB.`);
    return await readFile(full, 'utf8');
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read ${path}: ${fileProblem(err)}`, EXIT.usage);
  }
}

/** A file to write: its name inside the folder, its content, and its mode. */
export interface OutFile {
  name: string;
  content: string;
  mode?: number;
}

async function writeSynced(path: string, content: string, mode: number): Promise<void> {
  const fh = await open(path, 'wx', mode);
  try {
    await fh.writeFile(content);
    await fh.chmod(mode);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/**
 * Write all `files` into `dir`, or none of them: everything is written (and synced) into a temporary folder
 * beside `dir` first; only then are the files moved in (a rename each, or one rename of the folder when `dir`
 * does not exist yet). An error while writing leaves `dir` as it was.
 */
export async function writeFolder(dir: string, files: readonly OutFile[]): Promise<void> {
  const target = resolve(dir);
  const parent = dirname(target);
  const existing = await lstat(target).catch(() => undefined);
  if (existing !== undefined && !existing.isDirectory()) throw new CliError(`cannot write into ${dir}: it is a file, not a folder. Choose another --out.`);
  const tmp = join(parent, `.${basename(target)}.isotherm-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(parent, { recursive: true });
    await mkdir(tmp);
    for (const f of files) await writeSynced(join(tmp, f.name), f.content, f.mode ?? 0o644);
    if (existing === undefined) {
      await rename(tmp, target);
    } else {
      for (const f of files) await rename(join(tmp, f.name), join(target, f.name));
    }
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot write into ${dir}: ${fileProblem(err)}`, EXIT.usage);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** Write one file atomically; refuse to replace an existing one unless `force`. */
export async function writeNewFile(path: string, cwd: string, content: string, force: boolean): Promise<void> {
  const full = resolve(cwd, path);
  const existing = await lstat(full).catch(() => undefined);
  if (existing?.isDirectory()) throw new CliError(`cannot write ${path}: it is a folder. Give the path of a file.`);
  if (existing !== undefined && !force) throw new CliError(`${path} already exists. Choose another path, or add --force to replace it.`);
  try {
    await atomicWrite(full, content);
  } catch (err) {
    throw new CliError(`cannot write ${path}: ${fileProblem(err)}`, EXIT.usage);
  }
}
