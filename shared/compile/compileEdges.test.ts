import { describe, expect, it } from 'vitest';
import { testCatalog } from '../../test/support/testCatalog';
import { compile } from './compile';
import { testDesign } from '../../test/support/testDesign';

const catalog = testCatalog();

describe('compile: conditions and cross-region references', () => {
  const result = compile(
    testDesign({
      regions: { east: 'R1', west: 'R2' },
      parameters: {
        flag: { type: 'boolean', default: false },
        other: { type: 'string', default: 'x' },
      },
      conditions: {
        on: { equals: [{ get_param: 'flag' }, true] },
        off: { not: 'on' },
        unrelated: { equals: [{ get_param: 'other' }, 'y'] },
      },
      resources: {
        extra: { type: 'OS::Heat::RandomString', region: 'east', condition: 'on' },
        app: {
          type: 'OS::Heat::Value',
          region: 'west',
          condition: 'on',
          properties: { value: { get_attr: ['extra', 'value'] } },
        },
        guarded: {
          type: 'OS::Heat::Value',
          region: 'west',
          properties: { value: { if: ['off', 'none', { get_attr: ['extra', 'value'] }] } },
        },
      },
    }),
    catalog,
  );

  it('gives the generated output the condition of its resource, and declares what it needs', () => {
    const east = result.templates.east!;
    expect(east.outputs).toEqual({
      extra_value: {
        description: 'Isotherm: value for region west',
        value: { get_attr: ['extra', 'value'] },
        condition: 'on',
      },
    });
    expect(east.conditions).toEqual({ on: { equals: [{ get_param: 'flag' }, true] } });
    expect(east.parameters).toEqual({ flag: { type: 'boolean', default: false } });
  });

  it('gives the receiving parameter a default, so the stack deploys when the output is absent', () => {
    const west = result.templates.west!;
    expect(west.parameters).toEqual({
      flag: { type: 'boolean', default: false },
      extra_value: {
        type: 'string',
        description: 'Isotherm: output extra_value of region east',
        default: '',
        hidden: true,
      },
    });
    // `off` is used by `if` and refers to `on`: both are declared, `unrelated` is not
    expect(west.conditions).toEqual({
      on: { equals: [{ get_param: 'flag' }, true] },
      off: { not: 'on' },
    });
    expect(west.resources).toMatchObject({
      guarded: { properties: { value: { if: ['off', 'none', { get_param: 'extra_value' }] } } },
      app: { condition: 'on' },
    });
    expect(result.plan.inputs).toEqual([
      {
        lane: 'west',
        parameter: 'extra_value',
        fromLane: 'east',
        output: 'extra_value',
        pass: 1,
        optional: true,
      },
    ]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('compile: naming', () => {
  it('avoids design parameter and output names, deduplicates, sanitizes', () => {
    const result = compile(
      testDesign({
        regions: { east: 'R1', west: 'R2' },
        parameters: { db_value: { type: 'string', default: 'taken' } },
        resources: {
          db: { type: 'OS::Heat::RandomString', region: 'east' },
          group: {
            type: 'OS::Heat::ResourceGroup',
            region: 'east',
            properties: { resource_def: { type: 'OS::Heat::None' } },
          },
          a: {
            type: 'OS::Heat::Value',
            region: 'west',
            properties: {
              value: [
                { get_attr: ['db', 'value'] },
                { get_attr: ['db', 'value'] },
                { get_param: 'db_value' },
              ],
            },
          },
          b: {
            type: 'OS::Heat::Value',
            region: 'west',
            properties: { value: { get_attr: ['group', 'resource.0', 'value'] } },
          },
        },
        outputs: { db_id: { value: { get_resource: 'db' }, region: 'west' } },
      }),
      catalog,
    );
    expect(result.templates.west!.resources).toMatchObject({
      a: {
        properties: {
          value: [
            { get_param: 'db_value_2' },
            { get_param: 'db_value_2' },
            { get_param: 'db_value' },
          ],
        },
      },
      b: { properties: { value: { get_param: 'group_resource_0_value' } } },
    });
    expect(result.templates.west!.outputs).toEqual({ db_id: { value: { get_param: 'db_id_2' } } });
    expect(Object.keys(result.templates.east!.outputs as object)).toEqual([
      'db_id_2',
      'db_value_2',
      'group_resource_0_value',
    ]);
    expect(result.plan.inputs.map((i) => i.parameter)).toEqual([
      'db_id_2',
      'db_value_2',
      'group_resource_0_value',
    ]);
  });

  it('maps the attribute type to the parameter type', () => {
    const result = compile(
      testDesign({
        regions: { east: 'R1', west: 'R2' },
        resources: {
          net: { type: 'OS::Neutron::Net', region: 'east' },
          v: {
            type: 'OS::Heat::Value',
            region: 'west',
            properties: {
              value: [
                { get_attr: ['net', 'subnets'] },
                { get_attr: ['net', 'mtu'] },
                { get_attr: ['net', 'admin_state_up'] },
                { get_attr: ['net', 'subnets', 0] },
                { get_attr: ['net'] },
                { get_resource: 'net' },
              ],
            },
          },
        },
      }),
      catalog,
    );
    const types = Object.fromEntries(
      Object.entries(result.templates.west!.parameters as Record<string, { type: string }>).map(
        ([k, v]) => [k, v.type],
      ),
    );
    expect(types).toEqual({
      net_subnets: 'json',
      net_mtu: 'number',
      net_admin_state_up: 'string',
      net_subnets_0: 'string',
      net_attributes: 'json',
      net_id: 'string',
    });
  });
});

describe('compile: dynamic attribute paths', () => {
  it('names the value after the parameter and declares that parameter in the source template', () => {
    const result = compile(
      testDesign({
        regions: { east: 'R1', west: 'R2' },
        parameters: { key: { type: 'string', default: 'ip' } },
        resources: {
          child: {
            type: 'OS::Heat::Stack',
            region: 'east',
            properties: { template: 'heat_template_version: 2021-04-16' },
          },
          v: {
            type: 'OS::Heat::Value',
            region: 'west',
            properties: { value: { get_attr: ['child', 'outputs', { get_param: 'key' }] } },
          },
        },
      }),
      catalog,
    );
    expect(result.templates.east!.outputs).toEqual({
      child_outputs_key: {
        description: 'Isotherm: value for region west',
        value: { get_attr: ['child', 'outputs', { get_param: 'key' }] },
      },
    });
    expect(result.templates.east!.parameters).toEqual({ key: { type: 'string', default: 'ip' } });
    expect(result.templates.west!.parameters).toEqual({
      child_outputs_key: {
        type: 'string',
        description: 'Isotherm: output child_outputs_key of region east',
      },
    });
  });

  it('reports a cross-region get_attr whose path comes from a third region', () => {
    const result = compile(
      testDesign({
        regions: { east: 'R1', west: 'R2' },
        resources: {
          child: { type: 'OS::Heat::Stack', region: 'east', properties: { template: 't' } },
          name: { type: 'OS::Heat::Value', region: 'west', properties: { value: 'ip' } },
          v: {
            type: 'OS::Heat::Value',
            region: 'west',
            properties: {
              value: { get_attr: ['child', 'outputs', { get_attr: ['name', 'value'] }] },
            },
          },
        },
      }),
      catalog,
    );
    expect(result.diagnostics.map((d) => d.code)).toEqual(['E_CROSS_REGION_ARGUMENT']);
  });
});

describe('compile: outputs', () => {
  it('places an output spanning regions in one of them, with a warning, and still plans correctly', () => {
    const result = compile(
      testDesign({
        regions: { east: 'R1', west: 'R2' },
        resources: {
          a: { type: 'OS::Heat::RandomString', region: 'east' },
          b: {
            type: 'OS::Heat::Value',
            region: 'west',
            properties: { value: { get_attr: ['a', 'value'] } },
          },
        },
        outputs: {
          both: {
            value: {
              list_join: [',', [{ get_attr: ['b', 'value'] }, { get_attr: ['a', 'value'] }]],
            },
          },
        },
      }),
      catalog,
    );
    expect(result.diagnostics.map((d) => d.code)).toEqual(['W_OUTPUT_SPANS_REGIONS']);
    expect(result.templates.west!.outputs).toEqual({
      both: {
        value: { list_join: [',', [{ get_attr: ['b', 'value'] }, { get_param: 'a_value' }]] },
      },
    });
    expect(result.plan.waves.map((w) => w.map((s) => s.lane))).toEqual([['east'], ['west']]);
  });

  it('needs another pass when an output reads a region that depends on its own', () => {
    const result = compile(
      testDesign({
        regions: { a: 'R1', b: 'R2' },
        resources: {
          a1: { type: 'OS::Heat::RandomString', region: 'a' },
          b1: {
            type: 'OS::Heat::Value',
            region: 'b',
            properties: { value: { get_attr: ['a1', 'value'] } },
          },
        },
        outputs: { o: { value: { get_attr: ['b1', 'value'] }, region: 'a' } },
      }),
      catalog,
    );
    expect(result.plan.waves.map((w) => w.map((s) => `${s.lane}#${s.pass}`))).toEqual([
      ['a#1'],
      ['b#1'],
      ['a#2'],
    ]);
    expect(result.passTemplates.a![0]!.outputs).toEqual({
      a1_value: {
        description: 'Isotherm: value for region b',
        value: { get_attr: ['a1', 'value'] },
      },
    });
    expect(result.templates.a!.outputs).toMatchObject({ o: { value: { get_param: 'b1_value' } } });
  });

  it('names the consumers of a value the same way whatever the order of the lanes', () => {
    const templateWithLanes = (lanes: Record<string, string>) =>
      compile(
        testDesign({
          regions: lanes,
          resources: {
            net: { type: 'OS::Heat::RandomString', region: 'hub' },
            left: {
              type: 'OS::Heat::Value',
              region: 'b',
              properties: { value: { get_resource: 'net' } },
            },
            right: {
              type: 'OS::Heat::Value',
              region: 'a',
              properties: { value: { get_resource: 'net' } },
            },
          },
        }),
        catalog,
      ).templates.hub!;
    const inOrder = templateWithLanes({ hub: 'R1', a: 'R2', b: 'R3' });
    expect(inOrder.outputs).toEqual({
      net_id: { description: 'Isotherm: value for regions a, b', value: { get_resource: 'net' } },
    });
    expect(templateWithLanes({ b: 'R3', hub: 'R1', a: 'R2' })).toEqual(inOrder);
  });
});
