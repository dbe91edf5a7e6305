/**
 * Start benchmark (not a timed test): `npm start` (scripts/start.mjs, browser fallback) to an interactive
 * canvas, as a ratio to a blank Vite React page served by `vite preview` becoming interactive, in the same
 * Chromium, on a warm machine (one warm-up round not counted; the two alternate). Also checks that a start
 * with nothing changed does not rebuild the renderer.
 *
 *   npx tsx bench/start.ts [runs]      (default 5; medians)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { READY_SELECTOR } from '../shared/ipc/ready';
import { buildRenderer } from '../scripts/build-renderer.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const BLANK = join(root, 'out', 'bench-blank');

/** A blank Vite React page (one button), built once into out/bench-blank/dist. */
async function buildBlank(): Promise<void> {
  await mkdir(BLANK, { recursive: true });
  await writeFile(
    join(BLANK, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.tsx"></script></body></html>\n',
  );
  await writeFile(
    join(BLANK, 'main.tsx'),
    `import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')!).render(<button data-ready="true">ready</button>);\n`,
  );
  await writeFile(
    join(BLANK, 'vite.config.mjs'),
    `import react from '@vitejs/plugin-react';\nexport default { root: ${JSON.stringify(BLANK)}, base: './', plugins: [react()], logLevel: 'warn' };\n`,
  );
  const r = spawnSync(
    process.execPath,
    [vite, 'build', '--config', join(BLANK, 'vite.config.mjs')],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) throw new Error('the blank Vite page did not build');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

/** Spawns `args`, resolves with the first match of `pattern` in its output. */
function serve(
  args: string[],
  pattern: RegExp,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    // no colours: vite preview would print the port in bold (escape codes inside the address)
    env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = pattern.exec(output);
      if (m) resolve({ child, url: m[0], output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited (${code}) before serving:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** ms from spawning the server to the page being interactive (`ready` found); and whether it rebuilt. */
async function timeStart(
  browser: Browser,
  args: string[],
  pattern: RegExp,
  ready: string,
): Promise<{ ms: number; rebuilt: boolean }> {
  const t0 = Date.now();
  const server = await serve(args, pattern);
  const page = await browser.newPage();
  try {
    await page.goto(server.url);
    await page.locator(ready).first().waitFor({ state: 'attached', timeout: 120_000 });
    return { ms: Date.now() - t0, rebuilt: /Building the designer/.test(server.output()) };
  } finally {
    await page.close();
    await stop(server.child);
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 5);
  buildRenderer({ quiet: true });
  await buildBlank();
  const dataDir = await mkdtemp(join(tmpdir(), 'isotherm-start-'));
  const browser = await chromium.launch({
    executablePath: process.env.ISOTHERM_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  try {
    const isotherm = async () =>
      timeStart(
        browser,
        [join(root, 'scripts', 'start.mjs'), '--browser', '--no-open', '--data-dir', dataDir],
        /http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+/,
        READY_SELECTOR,
      );
    const blank = async () => {
      const port = await freePort();
      return timeStart(
        browser,
        [
          vite,
          'preview',
          '--logLevel',
          'info',
          '--config',
          join(BLANK, 'vite.config.mjs'),
          '--host',
          '127.0.0.1',
          '--port',
          String(port),
          '--strictPort',
        ],
        new RegExp(`http://127\\.0\\.0\\.1:${port}/?`),
        'button[data-ready="true"]',
      );
    };
    await isotherm();
    await blank();
    const times = { isotherm: [] as number[], blank: [] as number[] };
    let rebuilds = 0;
    for (let i = 0; i < runs; i++) {
      const a = await isotherm();
      times.isotherm.push(a.ms);
      if (a.rebuilt) rebuilds += 1;
      times.blank.push((await blank()).ms);
    }
    const ratio = median(times.isotherm) / median(times.blank);
    console.log(
      `npm start to an interactive canvas: ${times.isotherm.join(' / ')} ms; blank Vite React page: ${times.blank.join(' / ')} ms`,
    );
    console.log(
      `ratio start / blank page: ${ratio.toFixed(2)} (goal <= 2; medians of ${runs} warm runs); renderer rebuilt on ${rebuilds} of ${runs} starts with nothing changed (goal 0)`,
    );
  } finally {
    await browser.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
