import { readFile, stat } from 'node:fs/promises';
import { IpcFailure } from '../../shared/ipc/errors';
import { atomicWrite } from './atomicWrite';

/** The largest design or template file the app opens. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Read a text file the policy allowed, refusing folders and files that are too large. */
export async function readTextFile(path: string): Promise<string> {
  const s = await stat(path);
  if (s.isDirectory())
    throw new IpcFailure(
      'E_BAD_INPUT',
      `${path} is a folder: choose a design file (*.isotherm.yaml).`,
    );
  if (s.size > MAX_FILE_BYTES)
    throw new IpcFailure(
      'E_TOO_LARGE',
      `${path} is ${Math.round(s.size / 1048576)} MB; Isotherm opens files up to ${MAX_FILE_BYTES / 1048576} MB.`,
    );
  return readFile(path, 'utf8');
}

/** Save a design: atomic, so a crash leaves the old file or the new one, never a torn one. */
export async function writeTextFile(path: string, text: string): Promise<void> {
  await atomicWrite(path, text);
}
