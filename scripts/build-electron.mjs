/* global process, console, URL */
// Bundle the Electron main process and preload with esbuild: out/electron/main.js (ESM) + preload.cjs
// (a sandboxed preload must be CommonJS). `electron` stays external. `--force` always builds.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { isStale, sourceStamp, writeStamp } from './buildState.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const ELECTRON_OUT = join(root, 'out', 'electron');
const SOURCES = ['electron', 'shared', 'assets', 'package-lock.json'].map((p) => join(root, p));

export async function buildElectron({ force = false, quiet = false } = {}) {
  const stamp = sourceStamp(SOURCES);
  const stampFile = join(ELECTRON_OUT, '.build-stamp');
  if (!force && !isStale(stampFile, stamp)) return false;
  if (!quiet) console.log('Building the Electron main process (esbuild)…');
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node22',
    external: ['electron'],
    sourcemap: true,
    logLevel: quiet ? 'error' : 'warning',
  };
  await build({
    ...common,
    entryPoints: [join(root, 'electron', 'main.ts')],
    outfile: join(ELECTRON_OUT, 'main.js'),
    format: 'esm',
    // bundled CommonJS dependencies may call require()
    banner: {
      js: "import { createRequire as __isothermCreateRequire } from 'node:module'; const require = __isothermCreateRequire(import.meta.url);",
    },
  });
  await build({
    ...common,
    entryPoints: [join(root, 'electron', 'preload.ts')],
    outfile: join(ELECTRON_OUT, 'preload.cjs'),
    format: 'cjs',
    minify: true,
  });
  writeStamp(stampFile, stamp);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildElectron({ force: process.argv.includes('--force') }).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
