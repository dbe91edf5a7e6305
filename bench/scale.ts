/**
 * Scale benchmark (not a timed test): a design of 50 regions and 10,000 resources through the command line,
 * as a user runs it: `isotherm validate` (open + validate) and `isotherm compile --out DIR --nested` (open +
 * validate + compile + export). Each command is a fresh process under /usr/bin/time: wall time and peak RSS,
 * as ratios to a process that only reads the file and parses it with js-yaml (the floor of opening it).
 *
 *   npx tsx bench/scale.ts [runs]      (default 3; medians)
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serializeDesign } from '../shared/design/serialize';
import { generateDesign } from './compile';

const LANES = 50;
const RESOURCES = 10_000;
const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin', 'isotherm');

interface Measured {
  wallS: number;
  peakMiB: number;
  status: number;
}

/** `command` under GNU time: wall seconds and peak RSS. */
function measured(command: string[]): Measured {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', ...command], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const last = r.stderr.trim().split('\n').at(-1) ?? '';
  const [wall, kib] = last.split(' ').map(Number);
  if (wall === undefined || kib === undefined || Number.isNaN(wall))
    throw new Error(`could not measure ${command.join(' ')}:\n${r.stderr.slice(-2000)}`);
  return { wallS: wall, peakMiB: kib / 1024, status: r.status ?? -1 };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? 3);
  const dir = await mkdtemp(join(tmpdir(), 'isotherm-scale-'));
  try {
    const file = join(dir, 'scale.isotherm.yaml');
    const text = serializeDesign(generateDesign(LANES, RESOURCES));
    await writeFile(file, text);
    const floor = [
      process.execPath,
      '--input-type=module',
      '-e',
      `import { readFileSync } from 'node:fs'; import { load } from ${JSON.stringify(join(root, 'node_modules/js-yaml/dist/js-yaml.mjs'))}; load(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    ];
    const commands: [string, string[]][] = [
      ['read + js-yaml load (floor)', floor],
      ['isotherm validate', [cli, 'validate', file]],
      ['isotherm compile --nested', [cli, 'compile', file, '--out', join(dir, 'out'), '--nested']],
    ];
    const results = new Map<string, Measured[]>(commands.map(([n]) => [n, []]));
    for (let i = 0; i < runs; i++) {
      for (const [name, command] of commands) {
        if (name.startsWith('isotherm compile'))
          await rm(join(dir, 'out'), { recursive: true, force: true });
        const m = measured(command);
        if (m.status !== 0) throw new Error(`${name} exited ${m.status}`);
        results.get(name)!.push(m);
      }
    }
    console.log(
      `design: ${RESOURCES} resources over ${LANES} regions, ${(text.length / 1024 / 1024).toFixed(1)} MiB of YAML; ${runs} runs (medians), node ${process.version}`,
    );
    const floorWall = median(results.get(commands[0]![0])!.map((m) => m.wallS));
    const floorRss = median(results.get(commands[0]![0])!.map((m) => m.peakMiB));
    for (const [name] of commands) {
      const ms = results.get(name)!;
      const wall = median(ms.map((m) => m.wallS));
      const rss = median(ms.map((m) => m.peakMiB));
      console.log(
        `${name.padEnd(30)} wall ${wall.toFixed(2)} s (${(wall / floorWall).toFixed(2)}x the floor), peak RSS ${rss.toFixed(0)} MiB (${(rss / floorRss).toFixed(2)}x)`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
