import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../electron/catalog/bundled';
import { exportFiles } from '../../electron/files/exportFolder';
import { compile } from '../../shared/compile/compile';
import { parseHot } from '../../shared/design/hotYaml';
import type { HotMap } from '../../shared/design/model';
import { parseDesign } from '../../shared/design/parse';
import { serializeDesign } from '../../shared/design/serialize';
import { HANG_MS, runFuzz } from '../support/fuzzRun';

/**
 * Issue 14: hostile input never crashes, hangs or escapes. The reported crashes first, each as a test; then a
 * seeded fuzz run over the loader, the importer and the exporter (FUZZ_INPUTS raises the count; the long run is
 * bench/hostile.ts).
 */

const catalog = bundledCatalog();

const design = (lane: string, resource: string) =>
  [
    'isotherm: 1',
    'name: t',
    'heat_template_version: 2021-04-16',
    'regions:',
    `  ${JSON.stringify(lane)}: {region_name: RegionOne}`,
    '  west: {region_name: RegionTwo}',
    'resources:',
    `  ${JSON.stringify(resource)}: {type: OS::Heat::RandomString, region: ${JSON.stringify(lane)}}`,
    `  app: {type: OS::Heat::Value, region: west, properties: {value: {get_attr: [${JSON.stringify(resource)}, value]}}}`,
    '',
  ].join('\n');

describe('reported crashes', () => {
  for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty']) {
    it(`exportFiles with ${key} as a lane id and as a resource id (was: earlier.forEach is not a function)`, () => {
      for (const text of [design(key, 'db'), design('east', key)]) {
        const parsed = parseDesign(text);
        expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const result = compile(parsed.design!, catalog);
        const exported = exportFiles(parsed.design!, result, { nested: true });
        const lane = text === design(key, 'db') ? key : 'east';
        expect(exported.files.map((f) => f.name)).toContain(`${lane}.yaml`);
        expect(serializeDesign(parsed.design!)).toContain(JSON.stringify(key).slice(1, -1));
        expect(Object.getPrototypeOf(result.templates[lane])).toBe(Object.prototype);
        expect(({} as Record<string, unknown>)['region_name']).toBeUndefined();
      }
    });
  }

  it('a long chain of cross-lane references compiles (was: quadratic secret detection, >10 s)', () => {
    const lines = [
      'isotherm: 1',
      'name: chain',
      'regions:',
      '  a: {region_name: R1}',
      '  b: {region_name: R2}',
      'resources:',
    ];
    for (let i = 0; i < 3000; i++)
      lines.push(
        `  r${i}: {type: OS::Heat::Value, region: ${i % 2 === 0 ? 'a' : 'b'}, properties: {value: ${i === 0 ? 'x' : `{get_attr: [r${i - 1}, value]}`}}}`,
      );
    const parsed = parseDesign(`${lines.join('\n')}\n`);
    const result = compile(parsed.design!, catalog);
    // 3000 resources alternating between two lanes: 1500 passes per lane, over the compile budget
    expect(result.diagnostics.map((d) => d.code)).toContain('E_TOO_LARGE');
    expect(result.diagnostics.find((d) => d.code === 'E_TOO_LARGE')?.path).toEqual(['regions']);
  });
});

describe('regressions found by targeted inputs', () => {
  for (const lane of ['../escape', 'a/b', 'x'.repeat(300), '..']) {
    it(`a lane named ${JSON.stringify(lane.slice(0, 12))} writes no file outside the folder (was: ../escape.yaml, ...yaml, ENAMETOOLONG)`, () => {
      const parsed = parseDesign(design(lane, 'db'));
      const result = compile(parsed.design!, catalog);
      const exported = exportFiles(parsed.design!, result, { nested: true });
      expect(
        exported.files
          .map((f) => f.name)
          .filter((n) => n.includes('/') || n.length > 255 || n.startsWith('..')),
      ).toEqual([]);
      expect(exported.diagnostics.find((d) => d.code === 'E_EXPORT_FILE_NAME')).toMatchObject({
        severity: 'error',
        path: ['regions', lane],
      });
    });
  }

  for (const kib of [300, 1024, 4096]) {
    it(`a design holding a ${kib} KiB string exports in time, and the string reads back (was: RangeError in js-yaml's dumper)`, () => {
      const big = `${'a'.repeat(kib * 1024 - 12)}"\n'\\: #é\t`;
      const d = parseDesign(design('east', 'db')).design!;
      d.description = big;
      d.resources['blob'] = {
        type: 'OS::Heat::Value',
        region: 'east',
        properties: { value: big },
      };
      const cpu = process.cpuUsage();
      const result = compile(d, catalog);
      const exported = exportFiles(d, result, { nested: true });
      const text = serializeDesign(d);
      const { user, system } = process.cpuUsage(cpu);
      expect(exported.diagnostics).toEqual([]);
      const east = parseHot(exported.files.find((f) => f.name === 'east.yaml')!.content, {
        maxBytes: Infinity,
      }).template!;
      expect(east.description === big).toBe(true);
      expect((east.resources as HotMap)['blob']).toEqual({
        type: 'OS::Heat::Value',
        properties: { value: big },
      });
      const again = parseDesign(text, { maxBytes: Infinity }).design!;
      expect(again.resources['blob']!.properties!['value'] === big).toBe(true);
      expect((user + system) / 1000).toBeLessThan(HANG_MS);
    });
  }

  it('a lane named __proto__ is checked like any lane (was: no region_name, deploy.sh crashed in shellQuote)', () => {
    const text = design('east', 'db').replace(
      '  west: {region_name: RegionTwo}',
      '  west: {region_name: RegionTwo}\n  __proto__: {get_resource: x}',
    );
    const parsed = parseDesign(text);
    expect(parsed.design).toBeNull();
    expect(parsed.diagnostics.map((d) => [d.code, d.path])).toContainEqual([
      'E_FILE_SCHEMA',
      ['regions', '__proto__', 'region_name'],
    ]);
  });

  it('numeric keys at the array-length edge stay map keys (issue: Invalid array length in serializeDesign)', () => {
    for (const key of ['4294967295', '4294967294', '4294967296', '-1', '1e400', 'length']) {
      const parsed = parseDesign(design('east', 'db'));
      const d = parsed.design!;
      d.resources['db']!.properties = { value: { [key]: [1] } };
      d.layout[key] = { x: 1, y: 2 };
      const text = serializeDesign(d, parsed.source);
      expect(parseDesign(text).design!.resources['db']!.properties).toEqual({
        value: { [key]: [1] },
      });
    }
  });
});

describe('fuzz: loader, importer, exporter', () => {
  it('no crash, no hang, no escape, every diagnostic placed', async () => {
    // a few hundred inputs here (about 0.1 s each); the long run (10,000) is bench/hostile.ts
    const count = Number(process.env['FUZZ_INPUTS'] ?? 400);
    const figures = await runFuzz(20261202, count, { writeEvery: 20 });
    console.log(
      `fuzz: ${figures.inputs} inputs, ${figures.crashes} crashes, ${figures.hangs} hangs (> 2 s busy), ${figures.escapes} escapes; slowest ${figures.slowestMs.toFixed(0)} ms (${figures.slowest})`,
    );
    expect(figures.failures).toEqual([]);
    expect(figures).toMatchObject({ inputs: count, crashes: 0, hangs: 0, escapes: 0, pathless: 0 });
  }, 300_000);
});
