// Golden files: every example design in assets/examples compiles to exactly the files in test/golden/<example>/
// (each lane's template, earlier-pass templates, plan.json, deploy.sh, and parent.yaml where model 2 is possible).
//
// After an intended change to the compiler, the export or an example, rewrite the goldens and review the diff:
//   UPDATE_GOLDEN=1 npx vitest run --project unit test/unit/examples.test.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportFiles } from '../../electron/files/exportFolder';
import { bundledCatalog } from '../../electron/catalog/bundled';
import { compile } from '../../shared/compile/compile';
import { exportNested } from '../../shared/compile/nested';
import { parseDesign } from '../../shared/design/parse';
import { formatDiagnostic } from '../../shared/util/diagnostics';
import { validate } from '../../shared/validate/validate';

const examplesDir = fileURLToPath(new URL('../../assets/examples/', import.meta.url));
const goldenDir = fileURLToPath(new URL('../golden/', import.meta.url));
const update = process.env.UPDATE_GOLDEN === '1';
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.isotherm.yaml'))
  .map((f) => f.replace(/\.isotherm\.yaml$/, ''))
  .sort();

function load(example: string) {
  const parsed = parseDesign(readFileSync(`${examplesDir}${example}.isotherm.yaml`, 'utf8'));
  expect(parsed.diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(parsed.design).not.toBeNull();
  return parsed.design!;
}

describe('example designs', () => {
  it('are at least the five the product promises', () => {
    for (const name of [
      'web-two-regions',
      'hub-and-spoke',
      'site-to-site-vpn',
      'heat-only',
      'three-region-chain',
    ]) {
      expect(examples).toContain(name);
    }
  });

  it.each(examples)(
    '%s has a description, a tidy layout for every resource, and validates without errors or warnings',
    (example) => {
      const design = load(example);
      expect(design.description?.length ?? 0).toBeGreaterThan(20);
      expect(Object.keys(design.layout).sort()).toEqual(Object.keys(design.resources).sort());
      // lane-relative positions below the lane header, no two nodes (180x56) of a lane overlapping
      const ids = Object.keys(design.resources);
      for (const [i, a] of ids.entries()) {
        const pa = design.layout[a]!;
        expect(pa.x, a).toBeGreaterThanOrEqual(0);
        expect(pa.y, a).toBeGreaterThanOrEqual(40);
        for (const b of ids.slice(i + 1)) {
          const pb = design.layout[b]!;
          const apart = Math.abs(pa.x - pb.x) >= 180 || Math.abs(pa.y - pb.y) >= 56;
          expect(
            apart || design.resources[a]!.region !== design.resources[b]!.region,
            `${a} overlaps ${b}`,
          ).toBe(true);
        }
      }
      expect(validate(design, bundledCatalog()).map(formatDiagnostic)).toEqual([]);
    },
  );

  it.each(examples)('%s compiles to its golden files', (example) => {
    const design = load(example);
    const result = compile(design, bundledCatalog());
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
    const nested = exportNested(design, result).diagnostics.length === 0;
    const { files, diagnostics } = exportFiles(design, result, { nested });
    expect(diagnostics.map(formatDiagnostic)).toEqual([]);
    const dir = `${goldenDir}${example}/`;
    if (update) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const f of files) writeFileSync(`${dir}${f.name}`, f.content);
    }
    expect(existsSync(dir), `no goldens for ${example}: run with UPDATE_GOLDEN=1`).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(files.map((f) => f.name).sort());
    for (const f of files)
      expect(f.content, `${example}/${f.name}`).toBe(readFileSync(`${dir}${f.name}`, 'utf8'));
  });
});
