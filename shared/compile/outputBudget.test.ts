import { describe, expect, it } from 'vitest';
import { testCatalog } from '../../test/support/testCatalog';
import { testDesign } from '../../test/support/testDesign';
import type { DesignResource } from '../design/model';
import { dumpHot } from '../design/hotYaml';
import { compile } from './compile';
import { deployScript } from './deployScript';
import { MAX_OUTPUT_CHARS, planTextSize, resourcesText, textSize } from './outputBudget';

const catalog = testCatalog();

/** `n` resources over `lanes` lanes, each reading the previous one: a cycle of lanes, so n / lanes passes each. */
function chain(n: number, lanes: number, value: (i: number) => string = () => 'x') {
  const regions: Record<string, string> = {};
  for (let l = 0; l < lanes; l++) regions[`l${l}`] = 'RegionOne';
  const resources: Record<string, DesignResource> = {};
  for (let i = 0; i < n; i++)
    resources[`r${i}`] = {
      type: 'OS::Heat::Value',
      region: `l${i % lanes}`,
      properties: {
        value:
          i === 0 ? value(i) : { list_join: [value(i), [{ get_attr: [`r${i - 1}`, 'value'] }]] },
      },
    };
  return testDesign({ regions, resources });
}

const tooLarge = (result: ReturnType<typeof compile>) =>
  result.diagnostics.filter((d) => d.code === 'E_TOO_LARGE');

describe('the output budget (issue 14: export stalled for seconds on text copied into every template)', () => {
  it('a long description copied into hundreds of pass templates is refused, naming the description', () => {
    const design = chain(400, 20);
    design.description = 'd'.repeat(200_000);
    const result = compile(design, catalog);
    expect(tooLarge(result)).toMatchObject([{ severity: 'error', path: ['description'] }]);
    expect(tooLarge(result)[0]!.message).toContain('copied into each of its 400 templates');
    expect(result.plan.stacks).toEqual([]);
    expect(Object.keys(result.templates)).toEqual([]);
  });

  it('a long design name repeated in every step of deploy.sh is refused, naming the name', () => {
    const design = chain(600, 60);
    design.name = 'n'.repeat(20_000);
    expect(tooLarge(compile(design, catalog))).toMatchObject([{ path: ['name'] }]);
    design.regions[0]!.stack = 's'.repeat(40_000);
    expect(tooLarge(compile(design, catalog))).toMatchObject([
      { path: ['regions', 'l0', 'stack'] },
    ]);
  });

  it('large values in a lane of many passes are refused, naming the lane', () => {
    const design = chain(150, 3, (i) => (i % 3 === 1 ? 'v'.repeat(15_000) : 'x'));
    expect(tooLarge(compile(design, catalog))).toMatchObject([{ path: ['regions', 'l1'] }]);
  });

  it('a resource of 100,000 references in a lane of 100 passes is refused before it is copied', () => {
    const design = chain(200, 2);
    design.resources['r1']!.properties = {
      value: Array.from({ length: 100_000 }, () => ({ get_attr: ['r0', 'value'] })),
    };
    const cpu = process.cpuUsage();
    const result = compile(design, catalog);
    const { user, system } = process.cpuUsage(cpu);
    expect(tooLarge(result)).toMatchObject([{ path: ['regions', 'l1'] }]);
    expect(tooLarge(result)[0]!.message).toContain("lane l1's 100 templates");
    expect((user + system) / 1000).toBeLessThan(2_000);
  });

  it('counts a resource once per template it will be in, before any is built', () => {
    const design = chain(4, 2, (i) => (i === 0 ? 'v'.repeat(1000) : 'x'));
    const lanes = resourcesText(
      design,
      [{ lane: 'l0', passes: 3, resources: [{ id: 'r0', copies: 3 }] }],
      Infinity,
    );
    const one = textSize(design.resources['r0']);
    expect(lanes).toEqual([{ lane: 'l0', count: 3, size: 3 * one + 3 * 'shop'.length }]);
  });

  it('one string of megabytes is no reason to refuse', () => {
    const design = chain(3, 1, (i) => (i === 0 ? 'm'.repeat(4 * 1024 * 1024) : 'x'));
    const result = compile(design, catalog);
    expect(result.diagnostics).toEqual([]);
    expect(dumpHot(result.templates['l0']!)).toContain('m'.repeat(1000));
  });

  it('estimates the text within a factor of two of what export writes', () => {
    const design = chain(400, 20);
    design.name = 'n'.repeat(100);
    const result = compile(design, catalog);
    expect(tooLarge(result)).toEqual([]);
    const templates = Object.keys(result.templates).flatMap((lane) => [
      ...(result.passTemplates[lane] ?? []),
      result.templates[lane]!,
    ]);
    const written = templates.reduce((n, t) => n + dumpHot(t).length, 0);
    const estimated = templates.reduce((n, t) => n + textSize(t), 0);
    expect(estimated / written).toBeGreaterThan(0.5);
    expect(estimated / written).toBeLessThan(2);
    const script = deployScript(result.plan).length;
    expect(planTextSize(result.plan) / script).toBeGreaterThan(0.5);
    expect(planTextSize(result.plan) / script).toBeLessThan(2);
    expect(written + script).toBeLessThan(MAX_OUTPUT_CHARS);
  });

  it('textSize stops counting past its limit', () => {
    const big = Array.from({ length: 1000 }, () => 'x'.repeat(1000));
    expect(textSize(big)).toBeGreaterThan(1_000_000);
    expect(textSize(big, 10_000)).toBeLessThan(20_000);
  });
});
