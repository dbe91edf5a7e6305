import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCatalog } from '../../shared/catalog/catalog';
import { compile } from '../../shared/compile/compile';
import type { HotMap } from '../../shared/design/model';
import { ImportCodes } from '../../shared/import/codes';
import { importTemplates } from '../../shared/import/importTemplates';
import { parseTemplateText } from '../../shared/import/parseText';
import { corpusFiles, defaultCorpusDir } from '../support/corpus';

/**
 * The corpus templates imported several at a time, one lane each: ids, parameters and outputs clash across lanes
 * (many templates have a `server`, an `image`...), so this exercises the renames at scale. Each lane must compile back
 * to a template with the same resources (types, up to renamed ids) and parameters, and no cross-region wiring may
 * appear that the importer did not report.
 */
const corpus = defaultCorpusDir;
const present = existsSync(corpus);
if (!present) {
  console.warn(
    `[corpus] SKIPPED: the heat-templates corpus is not at ${corpus} (it sits in shared/ beside the clone).`,
  );
  it.skip(`SKIPPED: the heat-templates corpus was not found at ${corpus}`, () => undefined);
}

const LANES = 4;
const types = (t: HotMap | undefined) =>
  Object.values((t?.resources ?? {}) as Record<string, HotMap>)
    .map((r) => String(r.type))
    .sort();
const count = (t: HotMap | undefined, key: string) =>
  Object.keys((t?.[key] ?? {}) as object).length;

describe.skipIf(!present)('heat-templates corpus, several templates per design', () => {
  it(`imports the templates ${LANES} lanes at a time and compiles each lane back to its resources`, async () => {
    const templates = corpusFiles(corpus)
      .map((file) => ({
        file,
        template: parseTemplateText(readFileSync(file, 'utf8'), file).template as
          HotMap | undefined,
      }))
      .filter(
        (t) =>
          t.template !== undefined &&
          typeof t.template === 'object' &&
          'heat_template_version' in t.template,
      );
    expect(templates.length).toBeGreaterThan(80);
    const catalog = makeCatalog({ types: {} }, {});
    let renamed = 0;
    let wiredTotal = 0;
    for (let i = 0; i < templates.length; i += LANES) {
      const group = templates.slice(i, i + LANES);
      const inputs = group.map((t, j) => ({
        laneId: `l${j}`,
        regionName: `R${j}`,
        template: t.template,
      }));
      const { design, diagnostics } = await importTemplates(inputs, { layout: false });
      expect(design).not.toBeNull();
      renamed += diagnostics.filter((d) => d.code === ImportCodes.RESOURCE_RENAMED).length;
      const wired = diagnostics.filter((d) => d.code === ImportCodes.WIRED).length;
      wiredTotal += wired;
      const result = compile(design!, catalog);
      expect(result.plan.inputs.length).toBeLessThanOrEqual(wired);
      group.forEach((t, j) => {
        const back = result.templates[`l${j}`];
        const where = `${path.relative(corpus, t.file)} as lane l${j}`;
        expect({ where, types: types(back) }).toEqual({ where, types: types(t.template) });
        // parameters the original uses come back (possibly renamed), and no more than the original declares
        expect({
          where,
          n: count(back, 'parameters') <= count(t.template, 'parameters') + wired,
        }).toEqual({ where, n: true });
        expect({ where, outputs: count(back, 'outputs') }).toEqual({
          where,
          outputs: count(t.template, 'outputs'),
        });
      });
    }
    console.info(
      `[corpus] ${templates.length} templates in designs of ${LANES} lanes: ${renamed} resource ids renamed, ${wiredTotal} parameters wired`,
    );
    expect(renamed).toBeGreaterThan(20); // the corpus does clash a lot: the renames were exercised
  });
});
