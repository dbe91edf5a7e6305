/* global process, console, URL */
// Bundle the browser fallback's server (electron/server/main.ts and the Node-side handlers) with esbuild into
// out/server/main.js, so `npm start` loads plain JavaScript instead of compiling TypeScript on every start.
// Built only when its sources changed. `--force` always builds.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { isStale, sourceStamp, writeStamp } from './buildState.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// two folders below the root, like electron/server/: the sources' `new URL('../../', import.meta.url)` still finds it
export const SERVER_OUT = join(root, 'out', 'server');
export const SERVER_ENTRY = join(SERVER_OUT, 'main.js');
const STAMP = join(SERVER_OUT, '.build-stamp');
const SOURCES = ['electron', 'shared', 'assets', 'package-lock.json'].map((p) => join(root, p));

/** True when out/server/main.js is built from the sources as they are now. */
export function serverIsFresh() {
  return existsSync(SERVER_ENTRY) && !isStale(STAMP, sourceStamp(SOURCES));
}

/** Returns true when a build ran. */
export async function buildServer({ force = false } = {}) {
  const stamp = sourceStamp(SOURCES);
  if (!force && existsSync(SERVER_ENTRY) && !isStale(STAMP, stamp)) return false;
  await build({
    entryPoints: [join(root, 'electron', 'server', 'main.ts')],
    outfile: SERVER_ENTRY,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // dependencies stay in node_modules (loaded as they are); only our TypeScript is compiled
    packages: 'external',
    sourcemap: true,
    logLevel: 'error',
  });
  writeStamp(STAMP, stamp);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildServer({ force: process.argv.includes('--force') }).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
