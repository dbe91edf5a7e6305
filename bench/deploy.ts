/**
 * Deploy benchmark against the local cloud (not a timed test): the same design deployed three ways, side by
 * side in each run (the order rotates from run to run, so the load of a shared machine falls on all alike):
 *   isotherm  the deploy engine (electron/deploy), as the app and `isotherm deploy` run it;
 *   script    the exported deploy.sh with the stock `openstack` client (python3-openstackclient + heatclient);
 *   parent    the model-2 export: one parent stack with an OS::Heat::Stack per lane (Heat orchestrates),
 *             created with `openstack stack create --wait`.
 * Designs: the three-region chain example (3 waves) and a wide design of 6 independent lanes (1 wave).
 * Figures: wall time of each (deploy only; the teardown is not timed), Isotherm's wall as a ratio to the
 * fastest peer, Isotherm's own overhead per wave (wall minus, for each wave, the slowest stack's time from
 * the start of its POST to its final Heat event) and the requests per second spent following each stack.
 *
 *   npx tsx bench/deploy.ts [runs]       (default 3; needs the local cloud: npm run devcloud:up)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledCatalog } from '../electron/catalog/bundled';
import { ClientPool, deploy, destroy } from '../electron/deploy/index';
import { exportFiles, writeExportFolder } from '../electron/files/exportFolder';
import type { RequestInfo } from '../electron/openstack/session';
import { compile } from '../shared/compile/compile';
import type { CompileResult } from '../shared/compile/types';
import type { DeployEvent } from '../shared/deploy/events';
import type { Design } from '../shared/design/model';
import { parseDesign } from '../shared/design/parse';

const CLOUDS = join(
  process.env['ISOTHERM_DEVCLOUD_DIR'] || '/var/lib/isotherm-devcloud',
  'clouds.yaml',
);
const CLOUD = 'isotherm-dev';
/** The region the parent stack (model 2) is created in. */
const PARENT_REGION = 'RegionOne';
const PEERS = ['isotherm', 'script', 'parent'] as const;
type Peer = (typeof PEERS)[number];

/** 6 lanes, no references between them: one wave of 6 stacks (lanes alternate between the two regions). */
function wideDesign(name: string): string {
  const lanes = ['a', 'b', 'c', 'd', 'e', 'f'];
  const regions = lanes
    .map((l, i) => `  ${l}: {region_name: ${i % 2 === 0 ? 'RegionOne' : 'RegionTwo'}}`)
    .join('\n');
  const resources = lanes
    .map(
      (l) =>
        `  w_${l}:\n    type: OS::Heat::TestResource\n    region: ${l}\n    properties: {value: ${l}, action_wait_secs: {create: 2, delete: 0}}\n  v_${l}:\n    type: OS::Heat::RandomString\n    region: ${l}\n    properties: {length: 8}`,
    )
    .join('\n');
  return `isotherm: 1\nname: ${name}\nheat_template_version: 2021-04-16\nregions:\n${regions}\nresources:\n${resources}\noutputs: {}\nlayout: {}\n`;
}

function chainDesign(name: string): string {
  const text = readFileSync(
    fileURLToPath(new URL('../assets/examples/three-region-chain.isotherm.yaml', import.meta.url)),
    'utf8',
  );
  return text.replace(/^name:.*$/m, `name: ${name}`);
}

function compiled(text: string): { design: Design; result: CompileResult } {
  const { design } = parseDesign(text);
  if (design === null) throw new Error('design does not parse');
  return { design, result: compile(design, bundledCatalog()) };
}

/** Heat's times have no zone: they are UTC. */
const ms = (iso: string): number => Date.parse(/[zZ]$/.test(iso) ? iso : `${iso}Z`);

interface IsothermFigures {
  wallMs: number;
  /** Per wave, the slowest stack from the start of its POST to its final event. */
  waveMs: number[];
  reqPerSecPerStack: number[];
}

type Stamped = RequestInfo & { start: number; end: number };

/**
 * Per wave, the slowest stack's time from the start of its POST (the `stack-action` event emitted just
 * before the call) to its final stack event in Heat (Heat's own clock: the same machine).
 */
function waveTimes(result: CompileResult, events: DeployEvent[]): number[] {
  const stackMs = (lane: string): number => {
    const stack = result.plan.stacks.find((s) => s.lane === lane)!.stack;
    const post = events.find((e) => e.kind === 'stack-action' && e.lane === lane);
    const final = events.filter(
      (e): e is Extract<DeployEvent, { kind: 'heat-event' }> =>
        e.kind === 'heat-event' &&
        e.stack === stack &&
        e.resource === stack &&
        /_(COMPLETE|FAILED)$/.test(e.status),
    );
    // without a final stack event (Heat sent none the follower saw), the moment it was seen settled
    const settled = events.find((e) => e.kind === 'stack-settled' && e.lane === lane);
    const end =
      final.length > 0 ? ms(final.at(-1)!.eventTime) : settled ? Date.parse(settled.time) : NaN;
    if (post === undefined || Number.isNaN(end)) return 0;
    return end - Date.parse(post.time);
  };
  return result.plan.waves.map((wave) => Math.max(0, ...wave.map((step) => stackMs(step.lane))));
}

async function runIsotherm(name: string, text: string): Promise<IsothermFigures> {
  const { result } = compiled(text);
  const requests: Stamped[] = [];
  const clients = new ClientPool({
    where: { env: { OS_CLIENT_CONFIG_FILE: CLOUDS } },
    session: {
      onRequest: (r) => {
        const end = Date.now();
        requests.push({ ...r, start: end - r.ms, end });
      },
    },
  });
  const journalDir = await mkdtemp(join(tmpdir(), 'iso-bench-'));
  const events: DeployEvent[] = [];
  const t0 = Date.now();
  const r = await deploy(
    { design: name, compiled: result, cloud: CLOUD, clients, journalDir },
    (e) => events.push(e),
  );
  const wallMs = Date.now() - t0;
  try {
    if (r.outcome !== 'succeeded')
      throw new Error(`isotherm: deploy ${r.outcome}: ${JSON.stringify(r.failed)}`);
    const reqPerSecPerStack: number[] = [];
    for (const s of result.plan.stacks) {
      const action = events.find((e) => e.kind === 'stack-action' && e.lane === s.lane);
      const settled = events.find((e) => e.kind === 'stack-settled' && e.lane === s.lane);
      if (action === undefined || settled === undefined) continue;
      const from = Date.parse(action.time);
      const to = Date.parse(settled.time);
      const n = requests.filter(
        (q) => q.start >= from && q.end <= to && q.path.includes(`/stacks/${s.stack}/`),
      ).length;
      if (to > from) reqPerSecPerStack.push(n / ((to - from) / 1000));
    }
    return { wallMs, waveMs: waveTimes(result, events), reqPerSecPerStack };
  } finally {
    await destroy({ design: name, compiled: result, cloud: CLOUD, clients, journalDir });
    await clients.close();
    await rm(journalDir, { recursive: true, force: true });
  }
}

/** Runs a command with the local cloud's clouds.yaml; throws with its output when it fails. */
function run(cmd: string, args: string[], cwd: string): void {
  const r = spawnSync(cmd, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, OS_CLIENT_CONFIG_FILE: CLOUDS, OS_CLOUD: CLOUD },
  });
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

async function exported(name: string, text: string): Promise<string> {
  const { design, result } = compiled(text);
  const files = exportFiles(design, result, { nested: true });
  const dir = join(await mkdtemp(join(tmpdir(), 'iso-bench-export-')), 'out');
  await writeExportFolder(dir, files.files);
  if (!files.files.some((f) => f.name === 'parent.yaml'))
    throw new Error(`${name}: no parent.yaml in the export`);
  return dir;
}

/** deploy.sh, as exported: wall time of the deploy (the destroy that follows is not timed). */
async function runScript(name: string, text: string): Promise<number> {
  const dir = await exported(name, text);
  const t0 = Date.now();
  try {
    run('bash', [join(dir, 'deploy.sh')], dir);
    return Date.now() - t0;
  } finally {
    run('bash', [join(dir, 'deploy.sh'), 'destroy'], dir);
    await rm(join(dir, '..'), { recursive: true, force: true });
  }
}

/** The model-2 parent, created with the stock client and its --wait. */
async function runParent(name: string, text: string): Promise<number> {
  const dir = await exported(name, text);
  const os = ['--os-cloud', CLOUD, '--os-region-name', PARENT_REGION, 'stack'];
  const t0 = Date.now();
  try {
    run('openstack', [...os, 'create', '--wait', '-t', 'parent.yaml', name], dir);
    return Date.now() - t0;
  } finally {
    run('openstack', [...os, 'delete', '--yes', '--wait', name], dir);
    await rm(join(dir, '..'), { recursive: true, force: true });
  }
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0 ? NaN : s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const sec = (x: number) => `${(x / 1000).toFixed(1)}s`;

function ensureClient(): void {
  if (spawnSync('openstack', ['--version']).status === 0) return;
  console.log(
    'installing the stock openstack client (python3-openstackclient, python3-heatclient)…',
  );
  const r = spawnSync(
    'apt-get',
    ['install', '-y', 'python3-openstackclient', 'python3-heatclient'],
    {
      stdio: 'inherit',
    },
  );
  if (r.status !== 0) throw new Error('could not install python3-openstackclient: run as root');
}

async function main(): Promise<void> {
  if (!existsSync(CLOUDS)) {
    console.warn(
      `bench/deploy: skipped, the local cloud is not running (${CLOUDS} not found) — run \`npm run devcloud:up\` as root`,
    );
    return;
  }
  ensureClient();
  const runs = Number(process.argv[2] ?? 3);
  for (const [label, make] of [
    ['chain', chainDesign],
    ['wide', wideDesign],
  ] as const) {
    const walls: Record<Peer, number[]> = { isotherm: [], script: [], parent: [] };
    const iso: IsothermFigures[] = [];
    for (let i = 0; i < runs; i++) {
      const order = PEERS.map((_, k) => PEERS[(k + i) % PEERS.length]!);
      for (const peer of order) {
        const name = `bench-${label}-${peer}-${Date.now().toString(36)}`;
        const text = make(name);
        if (peer === 'isotherm') {
          const f = await runIsotherm(name, text);
          iso.push(f);
          walls.isotherm.push(f.wallMs);
        } else {
          walls[peer].push(
            peer === 'script' ? await runScript(name, text) : await runParent(name, text),
          );
        }
      }
      const f = iso.at(-1)!;
      const overhead = (f.wallMs - f.waveMs.reduce((a, b) => a + b, 0)) / f.waveMs.length;
      console.log(
        `${label} run ${i + 1}: isotherm ${sec(f.wallMs)} (waves ${f.waveMs.map(sec).join(' + ')}, overhead ${sec(overhead)}/wave, req/s per followed stack ${f.reqPerSecPerStack.map((x) => x.toFixed(2)).join(' ')}), deploy.sh ${sec(walls.script.at(-1)!)}, parent ${sec(walls.parent.at(-1)!)}`,
      );
    }
    const fastestPeer = Math.min(median(walls.script), median(walls.parent));
    const overheads = iso.map(
      (f) => (f.wallMs - f.waveMs.reduce((a, b) => a + b, 0)) / f.waveMs.length,
    );
    const rps = iso.flatMap((f) => f.reqPerSecPerStack);
    console.log(
      `${label}: median wall isotherm ${sec(median(walls.isotherm))}, deploy.sh ${sec(median(walls.script))}, parent ${sec(median(walls.parent))}; ratio isotherm / fastest peer ${(median(walls.isotherm) / fastestPeer).toFixed(2)} (goal <= 1); isotherm overhead per wave median ${sec(median(overheads))} (goal <= 0.5s); req/s per followed stack median ${median(rps).toFixed(2)} max ${Math.max(...rps).toFixed(2)} (goal <= 2)`,
    );
  }
}

await main();
