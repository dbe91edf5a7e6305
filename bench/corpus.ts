/**
 * Corpus benchmark (not a timed test): `npx tsx bench/corpus.ts [corpus folder]`.
 *
 * Imports every file of openstack/heat-templates (hot/) as a one-region design, compiles it back, compares the two
 * templates semantically (shared/import/compareTemplates.ts), and prints the fraction that round-trips and the
 * time import and compile take. Files that do not round-trip are listed with their diagnostics or differences.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { bundledCatalog } from '../electron/catalog/bundled';
import { roundTripTemplate, type RoundTripStatus } from '../shared/import/roundTrip';
import { formatDiagnostic } from '../shared/util/diagnostics';
import { besides, corpusFiles, defaultCorpusDir } from '../test/support/corpus';

const corpus = path.resolve(process.argv[2] ?? defaultCorpusDir);

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    console.error(`corpus not found: ${corpus} (pass the hot/ folder of openstack/heat-templates)`);
    process.exitCode = 2;
    return;
  }
  const cat = bundledCatalog();
  const files = corpusFiles(corpus);
  const counts = new Map<RoundTripStatus, number>();
  const failures: string[] = [];
  const times: number[] = [];
  const codes = new Map<string, number>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const readFile = besides(file);
    const start = performance.now();
    const report = await roundTripTemplate(text, readFile, cat);
    times.push(performance.now() - start);
    counts.set(report.status, (counts.get(report.status) ?? 0) + 1);
    for (const d of report.diagnostics)
      if (d.code.includes('IMPORT')) codes.set(d.code, (codes.get(d.code) ?? 0) + 1);
    if (report.status !== 'equal') {
      const why =
        report.differences.length > 0
          ? report.differences.map((d) => `${d.kind} ${d.path}${d.unused ? ' (unused)' : ''}`)
          : report.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
      failures.push(
        `  ${report.status.padEnd(16)} ${path.relative(corpus, file)}\n      ${why.join('\n      ')}`,
      );
    }
  }
  const n = (s: RoundTripStatus) => counts.get(s) ?? 0;
  const templates = files.length - n('not-a-template');
  const exact = n('equal');
  const upToUnused = exact + n('equal-but-unused');
  const sorted = [...times].sort((a, b) => a - b);
  const total = times.reduce((a, b) => a + b, 0);
  const pct = (x: number) => `${((100 * x) / Math.max(templates, 1)).toFixed(1)}%`;
  if (failures.length > 0) console.log(`not round-tripped exactly:\n${failures.join('\n')}\n`);
  console.log(`corpus: ${corpus}`);
  console.log(
    `files: ${files.length}, HOT templates: ${templates}, refused with a diagnostic (not a template): ${n('not-a-template')}, import failed: ${n('import-failed')}`,
  );
  console.log(
    `round-trip exactly: ${exact}/${templates} (${pct(exact)}); up to unused parameters: ${upToUnused}/${templates} (${pct(upToUnused)}); differ: ${n('differs')}`,
  );
  console.log(
    `import diagnostics: ${[...codes]
      .sort((a, b) => b[1] - a[1])
      .map(([c, k]) => `${c} ${k}`)
      .join(', ')}`,
  );
  console.log(
    `time per file (import + compile + compare): median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2)} ms, max ${sorted[sorted.length - 1]!.toFixed(2)} ms, total ${total.toFixed(0)} ms`,
  );
}

await main();
