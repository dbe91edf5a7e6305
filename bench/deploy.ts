/**
 * Deploy benchmark against the local cloud: deploy wall time vs the critical path of Heat's own
 * stack times (per wave, the longest stack from its *_IN_PROGRESS to its *_COMPLETE event), and the
 * requests per second spent following each stack. Designs: the three-region chain example and a wide
 * 2-wave design. Usage: npx tsx bench/deploy.ts [runs]
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from '../shared/compile/compile';
import type { CompileResult } from '../shared/compile/types';
import { parseDesign } from '../shared/design/parse';
import type { DeployEvent } from '../shared/deploy/events';
import { bundledCatalog } from '../electron/catalog/bundled';
import { ClientPool, deploy, destroy } from '../electron/deploy/index';
import type { RequestInfo } from '../electron/openstack/session';

const CLOUDS = join(
  process.env['ISOTHERM_DEVCLOUD_DIR'] || '/var/lib/isotherm-devcloud',
  'clouds.yaml',
);
const CLOUD = 'isotherm-dev';

function wideDesign(name: string): string {
  const lanes = ['a', 'b', 'c', 'd'];
  const regions = [...lanes, 'x', 'y']
    .map((l, i) => `  ${l}: {region_name: ${i % 2 === 0 ? 'RegionOne' : 'RegionTwo'}}`)
    .join('\n');
  const first = lanes
    .map(
      (l) =>
        `  w_${l}:\n    type: OS::Heat::TestResource\n    region: ${l}\n    properties: {value: ${l}, action_wait_secs: {create: 2, delete: 0}}\n  v_${l}:\n    type: OS::Heat::RandomString\n    region: ${l}\n    properties: {length: 8}`,
    )
    .join('\n');
  const second = ['x', 'y']
    .map(
      (l) =>
        `  sink_${l}:\n    type: OS::Heat::TestResource\n    region: ${l}\n    properties:\n      value: {list_join: [',', [${lanes.map((s) => `{get_attr: [w_${s}, output]}`).join(', ')}]]}\n      action_wait_secs: {create: 1, delete: 0}`,
    )
    .join('\n');
  return `isotherm: 1\nname: ${name}\nheat_template_version: 2021-04-16\nregions:\n${regions}\nresources:\n${first}\n${second}\noutputs: {}\nlayout: {}\n`;
}

function chainDesign(name: string): string {
  const text = readFileSync(
    fileURLToPath(new URL('../assets/examples/three-region-chain.isotherm.yaml', import.meta.url)),
    'utf8',
  );
  return text.replace(/^name:.*$/m, `name: ${name}`);
}

function compiled(text: string): CompileResult {
  const { design } = parseDesign(text);
  if (design === null) throw new Error('design does not parse');
  return compile(design, bundledCatalog());
}

const ms = (iso: string): number => Date.parse(/[zZ]$/.test(iso) ? iso : `${iso}Z`);

interface RunFigures {
  wallMs: number;
  criticalMs: number;
  serialMs: number;
  reqPerSecPerStack: number[];
}

async function runOnce(label: string, make: (name: string) => string): Promise<RunFigures> {
  const name = `bench-${label}-${Date.now().toString(36)}`;
  const result = compiled(make(name));
  const requests: (RequestInfo & { at: number })[] = [];
  const clients = new ClientPool({
    where: { env: { OS_CLIENT_CONFIG_FILE: CLOUDS } },
    session: { onRequest: (r) => requests.push({ ...r, at: Date.now() }) },
  });
  const journalDir = await mkdtemp(join(tmpdir(), 'iso-bench-'));
  const events: DeployEvent[] = [];
  const t0 = Date.now();
  const r = await deploy(
    { design: name, compiled: result, cloud: CLOUD, clients, journalDir },
    (e) => events.push(e),
  );
  const wallMs = Date.now() - t0;
  if (r.outcome !== 'succeeded')
    throw new Error(`${label}: deploy ${r.outcome}: ${JSON.stringify(r.failed)}`);

  // Heat's own time per stack, from its stack-level events
  const heatMs = new Map<string, number>();
  for (const s of result.plan.stacks) {
    const own = events.filter(
      (e): e is Extract<DeployEvent, { kind: 'heat-event' }> =>
        e.kind === 'heat-event' && e.stack === s.stack && e.resource === s.stack,
    );
    const start = own.find((e) => e.status === 'CREATE_IN_PROGRESS');
    const end = own.find((e) => e.status === 'CREATE_COMPLETE');
    if (start !== undefined && end !== undefined)
      heatMs.set(s.region, ms(end.eventTime) - ms(start.eventTime));
  }
  const criticalMs = result.plan.waves.reduce(
    (sum, wave) => sum + Math.max(0, ...wave.map((st) => heatMs.get(st.region) ?? 0)),
    0,
  );
  const serialMs = [...heatMs.values()].reduce((a, b) => a + b, 0);

  // requests per second while following each stack (from its first call to its settled state)
  const reqPerSecPerStack: number[] = [];
  for (const s of result.plan.stacks) {
    const action = events.find((e) => e.kind === 'stack-action' && e.region === s.region);
    const settled = events.find((e) => e.kind === 'stack-settled' && e.region === s.region);
    if (action === undefined || settled === undefined) continue;
    const from = Date.parse(action.time);
    const to = Date.parse(settled.time);
    const n = requests.filter(
      (q) => q.at >= from && q.at <= to && q.path.includes(`/stacks/${s.stack}/`),
    ).length;
    if (to > from) reqPerSecPerStack.push(n / ((to - from) / 1000));
  }
  await destroy({ design: name, compiled: result, cloud: CLOUD, clients, journalDir });
  await clients.close();
  return { wallMs, criticalMs, serialMs, reqPerSecPerStack };
}

const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  if (!existsSync(CLOUDS)) {
    console.warn(
      `bench/deploy: skipped, the local cloud is not running (${CLOUDS} not found) — run \`npm run devcloud:up\` as root`,
    );
    return;
  }
  const runs = Number(process.argv[2] ?? 3);
  for (const [label, make] of [
    ['chain', chainDesign],
    ['wide', wideDesign],
  ] as const) {
    const figures: RunFigures[] = [];
    for (let i = 0; i < runs; i++) {
      const f = await runOnce(label, make);
      figures.push(f);
      console.log(
        `${label} run ${i + 1}: wall ${(f.wallMs / 1000).toFixed(1)}s, Heat critical path ${(f.criticalMs / 1000).toFixed(1)}s, Heat serial sum ${(f.serialMs / 1000).toFixed(1)}s, wall/critical ${(f.wallMs / f.criticalMs).toFixed(2)}, wall/serial ${(f.wallMs / f.serialMs).toFixed(2)}, req/s per followed stack ${f.reqPerSecPerStack.map((x) => x.toFixed(2)).join(' ')}`,
      );
    }
    const rps = figures.flatMap((f) => f.reqPerSecPerStack);
    console.log(
      `${label}: median wall/critical ${median(figures.map((f) => f.wallMs / f.criticalMs)).toFixed(2)}, median wall/serial ${median(figures.map((f) => f.wallMs / f.serialMs)).toFixed(2)}, req/s per followed stack median ${median(rps).toFixed(2)} max ${Math.max(...rps).toFixed(2)}`,
    );
  }
}

await main();
