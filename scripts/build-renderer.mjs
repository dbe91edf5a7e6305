/* global process, console, URL */
// Build the renderer (vite) into out/renderer when its sources changed. `--force` always builds.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { isStale, sourceStamp, writeStamp } from './buildState.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const RENDERER_OUT = join(root, 'out', 'renderer');
const STAMP = join(RENDERER_OUT, '.build-stamp');
const SOURCES = [
  'renderer',
  'shared',
  'assets',
  'vite.config.ts',
  'electron/app/csp.ts',
  'package-lock.json',
].map((p) => join(root, p));

/** Returns true when a build ran. Throws when vite fails. */
export function buildRenderer({ force = false, quiet = false } = {}) {
  const stamp = sourceStamp(SOURCES);
  if (!force && !isStale(STAMP, stamp)) return false;
  if (!quiet)
    console.log(
      'Building the designer (vite build; the first build takes a minute, later starts skip it)…',
    );
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', quiet ? 'error' : 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ISOTHERM_BUILD_PROGRESS: quiet ? '0' : '1' },
  });
  if (r.status !== 0) throw new Error("The renderer did not build (see vite's messages above).");
  writeStamp(STAMP, stamp);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    buildRenderer({ force: process.argv.includes('--force') });
  } catch (err) {
    console.error(err.message);
    process.exit(1);
  }
}
