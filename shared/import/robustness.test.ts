import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dump } from 'js-yaml';
import type { HotValue } from '../design/model';
import { importNested } from './importNested';
import { importTemplates } from './importTemplates';

/** Values shaped like pieces of HOT, with intrinsic functions and wrong types mixed in. */
const hotish: fc.Arbitrary<HotValue> = fc.letrec<{ v: HotValue }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom<HotValue>(null, true, 0, 'a', 'OS::Heat::None', 'outputs', 'x', ''),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom(
        'a',
        'b',
        'x',
        'type',
        'value',
        'properties',
        'depends_on',
        'condition',
        'parameters',
        'outputs',
      ),
      tie('v'),
      { maxKeys: 3 },
    ),
    tie('v').map((v) => ({ get_param: v })),
    tie('v').map((v) => ({ get_resource: v })),
    fc.array(tie('v'), { maxLength: 3 }).map((v) => ({ get_attr: ['a', ...v] })),
    fc.array(tie('v'), { maxLength: 3 }).map((v) => ({ if: v })),
    tie('v').map((v) => ({ get_file: v })),
  ),
})).v;

const templateish = fc.record(
  {
    heat_template_version: fc.constantFrom<HotValue>('2021-04-16', 'rocky', 3, null),
    description: hotish,
    parameters: fc.dictionary(fc.constantFrom('a', 'b', 'x'), hotish, { maxKeys: 3 }),
    parameter_groups: hotish,
    conditions: fc.dictionary(fc.constantFrom('c', 'd'), hotish, { maxKeys: 2 }),
    resources: fc.dictionary(fc.constantFrom('a', 'b', 'x', 'outputs'), hotish, { maxKeys: 4 }),
    outputs: fc.dictionary(fc.constantFrom('a', 'o', 'x'), hotish, { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);

describe('import never throws', () => {
  it('on arbitrary values and template-shaped garbage', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(templateish, fc.jsonValue() as fc.Arbitrary<HotValue>), {
          minLength: 0,
          maxLength: 3,
        }),
        async (templates) => {
          const result = await importTemplates(
            templates.map((template, i) => ({ laneId: `r${i % 2}`, regionName: 'R', template })),
            { layout: templates.length === 1 } /* elk is the slow part: lay out some runs only */,
          );
          expect(
            result.design !== null || result.diagnostics.some((d) => d.severity === 'error'),
          ).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on model-2 parents with garbage stacks and children', async () => {
    const stack = fc.record({
      type: fc.constant('OS::Heat::Stack'),
      properties: fc.record({
        context: fc.record({ region_name: hotish }),
        template: fc.oneof(fc.constant({ get_file: 'c.yaml' }), hotish),
        parameters: hotish,
      }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('s1', 's2', 'a'), fc.oneof(stack, hotish), { maxKeys: 3 }),
        templateish,
        hotish,
        async (resources, child, outputs) => {
          const parent = { heat_template_version: '2021-04-16', resources, outputs } as HotValue;
          const result = await importNested(
            dump(parent),
            (p) => (p === 'c.yaml' ? dump(child) : undefined),
            { layout: false },
          );
          expect(
            result.design !== null || result.diagnostics.some((d) => d.severity === 'error'),
          ).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
