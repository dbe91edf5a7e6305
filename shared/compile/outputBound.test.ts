import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { designArbitrary } from '../../test/support/arbitraries';
import { testCatalog } from '../../test/support/testCatalog';
import { testDesign } from '../../test/support/testDesign';
import type { Design, DesignResource, HotMap } from '../design/model';
import { compile, outputTextBound } from './compile';
import { MAX_OUTPUT_CHARS, planTextSize, textSize } from './outputBudget';

const catalog = testCatalog();

/** What the post-build walk counts: every template's text. */
function templatesText(result: ReturnType<typeof compile>): number {
  const all = [...Object.values(result.templates), ...Object.values(result.passTemplates).flat()];
  return all.reduce((n, t) => n + textSize(t), 0);
}

/** `lanes` lanes of one resource each, reading parameter `prefix` (declared in every template) and the lane before. */
function lanesReading(lanes: number, prefix: HotMap): Design {
  const regions: Record<string, string> = {};
  const resources: Record<string, DesignResource> = {};
  for (let l = 0; l < lanes; l++) {
    regions[`l${l}`] = 'RegionOne';
    const before = l === 0 ? 'none' : { get_attr: [`v${l - 1}`, 'value'] };
    resources[`v${l}`] = {
      type: 'OS::Heat::Value',
      region: `l${l}`,
      properties: { value: { list_join: ['-', [{ get_param: 'prefix' }, before]] } },
    };
  }
  return testDesign({ regions, resources, parameters: { prefix } });
}

/** A chain of `n` resources over `lanes` lanes in a cycle: n / lanes passes per lane (as outputBudget.test.ts). */
function chain(n: number, lanes: number): Design {
  const design = lanesReading(lanes, { type: 'string' });
  for (let i = lanes; i < n; i++)
    design.resources[`v${i}`] = {
      type: 'OS::Heat::Value',
      region: `l${i % lanes}`,
      properties: { value: { get_attr: [`v${i - 1}`, 'value'] } },
    };
  return design;
}

const tooLarge = (result: ReturnType<typeof compile>) =>
  result.diagnostics.filter((d) => d.code === 'E_TOO_LARGE');

describe('the bound on the output text that lets compile skip walking its templates', () => {
  it('is at least what the walk counts, on any design', () => {
    fc.assert(
      fc.property(designArbitrary({ maxResources: 8 }), (design) => {
        const result = compile(design, catalog);
        if (tooLarge(result).length === 0)
          expect(outputTextBound(design, catalog)).toBeGreaterThanOrEqual(templatesText(result));
      }),
      { numRuns: 40 },
    );
  });

  it('is at least what the walk counts, and within twice of it, over lanes deployed in passes', () => {
    const design = chain(400, 20);
    const result = compile(design, catalog);
    expect(Object.values(result.passTemplates).flat().length).toBeGreaterThan(100);
    const walked = templatesText(result);
    expect(outputTextBound(design, catalog)).toBeGreaterThanOrEqual(walked);
    expect(outputTextBound(design, catalog)).toBeLessThan(2 * walked);
  });

  it('a normal design: its templates are not walked (shared values are read once, however many templates)', () => {
    const reads = (lanes: number) => {
      let count = 0;
      const prefix = {
        type: 'string',
        get default() {
          count += 1;
          return 'p';
        },
      };
      const result = compile(lanesReading(lanes, prefix), catalog);
      expect(result.diagnostics).toEqual([]);
      expect(Object.keys(result.templates)).toHaveLength(lanes);
      return count;
    };
    expect(reads(30)).toBe(reads(2));
  });

  it('a design just over the budget by values the pre-build count does not see is still refused', () => {
    // the parameter's default is in each of the 40 templates: the resource count before building misses it
    const lanes = 40;
    const withDefault = (n: number) =>
      lanesReading(lanes, { type: 'string', default: 'p'.repeat(n) });
    const empty = compile(withDefault(0), catalog);
    const fixed = templatesText(empty) + planTextSize(empty.plan);
    const justOver = Math.ceil((MAX_OUTPUT_CHARS + 1 - fixed) / lanes);
    const refused = compile(withDefault(justOver), catalog);
    expect(tooLarge(refused)).toMatchObject([{ severity: 'error', path: ['regions', 'l11'] }]);
    expect(refused.plan.stacks).toEqual([]);
    const within = compile(withDefault(justOver - 1), catalog);
    expect(tooLarge(within)).toEqual([]);
    expect(templatesText(within) + planTextSize(within.plan)).toBeLessThanOrEqual(MAX_OUTPUT_CHARS);
  });
});
