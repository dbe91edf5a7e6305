#!/usr/bin/env node
/* global process, console, URL */
// `npm start`: the designer. Electron where its binary exists; otherwise the same renderer and
// Node-side handlers served to a browser on 127.0.0.1 (DESIGN.md "Where Electron cannot run").
//
//   npm start [-- [FILE.isotherm.yaml] --port N] [--no-open] [--data-dir DIR] [--allow DIR]... [--browser] [--no-build]
//
// Builds only what changed since the last run (out/renderer, out/electron, out/server), so a second start is fast.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildRenderer } from './build-renderer.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

const HELP = `Usage: npm start -- [FILE.isotherm.yaml] [options]
  FILE             a design to open
  --port N         port of the browser fallback (default: a free one)
  --no-open        do not open a browser (browser fallback)
  --data-dir DIR   where recent files and recovery copies are kept (default ~/.config/Isotherm)
  --allow DIR      another folder the file dialog may use, besides your home (repeatable)
  --browser        use the browser fallback even where Electron exists
  --no-build       do not rebuild (use out/ as it is)`;

function options() {
  const { values, positionals } = parseArgs({
    options: {
      port: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      allow: { type: 'string', multiple: true, default: [] },
      browser: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port < 65536))
    throw new Error(`--port wants a number from 0 to 65535, not ${values.port}`);
  const files = positionals.map((f) => resolve(f));
  return {
    port,
    open: !values['no-open'],
    dataDir: values['data-dir'],
    allow: values.allow,
    files,
    forceBrowser: values.browser,
    build: !values['no-build'],
  };
}

/** The Electron binary's path, or why there is none. */
function electronBinary() {
  try {
    const path = require('electron');
    if (typeof path === 'string' && existsSync(path)) return { path };
    return { reason: `the electron package points at ${path}, which does not exist` };
  } catch (err) {
    const firstLine = String(err.message).split('\n')[0];
    return {
      reason: /failed to install/i.test(firstLine)
        ? 'the electron package was installed without its binary (ELECTRON_SKIP_BINARY_DOWNLOAD)'
        : firstLine,
    };
  }
}

async function startElectron(binary, opts) {
  if (opts.build) {
    buildRenderer();
    const { buildElectron } = await import('./build-electron.mjs');
    await buildElectron();
  }
  const args = [
    root,
    ...(opts.dataDir ? [`--data-dir=${opts.dataDir}`] : []),
    ...opts.allow.map((d) => `--allow=${d}`),
    ...opts.files,
  ];
  const child = spawn(binary, args, {
    stdio: 'inherit',
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: process.env.ELECTRON_ENABLE_LOGGING ?? '' },
  });
  child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}

/** The server as bundled JavaScript (out/server, built when its sources changed); from the sources with --no-build when that bundle is stale. */
async function loadServer(build) {
  const { buildServer, serverIsFresh, SERVER_ENTRY } = await import('./build-server.mjs');
  if (build) await buildServer();
  if (build || serverIsFresh()) return import(pathToFileURL(SERVER_ENTRY).href);
  const { tsImport } = await import('tsx/esm/api');
  return tsImport('../electron/server/main.ts', import.meta.url);
}

async function startBrowser(reason, opts) {
  if (opts.build) buildRenderer();
  const { runFallback } = await loadServer(opts.build);
  await runFallback({
    port: opts.port,
    open: opts.open,
    dataDir: opts.dataDir,
    allow: opts.allow,
    files: opts.files,
    reason,
  });
}

try {
  const opts = options();
  const electron = opts.forceBrowser
    ? { reason: 'you asked for the browser with --browser' }
    : electronBinary();
  if (electron.path) await startElectron(electron.path, opts);
  else await startBrowser(electron.reason, opts);
} catch (err) {
  console.error(`isotherm: ${err.message}`);
  process.exit(1);
}
