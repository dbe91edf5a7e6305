/**
 * Compile benchmark (not a timed test): `npx tsx bench/compile.ts [runs]`.
 *
 * Generates a design of 5,000 Heat-native resources over 10 regions, with references inside each region and
 * across regions (to earlier regions, so the lanes form a chain of waves), compiles it (warm-up + N runs), and
 * reports the median compile time as a ratio to the median time js-yaml alone takes to dump the resulting
 * templates: how much the compiler costs compared with merely writing its output.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { dump as yamlDump } from 'js-yaml';
import { bundledCatalog } from '../electron/catalog/bundled';
import { compile } from '../shared/compile/compile';
import type { CompileResult } from '../shared/compile/types';
import { emptyDesign, type Design, type DesignResource } from '../shared/design/model';
import { hasErrors } from '../shared/util/diagnostics';

const LANES = 10;
const RESOURCES = 5_000;
const WARMUP = 3;
const RUNS = Number(process.argv[2] ?? 15);

/** A deterministic pseudo-random sequence (mulberry32), so every run benchmarks the same design. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateDesign(lanes = LANES, resources = RESOURCES): Design {
  const rnd = random(42);
  const design = emptyDesign('bench');
  design.parameters = { prefix: { type: 'string', default: 'bench' } };
  for (let r = 0; r < lanes; r++) design.regions.push({ id: `r${r}`, region_name: `Region${r}` });
  const perLane = Math.ceil(resources / lanes);
  const ids: string[][] = design.regions.map(() => []);
  const attr = new Map<string, string>();
  for (let i = 0; i < resources; i++) {
    const r = Math.floor(i / perLane);
    const lane = `r${r}`;
    const id = `res${i}`;
    const pick = (lane: number) => ids[lane]![Math.floor(rnd() * ids[lane]!.length)];
    const local = ids[r]!.length > 0 ? pick(r) : undefined;
    // about one resource in eight refers to a resource of an earlier region
    const remote = r > 0 && rnd() < 0.125 ? pick(Math.floor(rnd() * r)) : undefined;
    let resource: DesignResource;
    switch (i % 3) {
      case 0:
        resource = {
          type: 'OS::Heat::RandomString',
          region: lane,
          properties: { length: 8 + (i % 24) },
        };
        break;
      case 1:
        resource = {
          type: 'OS::Heat::Value',
          region: lane,
          properties: {
            value: {
              str_replace: {
                template: '$p-$a-$b',
                params: {
                  $p: { get_param: 'prefix' },
                  $a: local !== undefined ? { get_attr: [local, attr.get(local)!] } : 'none',
                  $b: remote !== undefined ? { get_attr: [remote, attr.get(remote)!] } : 'none',
                },
              },
            },
          },
        };
        break;
      default:
        resource = {
          type: 'OS::Heat::TestResource',
          region: lane,
          properties: { value: remote !== undefined ? { get_resource: remote } : (local ?? 'x') },
          ...(local !== undefined ? { depends_on: local } : {}),
        };
    }
    design.resources[id] = resource;
    attr.set(id, resource.type === 'OS::Heat::TestResource' ? 'output' : 'value');
    design.layout[id] = {
      x: 40 + (ids[r]!.length % 20) * 220,
      y: 40 + Math.floor(ids[r]!.length / 20) * 100,
    };
    ids[r]!.push(id);
  }
  const last = ids[lanes - 1]!.at(-1)!;
  design.outputs.last = { value: { get_attr: [last, attr.get(last)!] } };
  return design;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function dumpAll(result: CompileResult): number {
  let chars = 0;
  for (const t of Object.values(result.templates)) chars += yamlDump(t, { noRefs: true }).length;
  for (const ts of Object.values(result.passTemplates))
    for (const t of ts) chars += yamlDump(t, { noRefs: true }).length;
  return chars;
}

/**
 * Compile and dump alternate (compile, dump, compile, dump, ...) so that the load of a shared machine falls
 * on both alike; the ratio is the median of the per-pair ratios.
 */
function main(): void {
  const design = generateDesign();
  const catalog = bundledCatalog();
  let result = compile(design, catalog);
  if (hasErrors(result.diagnostics)) {
    const first = result.diagnostics.find((d) => d.severity === 'error');
    throw new Error(`the generated design has errors, e.g. ${first?.code}: ${first?.message}`);
  }
  let chars = 0;
  for (let i = 0; i < WARMUP; i++) chars = dumpAll(compile(design, catalog));
  const compileMs: number[] = [];
  const dumpMs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let start = performance.now();
    result = compile(design, catalog);
    compileMs.push(performance.now() - start);
    start = performance.now();
    chars = dumpAll(result);
    dumpMs.push(performance.now() - start);
  }
  const ratios = compileMs.map((c, i) => c / dumpMs[i]!);
  console.log(
    `design: ${Object.keys(design.resources).length} resources, ${design.regions.length} regions, ${result.plan.inputs.length} cross-region inputs, ${result.plan.waves.length} waves`,
  );
  console.log(
    `runs: ${WARMUP} warm-up + ${RUNS} measured, compile and dump alternating, node ${process.version}`,
  );
  console.log(`compile:            median ${median(compileMs).toFixed(1)} ms`);
  console.log(
    `js-yaml dump alone: median ${median(dumpMs).toFixed(1)} ms (${(chars / 1024).toFixed(0)} KiB of YAML)`,
  );
  console.log(
    `ratio compile / dump: median ${median(ratios).toFixed(2)} (goal <= 1.50; min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)})`,
  );
}

// run when executed, not when bench/scale.ts imports generateDesign
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href)
  main();
