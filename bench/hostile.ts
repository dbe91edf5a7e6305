/**
 * Hostile-input benchmark (issue 14), not a timed test: `npx tsx bench/hostile.ts [inputs] [seed] [from]`
 * (FUZZ_ONLY=1 skips the worst cases). Exits 1 when the fuzz run finds a crash, a hang or an escape.
 *
 * 1. The long fuzz run: `inputs` (default 10,000) seeded hostile inputs through parse -> validate -> compile ->
 *    export (every 50th written to disk) -> import -> serialize; prints inputs, crashes, hangs (> 2 s of busy
 *    time: wall time, capped by the CPU time spent meanwhile), escapes, diagnostics without a path, the slowest
 *    input and the slowest input of each stage.
 * 2. The worst cases found, as medians of several runs: a chain of cross-lane references (passes x resources,
 *    stopped by the E_TOO_LARGE budget), a design of many lanes and resources (parse, validate, serialize), and
 *    the export of text copied into every template (a long description over many pass templates, stopped by the
 *    output budget; one string of megabytes).
 */
import { performance } from 'node:perf_hooks';
import { bundledCatalog } from '../electron/catalog/bundled';
import { exportFiles } from '../electron/files/exportFolder';
import { compile } from '../shared/compile/compile';
import { parseDesign } from '../shared/design/parse';
import { serializeDesign } from '../shared/design/serialize';
import { validate } from '../shared/validate/validate';
import { runFuzz, STAGES } from '../test/support/fuzzRun';

const INPUTS = Number(process.argv[2] ?? 10_000);
const SEED = Number(process.argv[3] ?? 7);
/** The first input (a multiple of 200), to split a long run into parts (run one after another). */
const FROM = Number(process.argv[4] ?? 0);
const RUNS = 5;
const catalog = bundledCatalog();

function median(f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    f();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

/** `n` resources over `lanes` lanes, each reading the previous one (a lane cycle when lanes > 1). */
function chain(n: number, lanes: number): string {
  const lines = ['isotherm: 1', 'name: chain', 'regions:'];
  for (let l = 0; l < lanes; l++) lines.push(`  l${l}: {region_name: RegionOne}`);
  lines.push('resources:');
  for (let i = 0; i < n; i++)
    lines.push(
      `  r${i}: {type: OS::Heat::Value, region: l${i % lanes}, properties: {value: ${i === 0 ? 'x' : `{get_attr: [r${i - 1}, value]}`}}}`,
    );
  return `${lines.join('\n')}\n`;
}

function worstCases(): void {
  for (const [n, lanes] of [
    [2_000, 1],
    [2_000, 50],
    [5_000, 2],
  ] as const) {
    const text = chain(n, lanes);
    const design = parseDesign(text, { maxBytes: Infinity }).design!;
    const parseMs = median(() => parseDesign(text, { maxBytes: Infinity }));
    const validateMs = median(() => validate(design, catalog));
    const compileMs = median(() => compile(design, catalog));
    const serializeMs = median(() => serializeDesign(design));
    const codes = compile(design, catalog).diagnostics.map((d) => d.code);
    console.log(
      `chain of ${n} resources over ${lanes} lanes (${(text.length / 1024).toFixed(0)} KiB): parse ${parseMs.toFixed(0)} ms, validate ${validateMs.toFixed(0)} ms, compile ${compileMs.toFixed(0)} ms${codes.includes('E_TOO_LARGE') ? ' (E_TOO_LARGE)' : ''}, serialize ${serializeMs.toFixed(0)} ms (medians of ${RUNS})`,
    );
  }
}

/** `chain(n, lanes)` with a description of `chars` characters, copied into each of its templates. */
const described = (n: number, lanes: number, chars: number) =>
  chain(n, lanes).replace('name: chain', `name: chain\ndescription: ${'d'.repeat(chars)}`);

/** `chain(n, 1)` whose first resource holds one string of `chars` characters. */
const holding = (n: number, chars: number) =>
  chain(n, 1).replace('properties: {value: x}', `properties: {value: ${'s'.repeat(chars)}}`);

/** The export's worst cases (the hangs of the long run: text copied into every template), compile + export. */
function worstExports(): void {
  for (const [label, text] of [
    ['description of 200 KB over 1,000 pass templates (was 2-13 s)', described(1_000, 50, 200_000)],
    [
      'description of 50 KB over 300 pass templates (just under the budget)',
      described(300, 30, 50_000),
    ],
    ['one string of 4 MiB', holding(3, 4 * 1024 * 1024)],
  ] as const) {
    const design = parseDesign(text, { maxBytes: Infinity }).design!;
    const result = compile(design, catalog);
    const compileMs = median(() => compile(design, catalog));
    const exportMs = median(() => exportFiles(design, result, {}));
    const written = exportFiles(design, result, {}).files.reduce((n, f) => n + f.content.length, 0);
    const refused = result.diagnostics.some((d) => d.code === 'E_TOO_LARGE');
    console.log(
      `${label}: compile ${compileMs.toFixed(0)} ms${refused ? ' (E_TOO_LARGE)' : ''}, export ${exportMs.toFixed(0)} ms, ${(written / 1024 / 1024).toFixed(1)} MiB written (medians of ${RUNS})`,
    );
  }
}

async function fuzz(): Promise<number> {
  const start = performance.now();
  const seconds = () => ((performance.now() - start) / 1000).toFixed(0);
  let shown = 0;
  const f = await runFuzz(SEED, INPUTS, {
    writeEvery: 50,
    from: FROM,
    // running figures and each failure when found, so that a long run stopped early still tells what it found
    onProgress: (p) => {
      for (const failure of p.failures.slice(shown))
        console.log(`  ${failure.split('\n').slice(0, 4).join(' | ')}`);
      shown = p.failures.length;
      if (p.inputs % 100 === 0)
        console.log(
          `  ${p.inputs} inputs, ${p.crashes} crashes, ${p.hangs} hangs, ${p.escapes} escapes, ${p.pathless} without a path; slowest ${p.slowestMs.toFixed(0)} ms busy; ${seconds()} s`,
        );
    },
  });
  console.log(
    `fuzz (seed ${SEED}, inputs ${FROM}-${FROM + INPUTS - 1}): ${f.inputs} inputs, ${f.crashes} crashes, ${f.hangs} hangs (> 2 s busy), ${f.escapes} escapes, ${f.pathless} diagnostics without a path; slowest input ${f.slowestMs.toFixed(0)} ms busy (${f.slowest}); ${seconds()} s in all`,
  );
  for (const stage of STAGES)
    console.log(
      `  slowest ${stage}: ${f.stages[stage].ms.toFixed(0)} ms wall (${f.stages[stage].label})`,
    );
  return f.crashes + f.hangs + f.escapes + f.pathless;
}

if (process.env['FUZZ_ONLY'] === undefined) {
  worstCases();
  worstExports();
}
process.exitCode = (await fuzz()) > 0 ? 1 : 0;
