/**
 * The fuzz run over the loader, the importer and the exporter (issue 14): every input goes through
 * parse -> validate -> compile -> export (-> the export folder on disk) -> import -> serialize -> parse, and the
 * run counts crashes (an exception escaped), hangs (an input took over 2 s), escapes (a file outside the output
 * folder, or a modified prototype) and diagnostics without a path.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeExportFolder, exportFiles } from '../../electron/files/exportFolder';
import { bundledCatalog } from '../../electron/catalog/bundled';
import { compile } from '../../shared/compile/compile';
import type { Design } from '../../shared/design/model';
import { parseDesign } from '../../shared/design/parse';
import { serializeDesign } from '../../shared/design/serialize';
import { importTemplates } from '../../shared/import/importTemplates';
import { parseTemplateText } from '../../shared/import/parseText';
import type { Diagnostic } from '../../shared/util/diagnostics';
import { hasErrors } from '../../shared/util/diagnostics';
import { validate } from '../../shared/validate/validate';
import { fuzzInputs, type FuzzInput } from './fuzzInputs';

export const HANG_MS = 2_000;

/** The stages an input goes through, each timed. */
export const STAGES = [
  'parse',
  'serialize',
  'import',
  'validate',
  'compile',
  'export',
  'roundtrip',
] as const;
export type Stage = (typeof STAGES)[number];

/** The slowest input seen in one stage. */
export interface SlowestStage {
  ms: number;
  label: string;
}

export interface FuzzFigures {
  inputs: number;
  crashes: number;
  hangs: number;
  escapes: number;
  /** Diagnostics that name neither a path, a resource nor a region. */
  pathless: number;
  slowestMs: number;
  slowest: string;
  /** The slowest input of each stage. */
  stages: Record<Stage, SlowestStage>;
  /** The first few failures, for the report. */
  failures: string[];
}

const catalog = bundledCatalog();

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const snapshot = () => prototypes.map((p) => Object.getOwnPropertyNames(p).join(',')).join('|');

/** A plain file name inside the folder (what writeExportFolder also insists on). */
const plainName = (name: string) =>
  name !== '' &&
  name !== '.' &&
  name !== '..' &&
  !name.includes('/') &&
  !name.includes('\\') &&
  !name.includes(String.fromCharCode(0));

interface Context {
  diagnostics: Diagnostic[];
  /** Milliseconds spent in each stage by this input. */
  ms: Record<Stage, number>;
  escapes: string[];
  /** When set, exports are written under this folder (as `out/`) and the folder is checked. */
  writeRoot?: string;
}

function timed<T>(ctx: Context, stage: Stage, run: () => T): T {
  const start = performance.now();
  try {
    return run();
  } finally {
    ctx.ms[stage] += performance.now() - start;
  }
}

async function timedAsync<T>(ctx: Context, stage: Stage, run: () => Promise<T>): Promise<T> {
  const start = performance.now();
  try {
    return await run();
  } finally {
    ctx.ms[stage] += performance.now() - start;
  }
}

async function exportAndImport(design: Design, ctx: Context): Promise<Design | null> {
  ctx.diagnostics.push(...timed(ctx, 'validate', () => validate(design, catalog)));
  const result = timed(ctx, 'compile', () => compile(design, catalog));
  ctx.diagnostics.push(...result.diagnostics);
  if (hasErrors(result.diagnostics)) return null;
  for (const nested of [false, true]) {
    const exported = timed(ctx, 'export', () => exportFiles(design, result, { nested }));
    ctx.diagnostics.push(...exported.diagnostics);
    for (const f of exported.files)
      if (!plainName(f.name)) ctx.escapes.push(`export file name ${JSON.stringify(f.name)}`);
    if (ctx.writeRoot !== undefined && !nested && exported.files.every((f) => plainName(f.name)))
      await timedAsync(ctx, 'export', () => writeAndCheck(ctx.writeRoot!, exported.files, ctx));
  }
  const imported = await timedAsync(ctx, 'import', () =>
    importTemplates(
      result.plan.stacks.flatMap((s) => {
        const template = Object.hasOwn(result.templates, s.lane)
          ? result.templates[s.lane]
          : undefined;
        return template === undefined
          ? []
          : [{ laneId: s.lane, regionName: 'RegionOne', template }];
      }),
      { catalog, layout: false },
    ),
  );
  ctx.diagnostics.push(...imported.diagnostics);
  return imported.design;
}

async function writeAndCheck(
  root: string,
  files: Parameters<typeof writeExportFolder>[1],
  ctx: Context,
): Promise<void> {
  const out = path.join(root, 'out');
  await writeExportFolder(out, files);
  const besides = readdirSync(root).filter((n) => n !== 'out');
  if (besides.length > 0)
    ctx.escapes.push(`written beside the output folder: ${besides.join(', ')}`);
  const inside = readdirSync(out).sort();
  const expected = files.map((f) => f.name).sort();
  if (inside.join('/') !== expected.join('/'))
    ctx.escapes.push(`output folder holds ${inside.join(', ')}, expected ${expected.join(', ')}`);
  rmSync(out, { recursive: true, force: true });
}

function roundTrip(design: Design, ctx: Context): void {
  timed(ctx, 'roundtrip', () => {
    const text = serializeDesign(design);
    const again = parseDesign(text, { maxBytes: Infinity, maxDepth: Infinity });
    ctx.diagnostics.push(...again.diagnostics);
  });
}

/** One input through every stage; throws what the core lets escape. */
export async function fuzzOne(input: FuzzInput, ctx: Context): Promise<void> {
  let design: Design | null;
  if (input.kind === 'design') {
    const parsed = timed(ctx, 'parse', () => parseDesign(input.text));
    ctx.diagnostics.push(...parsed.diagnostics);
    design = parsed.design;
    if (design !== null) timed(ctx, 'serialize', () => serializeDesign(design!, parsed.source));
  } else {
    const read = timed(ctx, 'parse', () => parseTemplateText(input.text, 'fuzz.yaml'));
    ctx.diagnostics.push(...read.diagnostics);
    if (read.template === undefined) return;
    const template = read.template;
    const imported = await timedAsync(ctx, 'import', () =>
      importTemplates([{ laneId: 'east', regionName: 'RegionOne', template }], {
        catalog,
        layout: false,
      }),
    );
    ctx.diagnostics.push(...imported.diagnostics);
    design = imported.design;
  }
  if (design === null) return;
  const back = await exportAndImport(design, ctx);
  roundTrip(design, ctx);
  if (back !== null) roundTrip(back, ctx);
}

const emptyStages = <T>(make: () => T): Record<Stage, T> =>
  Object.fromEntries(STAGES.map((stage) => [stage, make()])) as Record<Stage, T>;

/**
 * The time an input kept the core busy: its wall time, but no more than the CPU time the process spent
 * meanwhile, so that a machine loaded by other work does not turn a slow input into a hang.
 */
function busyMs(startWall: number, startCpu: NodeJS.CpuUsage): number {
  const cpu = process.cpuUsage(startCpu);
  return Math.min(performance.now() - startWall, (cpu.user + cpu.system) / 1000);
}

function record(figures: FuzzFigures, input: FuzzInput, ctx: Context, ms: number): void {
  const fail = (what: string) => {
    if (figures.failures.length < 20) figures.failures.push(what);
  };
  if (ms > figures.slowestMs) [figures.slowestMs, figures.slowest] = [ms, input.label];
  for (const stage of STAGES)
    if (ctx.ms[stage] > figures.stages[stage].ms)
      figures.stages[stage] = { ms: ctx.ms[stage], label: input.label };
  if (ms > HANG_MS) {
    figures.hangs += 1;
    const stages = STAGES.filter((s) => ctx.ms[s] >= 100).map(
      (s) => `${s} ${Math.round(ctx.ms[s])}`,
    );
    fail(`hang ${Math.round(ms)} ms (${stages.join(', ')}) ${input.label}`);
  }
  figures.escapes += ctx.escapes.length;
  for (const e of ctx.escapes) fail(`escape ${input.label}: ${e}`);
  const pathless = ctx.diagnostics.filter(
    (d) => d.path === undefined && d.resource === undefined && d.lane === undefined,
  );
  figures.pathless += pathless.length;
  if (pathless.length > 0) fail(`pathless ${pathless[0]!.code} ${input.label}`);
}

/** Run `count` inputs from `seed`; every `writeEvery`-th input's export is also written to disk and checked. */
export async function runFuzz(
  seed: number,
  count: number,
  options: { writeEvery?: number; from?: number; onProgress?: (figures: FuzzFigures) => void } = {},
): Promise<FuzzFigures> {
  const figures: FuzzFigures = {
    inputs: 0,
    crashes: 0,
    hangs: 0,
    escapes: 0,
    pathless: 0,
    slowestMs: 0,
    slowest: '',
    stages: emptyStages(() => ({ ms: 0, label: '' })),
    failures: [],
  };
  const root = mkdtempSync(path.join(tmpdir(), 'isotherm-fuzz-'));
  const before = snapshot();
  try {
    for (const input of fuzzInputs(seed, count, options.from)) {
      const ctx: Context = { diagnostics: [], escapes: [], ms: emptyStages(() => 0) };
      if (options.writeEvery !== undefined && figures.inputs % options.writeEvery === 0)
        ctx.writeRoot = root;
      if (process.env['FUZZ_TRACE'] !== undefined) console.error(input.label);
      const [startWall, startCpu] = [performance.now(), process.cpuUsage()];
      try {
        await fuzzOne(input, ctx);
      } catch (err) {
        figures.crashes += 1;
        const stack = err instanceof Error ? (err.stack ?? err.message) : String(err);
        if (figures.failures.length < 20)
          figures.failures.push(`crash ${input.label}: ${stack}`.slice(0, 600));
      }
      if (snapshot() !== before) ctx.escapes.push('a prototype was modified');
      record(figures, input, ctx, busyMs(startWall, startCpu));
      figures.inputs += 1;
      options.onProgress?.(figures);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return figures;
}
