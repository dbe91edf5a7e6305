// Issue 13: on the corpus of public OpenStack templates (test/corpus/openstack), every template Isotherm refuses is
// also refused by the real Heat's POST /validate on the local cloud (0 templates Heat accepts are refused).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { bundledCatalog } from '../../electron/catalog/bundled';
import { isOpenStackError } from '../../electron/openstack/errors';
import { parseTemplateText } from '../../shared/import/parseText';
import { isProviderTemplateType } from '../../shared/validate/resourceTypes';
import { CLOUD, describeCloud, testClients } from '../support/cloud';
import { besides } from '../support/corpus';
import { entryFile, judge, openstackManifest } from '../support/openstackCorpus';

/** get_file paths and file-named types of a template, and of the files they name, read from beside it. */
function filesOf(
  file: string,
  text: string,
  out: Record<string, string> = {},
): Record<string, string> {
  const read = besides(file);
  const visit = (v: unknown, key?: string): void => {
    if (Array.isArray(v)) v.forEach((x) => visit(x));
    else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) visit(x, k);
    else if (
      typeof v === 'string' &&
      (key === 'get_file' || (key === 'type' && isProviderTemplateType(v))) &&
      !(v in out)
    ) {
      const content = read(v);
      if (content === undefined) return;
      out[v] = content;
      filesOf(path.resolve(path.dirname(file), v), content, out);
    }
  };
  visit(parseTemplateText(text, file).template);
  return out;
}

describeCloud('OpenStack corpus: what Isotherm refuses, Heat refuses too', () => {
  const clients = testClients();
  const rows: string[] = [];
  const tally = { bothAccept: 0, bothRefuse: 0, heatOnlyRefuses: 0, isothermOnlyRefuses: 0 };
  afterAll(async () => {
    await clients.close();
    console.info(
      `[corpus-openstack] Heat vs Isotherm on ${rows.length} templates: ${JSON.stringify(tally)}\n${rows.join('\n')}`,
    );
  });

  /** Heat's verdict; types whose service the local cloud lacks even with placeholder endpoints are stubbed. */
  async function heatVerdict(file: string): Promise<string | undefined> {
    const text = readFileSync(file, 'utf8');
    const heat = await clients.heat(CLOUD, 'RegionOne');
    const stubbed: Record<string, string> = {};
    for (;;) {
      try {
        await heat.validate({
          template: text,
          files: filesOf(file, text),
          environment: { resource_registry: stubbed },
        });
        return undefined;
      } catch (e) {
        if (!isOpenStackError(e)) throw e;
        const unavailable = /Service \w+ is not available for resource type ([\w:]+)/.exec(
          e.message,
        );
        if (unavailable === null || unavailable[1]! in stubbed) return e.message;
        stubbed[unavailable[1]!] = 'OS::Heat::None';
      }
    }
  }

  for (const entry of openstackManifest()) {
    it(`${entry.repo} ${entry.path}`, async () => {
      const file = entryFile(entry);
      const isotherm = await judge(entry, bundledCatalog());
      const heat = await heatVerdict(file);
      const key = `${heat === undefined ? 'accept' : 'refuse'}/${isotherm.refused ? 'refuse' : 'accept'}`;
      if (key === 'accept/accept') tally.bothAccept++;
      if (key === 'refuse/refuse') tally.bothRefuse++;
      if (key === 'refuse/accept') tally.heatOnlyRefuses++;
      if (key === 'accept/refuse') tally.isothermOnlyRefuses++;
      const why = isotherm.report.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => d.code)
        .join(',');
      rows.push(
        `  heat ${key.replace('/', ', isotherm ')}  ${isotherm.file}${why ? ` [${why}]` : ''}${heat ? `: ${heat.slice(0, 160)}` : ''}`,
      );
      if (isotherm.refused)
        expect(heat, `Heat accepts ${isotherm.file}, Isotherm refuses it`).toBeDefined();
    });
  }
});
