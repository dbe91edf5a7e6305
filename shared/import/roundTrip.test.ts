import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile';
import { exportNested } from '../compile/nested';
import type { Design, HotMap } from '../design/model';
import { parseDesign } from '../design/parse';
import { testCatalog } from '../../test/support/testCatalog';
import { compareTemplates } from './compareTemplates';
import { importNested } from './importNested';
import { importTemplates } from './importTemplates';
import { designArb } from '../../test/support/testArbitraries';

const catalog = testCatalog();
const examples = new URL('../../assets/examples/', import.meta.url);

function inputsOf(design: Design, templates: Record<string, HotMap>) {
  return design.regions.map((r) => ({
    laneId: r.id,
    regionName: r.region_name,
    template: templates[r.id]!,
    ...(r.cloud !== undefined ? { cloud: r.cloud } : {}),
  }));
}

/** compile(import(compile(design).templates)) per lane, compared with compile(design). */
async function viaTemplates(design: Design) {
  const first = compile(design, catalog);
  const imported = await importTemplates(inputsOf(design, first.templates), {
    name: design.name,
    layout: false,
  });
  const second = compile(imported.design!, catalog);
  return { first, second, imported };
}

function expectSameTemplates(design: Design, a: Record<string, HotMap>, b: Record<string, HotMap>) {
  for (const r of design.regions)
    expect({ lane: r.id, differences: compareTemplates(a[r.id]!, b[r.id]!) }).toEqual({
      lane: r.id,
      differences: [],
    });
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
}

describe('round trip through the compiler: the example designs', () => {
  const files = readdirSync(examples).filter((f) => f.endsWith('.isotherm.yaml'));
  it('has examples to work on', () => expect(files.length).toBeGreaterThanOrEqual(5));

  for (const file of files) {
    const { design } = parseDesign(readFileSync(new URL(file, examples), 'utf8'));

    it(`${file}: per-region templates -> design -> the same templates`, async () => {
      const { first, second, imported } = await viaTemplates(design!);
      expectSameTemplates(design!, first.templates, second.templates);
      expect(first.templates).toEqual(second.templates); // even the key order
      expect(imported.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
      expect(second.plan).toEqual(first.plan);
    });

    it(`${file}: model-2 parent -> design -> the same templates (where model 2 is possible)`, async () => {
      const first = compile(design!, catalog);
      const nested = exportNested(design!, first);
      if (nested.diagnostics.some((d) => d.severity === 'error')) {
        expect(first.plan.stacks.some((s) => s.passes > 1)).toBe(true); // only the region-cycle designs
        return;
      }
      const files = Object.fromEntries(
        Object.entries(nested.files).map(([name, t]) => [name, dump(t)]),
      );
      const { design: back, diagnostics } = await importNested(
        dump(nested.parent),
        (p) => files[p],
        { name: design!.name, layout: false },
      );
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      // the parent lists the stacks in wave order, so the lanes come back in that order
      const lanes = (d: Design) =>
        d.regions
          .map((r) => ({ id: r.id, region_name: r.region_name }))
          .sort((a, b) => a.id.localeCompare(b.id));
      expect(lanes(back!)).toEqual(lanes(design!));
      expectSameTemplates(design!, first.templates, compile(back!, catalog).templates);
    });
  }
});

describe('round trip through the compiler: random designs', () => {
  it('import(compile(d).templates) compiles to the same templates as d', async () => {
    await fc.assert(
      fc.asyncProperty(designArb, async (design) => {
        const { first, second } = await viaTemplates(design);
        expect(second.templates).toEqual(first.templates);
        expect(second.plan.inputs).toEqual(first.plan.inputs);
      }),
      { numRuns: 150 },
    );
  });

  it('the same through a model-2 parent (exportNested -> importNested)', async () => {
    await fc.assert(
      fc.asyncProperty(designArb, async (design) => {
        const first = compile(design, catalog);
        const nested = exportNested(design, first);
        const files = Object.fromEntries(
          Object.entries(nested.files).map(([name, t]) => [name, dump(t)]),
        );
        const { design: back } = await importNested(nested.parent, (p) => files[p], {
          name: design.name,
          layout: false,
        });
        expect(compile(back!, catalog).templates).toEqual(first.templates);
      }),
      { numRuns: 100 },
    );
  });
});
