import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { compile } from '../compile/compile';
import type { HotMap } from '../design/model';
import { parseDesign } from '../design/parse';
import { serializeDesign } from '../design/serialize';
import { validate } from '../validate/validate';
import { testCatalog } from '../../test/support/testCatalog';
import { importTemplates } from './importTemplates';

const catalog = testCatalog();

/** Every key HOT lets a template leave empty, written as null (and an empty depends_on list). */
const TEMPLATE = `heat_template_version: 2021-04-16
description: null
parameter_groups: null
parameters:
  size:
    type: string
    default: null
    description: null
conditions: null
resources:
  bare:
    type: OS::Heat::None
    properties: null
    depends_on: null
    condition: null
    metadata: null
    update_policy: null
    deletion_policy: null
    external_id: null
  used:
    type: OS::Heat::None
    depends_on: []
    properties:
      size: {get_param: size}
outputs:
  id:
    description: null
    value: {get_resource: bare}
    condition: null
`;

/** A template whose every map section is written as null. */
const EMPTY = `heat_template_version: 2021-04-16
parameters: null
resources: null
outputs: null
`;

async function imported(text = TEMPLATE) {
  const template = load(text) as HotMap;
  const result = await importTemplates([{ laneId: 'main', regionName: 'RegionOne', template }], {
    catalog,
    layout: false,
  });
  return { template, result };
}

describe('import keeps keys written as null', () => {
  it('compile gives back exactly the template (no key dropped, none added)', async () => {
    const { template, result } = await imported();
    expect(result.diagnostics).toEqual([]);
    const compiled = compile(result.design!, catalog);
    expect(compiled.templates.main).toStrictEqual(template);
  });

  it('keeps map sections written as null, through the design file too', async () => {
    const { template, result } = await imported(EMPTY);
    expect(compile(result.design!, catalog).templates.main).toStrictEqual({
      ...template,
      description: 'Isotherm design imported, region main', // the compiler's, as for any template without one
    });
    const text = serializeDesign(result.design!);
    expect(text).toContain('parameters: null\nresources: null\noutputs: null\n');
    const parsed = parseDesign(text);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.design).toStrictEqual(result.design);
  });

  it('keeps them through the design file too, and validation treats them as absent', async () => {
    const { template, result } = await imported();
    const text = serializeDesign(result.design!);
    expect(text).toContain('    properties: null\n    depends_on: null\n');
    const parsed = parseDesign(text);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.design).toStrictEqual(result.design);
    expect(compile(parsed.design!, catalog).templates.main).toStrictEqual(template);
    expect(validate(parsed.design!, catalog).filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
