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
 * the start of its POST to its final Heat event, to the ms from Heat's log), split into the start (token, first request to each
 * region's Heat, look-ups: Keystone's time mostly) and the rest, and the requests per second spent on
 * each stack over its life: its create call (POST) and every read of it (events, resources, the stack
 * with its outputs), divided by the time from the start of that POST to the moment the deploy saw it
 * settled (`stack-settled`, after the read of its outputs): test/support/stackRequests.ts.
 *
 *   npm run bench -- deploy   (all of it), or alone:
 *   npx tsx bench/deploy.ts [runs] [--design chain|wide] [--peers isotherm,script,parent] [--trace]
 *   (runs: default 3; --trace prints where each Isotherm run spent its time; needs the local cloud)
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
import { stackLives } from '../test/support/stackRequests';
import { printTrace } from './deployTrace';
import { HeatLogTail } from './heatLog';

const DEVCLOUD = process.env['ISOTHERM_DEVCLOUD_DIR'] || '/var/lib/isotherm-devcloud';
const CLOUDS = join(DEVCLOUD, 'clouds.yaml');
const HEAT_LOG = new HeatLogTail(join(DEVCLOUD, 'logs'), ['RegionOne', 'RegionTwo']);
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

/**
 * Heat's event times have no zone (UTC) and whole seconds only: without its log (bench/heatLog.ts), an
 * event is taken at the middle of its second (the truncated time alone would put every final event up
 * to 1 s early, 0.5 s on average, and count that as Isotherm's overhead).
 */
const ms = (iso: string): number => Date.parse(/[zZ]$/.test(iso) ? iso : `${iso}Z`) + 500;

interface IsothermFigures {
  wallMs: number;
  /** Per wave, the slowest stack from the start of its POST to its final event. */
  waveMs: number[];
  /** From the start to the first POST: the token, the first request to each region, the look-ups. */
  startMs: number;
  reqPerSecPerStack: number[];
}

type Stamped = RequestInfo & { start: number; end: number };

/**
 * Per wave, the slowest stack's time from the start of its POST (the `stack-action` event emitted just
 * before the call) to its final stack event in Heat (Heat's own clock: the same machine): the moment
 * Heat's log says it stored the end (`logged`, ms), else the final event's time (whole seconds).
 */
function waveTimes(
  result: CompileResult,
  events: DeployEvent[],
  logged: ReadonlyMap<string, number>,
): number[] {
  const stackMs = (lane: string): number => {
    const stack = result.plan.stacks.find((s) => s.lane === lane)!.stack;
    const post = events.find((e) => e.kind === 'stack-action' && e.lane === lane);
    const inLog = logged.get(stack);
    if (post !== undefined && inLog !== undefined) return inLog - Date.parse(post.time);
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

async function runIsotherm(name: string, text: string, trace: boolean): Promise<IsothermFigures> {
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
  const precise = HEAT_LOG.available();
  if (precise) HEAT_LOG.mark();
  const t0 = Date.now();
  const r = await deploy(
    { design: name, compiled: result, cloud: CLOUD, clients, journalDir },
    (e) => events.push(e),
  );
  const wallMs = Date.now() - t0;
  const logged = precise ? HEAT_LOG.endTimes() : new Map<string, number>();
  if (trace) printTrace(t0, events, requests, logged);
  try {
    if (r.outcome !== 'succeeded')
      throw new Error(`isotherm: deploy ${r.outcome}: ${JSON.stringify(r.failed)}`);
    const reqPerSecPerStack = stackLives(result.plan.stacks, events, requests).map(
      (l) => l.perSecond,
    );
    const first = events.find((e) => e.kind === 'stack-action');
    const startMs = first === undefined ? NaN : Date.parse(first.time) - t0;
    return { wallMs, waveMs: waveTimes(result, events, logged), startMs, reqPerSecPerStack };
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
/** The first line of a failure and its last `n` non-empty lines (where the cause is), indented. */
const lastLines = (text: string, n: number): string => {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const tail = lines.length > n + 1 ? lines.slice(-n) : lines.slice(1);
  return [lines[0] ?? '', ...tail.map((l) => `    ${l}`)].join('\n');
};
const sec = (x: number) => `${(x / 1000).toFixed(1)}s`;
const sec2 = (x: number) => `${(x / 1000).toFixed(2)}s`;

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

interface Options {
  runs: number;
  designs: ('chain' | 'wide')[];
  peers: Peer[];
  trace: boolean;
}

function options(argv: string[]): Options {
  const value = (flag: string): string | undefined => {
    const i = argv.indexOf(flag);
    return i < 0 ? undefined : argv[i + 1];
  };
  const runs = Number(argv.find((a) => /^\d+$/.test(a)) ?? 3);
  const designs = (value('--design')?.split(',') ?? ['chain', 'wide']) as Options['designs'];
  const peers = (value('--peers')?.split(',') ?? [...PEERS]) as Peer[];
  for (const d of designs)
    if (d !== 'chain' && d !== 'wide') throw new Error(`--design ${d}: choose chain or wide`);
  for (const p of peers)
    if (!PEERS.includes(p)) throw new Error(`--peers ${p}: choose from ${PEERS.join(', ')}`);
  return { runs, designs, peers, trace: argv.includes('--trace') };
}

const overheadOf = (f: IsothermFigures): number =>
  (f.wallMs - f.waveMs.reduce((a, b) => a + b, 0)) / f.waveMs.length;
/** The same without the start (token, first contact with each region's Heat, look-ups). */
const waveOverheadOf = (f: IsothermFigures): number =>
  (f.wallMs - f.startMs - f.waveMs.reduce((a, b) => a + b, 0)) / f.waveMs.length;

/**
 * The soonest a followed stack can be seen settled at 2 requests per second over its life, counted from
 * the start of its create call: that call, the read that sees its end (events) and the read of its
 * outputs are 3 requests, so 1.5 s after the call at least, however soon Heat ends it.
 */
const RATE_FLOOR_MS = 1500;
/**
 * The part of the overhead per wave that the 2 requests/s rule forces on this run's waves, with its
 * start as measured: a wave whose stacks end in Heat sooner than RATE_FLOOR_MS after their call waits
 * the difference (a poll that would see the end sooner would break the rule).
 */
const rateFloorOf = (f: IsothermFigures): number =>
  (f.startMs + f.waveMs.reduce((a, w) => a + Math.max(0, RATE_FLOOR_MS - w), 0)) / f.waveMs.length;

async function runPeer(peer: Peer, name: string, text: string, trace: boolean) {
  if (peer === 'isotherm') return runIsotherm(name, text, trace);
  return peer === 'script' ? runScript(name, text) : runParent(name, text);
}

async function benchDesign(label: 'chain' | 'wide', o: Options): Promise<void> {
  const make = label === 'chain' ? chainDesign : wideDesign;
  const walls: Record<Peer, number[]> = { isotherm: [], script: [], parent: [] };
  const iso: IsothermFigures[] = [];
  const failures: string[] = [];
  for (let i = 0; i < o.runs; i++) {
    const order = o.peers.map((_, k) => o.peers[(k + i) % o.peers.length]!);
    const line: string[] = [];
    for (const peer of order) {
      const name = `bench-${label}-${peer}-${Date.now().toString(36)}`;
      let r: number | IsothermFigures;
      try {
        r = await runPeer(peer, name, make(name), o.trace);
      } catch (e) {
        // a loaded shared cloud fails a run now and then: said, left out of the medians, the bench goes on
        failures.push(`${peer}: ${lastLines(String((e as Error).message), 8)}`);
        line.push(`${peer === 'script' ? 'deploy.sh' : peer} FAILED`);
        continue;
      }
      if (typeof r === 'number') {
        walls[peer].push(r);
        line.push(`${peer === 'script' ? 'deploy.sh' : peer} ${sec(r)}`);
      } else {
        iso.push(r);
        walls.isotherm.push(r.wallMs);
        line.push(
          `isotherm ${sec(r.wallMs)} (start ${sec(r.startMs)}, waves ${r.waveMs.map(sec).join(' + ')}, overhead ${sec2(overheadOf(r))}/wave, ${sec2(waveOverheadOf(r))}/wave after the start, ${sec2(rateFloorOf(r))}/wave forced by the start and 2 req/s, req/s per followed stack ${r.reqPerSecPerStack.map((x) => x.toFixed(2)).join(' ')})`,
        );
      }
    }
    console.log(`${label} run ${i + 1}: ${line.join(', ')}`);
  }
  for (const f of failures) console.log(`${label}: failed run: ${f}`);
  const m = (p: Peer): number => median(walls[p]);
  const ratio = (p: Peer): string => (m('isotherm') / m(p)).toFixed(2);
  const fastestPeer = Math.min(m('script'), m('parent'));
  const rps = iso.flatMap((f) => f.reqPerSecPerStack);
  console.log(
    `${label}: median wall isotherm ${sec(m('isotherm'))}, deploy.sh ${sec(m('script'))}, parent ${sec(m('parent'))}; ratio isotherm / deploy.sh ${ratio('script')}, isotherm / parent ${ratio('parent')}, isotherm / fastest peer ${(m('isotherm') / fastestPeer).toFixed(2)} (goal <= 1); isotherm overhead per wave median ${sec2(median(iso.map(overheadOf)))} (goal <= 0.5s), of which start ${sec2(median(iso.map((f) => f.startMs / f.waveMs.length)))}/wave, after the start ${sec2(median(iso.map(waveOverheadOf)))}/wave; forced by the start and the 2 req/s rule (each stack settled >= ${RATE_FLOOR_MS / 1000} s after its call) ${sec2(median(iso.map(rateFloorOf)))}/wave; req/s per followed stack median ${median(rps).toFixed(2)} max ${Math.max(...rps).toFixed(2)} (goal <= 2)`,
  );
}

async function main(): Promise<void> {
  if (!existsSync(CLOUDS)) {
    console.warn(
      `bench/deploy: skipped, the local cloud is not running (${CLOUDS} not found) — run \`npm run devcloud:up\` as root`,
    );
    return;
  }
  const o = options(process.argv.slice(2));
  if (o.peers.some((p) => p !== 'isotherm')) ensureClient();
  for (const label of o.designs) await benchDesign(label, o);
}

await main();
