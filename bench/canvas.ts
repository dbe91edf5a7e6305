/**
 * Canvas benchmark (not a timed test): frame time while dragging a resource, with 1,000 resources over
 * 8 lanes, as a ratio to the same with 10 resources. Runs the real renderer against the browser fallback
 * in Debian's Chromium (frame rate unlimited, so a frame's time is the work it did), several runs each.
 * Also the time of the drop (mouse up to the second frame after it) and of opening the design (Open pressed
 * to the first node shown). `--profile DIR` writes a Chromium CPU profile of the last 1,000-resource
 * drop (and of its opening) there, to load in Chromium's performance panel (`--trace DIR`: a Chromium trace
 * instead, with style, layout and paint; `--profile-size 10`: of the small design). `--cpu` also prints the main
 * thread's CPU time of the open and the drop (thread time from a trace: on a loaded machine, wall times count the
 * time other processes held the cores), and per step of a second, traced drag (Debian's headless Chromium keeps
 * its frame-rate limit despite the flags below, so frame times stop at ~16.7 ms and hide a step's work under it).
 *
 *   npx tsx bench/canvas.ts [--runs 3] [--steps 90] [--profile DIR | --trace DIR] [--cpu]
 */
import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { emptyDesign, type Design, type DesignResource } from '../shared/design/model';
import { serializeDesign } from '../shared/design/serialize';
import { startFallback } from '../e2e/fixtures/fallbackServer';
import { READY_SELECTOR } from '../shared/ipc/ready';
import { buildRenderer } from '../scripts/build-renderer.mjs';
import { mainThreadCpuMs } from './traceCpu';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    steps: { type: 'string', default: '90' },
    profile: { type: 'string' },
    trace: { type: 'string' },
    'profile-size': { type: 'string', default: '1000' },
    cpu: { type: 'boolean', default: false },
  },
});
const RUNS = Number(values.runs);
const STEPS = Number(values.steps);
const LANES = 8;

/** `count` resources over 8 lanes: chains of Value -> RandomString inside a lane, one cross-lane reference per lane. */
export function benchDesign(count: number): Design {
  const d = emptyDesign('bench');
  d.regions = Array.from({ length: LANES }, (_, i) => ({
    id: `lane${i}`,
    region_name: `Region${i}`,
  }));
  const per = Math.ceil(count / LANES);
  let made = 0;
  for (let l = 0; l < LANES && made < count; l++) {
    for (let i = 0; i < per && made < count; i++, made++) {
      const id = `r${l}_${i}`;
      const r: DesignResource =
        i % 2 === 0
          ? { type: 'OS::Heat::RandomString', region: `lane${l}`, properties: { length: 8 } }
          : {
              type: 'OS::Heat::Value',
              region: `lane${l}`,
              properties: { value: { get_attr: [`r${l}_${i - 1}`, 'value'] } },
            };
      if (i === 1 && l > 0) r.depends_on = [`r${l - 1}_0`];
      d.resources[id] = r;
      d.layout[id] = { x: 28 + (i % 16) * 230, y: 60 + Math.floor(i / 16) * 90 };
    }
  }
  return d;
}

/** Opens the design through the Open dialog; returns the ms from pressing Open to the first node shown. */
async function openDesign(page: Page, path: string): Promise<number> {
  await page.keyboard.press('Control+o');
  const dialog = page.getByRole('dialog', { name: 'Open design' });
  await dialog.getByLabel('File path').fill(path);
  const open = dialog.getByRole('button', { name: 'Open' });
  await open.waitFor();
  const t0 = Date.now();
  await open.click();
  await page.getByTestId('node-r0_0').waitFor();
  await page.evaluate(
    'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))',
  );
  return Date.now() - t0;
}

/** The main thread's CPU time of the last `profiled` call with --cpu (NaN without). */
let lastCpu = NaN;

/** A CPU profile of what `fn` makes the page do (Chromium's DevTools protocol), written to `file`. */
/** A `file` that asks for nothing, not even --cpu (the drag's frames are measured, not traced). */
const NO_CPU = '';

async function profiled<T>(page: Page, file: string | undefined, fn: () => Promise<T>): Promise<T> {
  lastCpu = NaN;
  if (file === undefined && values.cpu) {
    const { result, cpu } = await cpuOf(page, fn);
    lastCpu = cpu;
    return result;
  }
  if (file === undefined || file === NO_CPU) return fn();
  if (values.trace !== undefined)
    return traced(page, file.replace('.cpuprofile', '.trace.json'), fn);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const result = await fn();
  const { profile } = await cdp.send('Profiler.stop');
  await writeFile(file, JSON.stringify(profile));
  await cdp.detach();
  return result;
}

/** `fn`'s result and the page's main-thread CPU time (ms) while it ran. */
async function cpuOf<T>(page: Page, fn: () => Promise<T>): Promise<{ result: T; cpu: number }> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  const result = await fn();
  return { result, cpu: mainThreadCpuMs(await browser.stopTracing()) };
}

/** A Chromium trace (style, layout, paint, scripts) of what `fn` makes the page do, written to `file`. */
async function traced<T>(page: Page, file: string, fn: () => Promise<T>): Promise<T> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'blink',
    ],
  });
  const result = await fn();
  await writeFile(file, await browser.stopTracing());
  return result;
}

/**
 * Waits until the page is quiet after opening (what it does in the background then, e.g. highlighting the
 * YAML text, is not the drag's cost): 10 frames in a row under 50 ms, or 15 s.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const until = performance.now() + 15000;
    let calm = 0;
    let last = performance.now();
    const tick = (t) => {
      calm = t - last < 50 ? calm + 1 : 0;
      last = t;
      if (calm >= 10 || t > until) resolve(null);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })`);
}

/**
 * The resource node nearest the middle of the canvas: the dragged one, for both sizes alike (a node near the
 * canvas edge would make React Flow pan the view on every step, which a small design never does).
 */
async function middleNode(page: Page): Promise<string> {
  return (await page.evaluate(`(() => {
    const pane = document.querySelector('[data-testid="canvas"]').getBoundingClientRect();
    const cx = pane.left + pane.width / 2, cy = pane.top + pane.height / 2;
    let best = null, bestD = Infinity;
    for (const el of document.querySelectorAll('[data-testid^="node-"]')) {
      const b = el.getBoundingClientRect();
      const d = Math.hypot(b.left + b.width / 2 - cx, b.top + b.height / 2 - cy);
      if (d < bestD) { bestD = d; best = el.getAttribute('data-testid'); }
    }
    return best;
  })()`)) as string;
}

/** Frame times (ms) while dragging the middle node one step per frame, and the time of the drop. */
async function dragFrames(
  page: Page,
  profileFile?: string,
): Promise<number[] & { dropMs?: number; dropCpu?: number }> {
  const box = (await page.getByTestId(await middleNode(page)).boundingBox())!;
  // In-page code as text: tsx would otherwise wrap functions with its `__name` helper, unknown in the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (t) => {
      window.__frames.push(t - last);
      last = t;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  await profiled(page, profileFile?.replace('drop', 'drag') ?? NO_CPU, async () => {
    for (let i = 1; i <= STEPS; i++) {
      await page.mouse.move(x0 + i * 2, y0 + Math.sin(i / 8) * 20);
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
    }
  });
  const frames = (await page.evaluate(
    '(() => { window.__stop = true; return window.__frames.slice(2); })()',
  )) as number[] & { dropMs?: number; dropCpu?: number };
  // the drop: one undoable move, then the compile and the views of the new design
  frames.dropMs = await profiled(page, profileFile, async () => {
    const t0 = Date.now();
    await page.mouse.up();
    await page.evaluate(
      'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))',
    );
    return Date.now() - t0;
  });
  frames.dropCpu = lastCpu;
  await page.keyboard.press('Control+z');
  return frames;
}

/**
 * The main thread's CPU time (ms) per step of a second drag of the middle node, traced (--cpu): frame times
 * alone stop at the display's refresh interval (~16.7 ms; headless Chromium keeps its frame-rate limit), so a
 * step's work below that does not show in them.
 */
async function dragCpuPerStep(page: Page): Promise<number> {
  const box = (await page.getByTestId(await middleNode(page)).boundingBox())!;
  const x0 = box.x + box.width / 2;
  const y0 = box.y + box.height / 2;
  await page.mouse.move(x0, y0);
  await page.mouse.down();
  const { cpu } = await cpuOf(page, async () => {
    for (let i = 1; i <= STEPS; i++) {
      await page.mouse.move(x0 + i * 2, y0 + Math.sin(i / 8) * 20);
      await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
    }
  });
  await page.mouse.up();
  await page.keyboard.press('Control+z');
  return cpu / STEPS;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

async function main(): Promise<void> {
  // measure the current sources: the server below serves the built renderer as it is (--no-build)
  buildRenderer();
  const root = await realpath(await mkdtemp(join(tmpdir(), 'isotherm-bench-')));
  const dataDir = join(root, 'data');
  const work = join(root, 'work');
  await mkdir(dataDir);
  await mkdir(work);
  const server = await startFallback({ dataDir, allow: [work] });
  const browser = await chromium
    .launch({
      executablePath: process.env.ISOTHERM_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu-vsync',
        '--disable-frame-rate-limit',
        '--disable-background-networking',
      ],
    })
    .catch(async (err: unknown) => {
      // e.g. no Chromium: stop the server started above, or it outlives the benchmark
      await server.stop();
      await rm(root, { recursive: true, force: true });
      throw err;
    });
  try {
    type Run = { median: number; p95: number; drop: number; open: number };
    const results: Record<number, (Run & { dropCpu: number; openCpu: number; dragCpu: number })[]> =
      {
        10: [],
        1000: [],
      };
    for (const n of [10, 1000]) {
      const file = join(work, `bench-${n}.isotherm.yaml`);
      await writeFile(file, serializeDesign(benchDesign(n)));
      for (let run = 0; run < RUNS; run++) {
        const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
        await page.goto(server.url);
        await page.locator(READY_SELECTOR).waitFor({ state: 'attached' });
        const dir = values.profile ?? values.trace;
        const last = dir !== undefined && n === Number(values['profile-size']) && run === RUNS - 1;
        if (last) await mkdir(dir, { recursive: true });
        const at = (what: string) => (last ? join(dir, `${what}-${n}.cpuprofile`) : undefined);
        const openMs = await profiled(page, at('open'), () => openDesign(page, file));
        const openCpu = lastCpu;
        await settle(page);
        const frames = await dragFrames(page, at('drop'));
        const dragCpu = values.cpu ? await dragCpuPerStep(page) : NaN;
        results[n]!.push({
          dragCpu,
          median: quantile(frames, 0.5),
          p95: quantile(frames, 0.95),
          drop: frames.dropMs ?? NaN,
          open: openMs,
          dropCpu: frames.dropCpu ?? NaN,
          openCpu,
        });
        await page.close();
      }
    }
    const med = (xs: number[]) => {
      const s = [...xs].sort((a, b) => a - b);
      const mid = s.length >> 1;
      return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
    };
    const fmt = (x: number) => x.toFixed(2);
    for (const n of [10, 1000]) {
      const rs = results[n]!;
      console.log(
        `${String(n).padStart(5)} resources: median frame ${rs.map((r) => fmt(r.median)).join(' / ')} ms, p95 ${rs.map((r) => fmt(r.p95)).join(' / ')} ms, drop ${rs.map((r) => r.drop).join(' / ')} ms, open ${rs.map((r) => r.open).join(' / ')} ms`,
      );
    }
    const ratio = med(results[1000]!.map((r) => r.median)) / med(results[10]!.map((r) => r.median));
    const ratio95 = med(results[1000]!.map((r) => r.p95)) / med(results[10]!.map((r) => r.p95));
    const drop = med(results[1000]!.map((r) => r.drop));
    const dropRatio = drop / med(results[10]!.map((r) => r.drop));
    const open = med(results[1000]!.map((r) => r.open));
    console.log(
      `ratio 1000/10: median frame ${fmt(ratio)}x, p95 frame ${fmt(ratio95)}x (goal <= 2), drop ${fmt(dropRatio)}x (medians of ${RUNS} runs, ${STEPS} drag steps, one per frame)`,
    );
    console.log(
      `1000 resources: drop ${drop.toFixed(0)} ms (goal <= 100), open ${open.toFixed(0)} ms (goal <= 2000), medians`,
    );
    if (values.cpu) {
      const perStep = (n: number) => med(results[n]!.map((r) => r.dragCpu));
      console.log(
        `main-thread CPU per drag step: 10 resources ${fmt(perStep(10))} ms, 1000 resources ${fmt(perStep(1000))} ms, ratio ${fmt(perStep(1000) / perStep(10))}x (frames stop at the refresh interval; this does not)`,
      );
      for (const n of [10, 1000])
        console.log(
          `${n} resources, main-thread CPU (thread time, not wall): drop ${med(results[n]!.map((r) => r.dropCpu)).toFixed(0)} ms, open ${med(results[n]!.map((r) => r.openCpu)).toFixed(0)} ms, medians`,
        );
    }
  } finally {
    await browser.close();
    await server.stop();
    await rm(root, { recursive: true, force: true });
  }
}

await main();
