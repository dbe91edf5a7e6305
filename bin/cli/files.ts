import { lstat, readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { atomicWrite } from '../../electron/files/atomicWrite';
import {
  ExportFolderError,
  writeExportFolder,
  type ExportFile,
} from '../../electron/files/exportFolder';
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
    if (info.size > MAX_INPUT_BYTES)
      throw new CliError(`cannot read ${path}: larger than ${MAX_INPUT_BYTES >> 20} MB.`);
    return await readFile(full, 'utf8');
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`cannot read ${path}: ${fileProblem(err)}`, EXIT.usage);
  }
}

/** Write the export's files into `dir`, all or none (electron/files/exportFolder.ts); failures become CliErrors. */
export async function writeFolder(dir: string, files: readonly ExportFile[]): Promise<void> {
  try {
    await writeExportFolder(dir, files);
  } catch (err) {
    if (err instanceof ExportFolderError)
      throw new CliError(`cannot write into ${dir}: ${err.message}`, EXIT.usage);
    throw new CliError(`cannot write into ${dir}: ${fileProblem(err)}`, EXIT.usage);
  }
}

/** Write one file atomically; refuse to replace an existing one unless `force`. */
export async function writeNewFile(
  path: string,
  cwd: string,
  content: string,
  force: boolean,
): Promise<void> {
  const full = resolve(cwd, path);
  const existing = await lstat(full).catch(() => undefined);
  if (existing?.isDirectory())
    throw new CliError(`cannot write ${path}: it is a folder. Give the path of a file.`);
  if (existing !== undefined && !force)
    throw new CliError(
      `${path} already exists. Choose another path, or add --force to replace it.`,
    );
  try {
    await atomicWrite(full, content);
  } catch (err) {
    throw new CliError(`cannot write ${path}: ${fileProblem(err)}`, EXIT.usage);
  }
}
