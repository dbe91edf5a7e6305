/**
 * `npm run bench [-- NAME...]`: runs the benchmarks one after another, each in its own process.
 * Names: compile, corpus, canvas, start, scale, hostile (the long fuzz run and the worst cases), deploy (deploy needs
 * the local cloud: `npm run devcloud:up`). Without names: all of them, deploy only when the local cloud's clouds.yaml
 * exists.
 * Each prints its own figures (ratios over several runs); these are measurements, not tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ALL = ['compile', 'corpus', 'canvas', 'start', 'scale', 'hostile', 'deploy'] as const;
const cloudsYaml = path.join(
  process.env['ISOTHERM_DEVCLOUD_DIR'] ?? '/var/lib/isotherm-devcloud',
  'clouds.yaml',
);

const asked = process.argv.slice(2);
const unknown = asked.filter((n) => !(ALL as readonly string[]).includes(n));
if (unknown.length > 0) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);
  process.exit(2);
}
const names =
  asked.length > 0 ? asked : ALL.filter((n) => n !== 'deploy' || existsSync(cloudsYaml));
if (asked.length === 0 && !names.includes('deploy'))
  console.warn(
    `bench: deploy skipped: no local cloud (${cloudsYaml}); run npm run devcloud:up first`,
  );

let failed = 0;
for (const name of names) {
  console.log(`\n== bench/${name}.ts`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, `${name}.ts`)], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
