/**
 * Canvas benchmark (not a timed test): frame time while dragging a resource, with 1,000 resources over
 * 8 lanes, as a ratio to the same with 10 resources. Runs the real renderer against the browser fallback
 * in Debian's Chromium (frame rate unlimited, so a frame's time is the work it did), several runs each.
 *
 *   npx tsx bench/canvas.ts [--runs 3] [--steps 90]
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

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, steps: { type: 'string', default: '90' } },
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

async function openDesign(page: Page, path: string): Promise<void> {
  await page.keyboard.press('Control+o');
  const dialog = page.getByRole('dialog', { name: 'Open design' });
  await dialog.getByLabel('File path').fill(path);
  await dialog.getByRole('button', { name: 'Open' }).click();
  await page.getByTestId('node-r0_0').waitFor();
}

/** Frame times (ms) while dragging node r0_0 one step per frame, and the time of the drop. */
async function dragFrames(page: Page): Promise<number[] & { dropMs?: number }> {
  const box = (await page.getByTestId('node-r0_0').boundingBox())!;
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
  for (let i = 1; i <= STEPS; i++) {
    await page.mouse.move(x0 + i * 2, y0 + Math.sin(i / 8) * 20);
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => r(null)))');
  }
  const frames = (await page.evaluate(
    '(() => { window.__stop = true; return window.__frames.slice(2); })()',
  )) as number[] & { dropMs?: number };
  // the drop: one undoable move, then the compile and the views of the new design
  const t0 = Date.now();
  await page.mouse.up();
  await page.evaluate(
    'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))))',
  );
  frames.dropMs = Date.now() - t0;
  await page.keyboard.press('Control+z');
  return frames;
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
  const browser = await chromium.launch({
    executablePath: process.env.ISOTHERM_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu-vsync',
      '--disable-frame-rate-limit',
      '--disable-background-networking',
    ],
  });
  try {
    const results: Record<number, { median: number; p95: number; drop: number }[]> = {
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
        await openDesign(page, file);
        const frames = await dragFrames(page);
        results[n]!.push({
          median: quantile(frames, 0.5),
          p95: quantile(frames, 0.95),
          drop: frames.dropMs ?? NaN,
        });
        await page.close();
      }
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const fmt = (x: number) => x.toFixed(2);
    for (const n of [10, 1000]) {
      const rs = results[n]!;
      console.log(
        `${String(n).padStart(5)} resources: median frame ${rs.map((r) => fmt(r.median)).join(' / ')} ms, p95 ${rs.map((r) => fmt(r.p95)).join(' / ')} ms, drop ${rs.map((r) => r.drop).join(' / ')} ms`,
      );
    }
    const ratio =
      mean(results[1000]!.map((r) => r.median)) / mean(results[10]!.map((r) => r.median));
    const ratio95 = mean(results[1000]!.map((r) => r.p95)) / mean(results[10]!.map((r) => r.p95));
    const drop = mean(results[1000]!.map((r) => r.drop));
    const dropRatio = drop / mean(results[10]!.map((r) => r.drop));
    console.log(
      `ratio 1000/10: median ${fmt(ratio)}x, p95 ${fmt(ratio95)}x, drop ${fmt(dropRatio)}x (1000 resources: drop ${drop.toFixed(0)} ms mean; ${RUNS} runs, ${STEPS} drag steps, one per frame)`,
    );
  } finally {
    await browser.close();
    await server.stop();
    await rm(root, { recursive: true, force: true });
  }
}

await main();
