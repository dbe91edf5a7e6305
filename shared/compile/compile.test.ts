import { describe, expect, it } from 'vitest';
import { testCatalog } from '../../test/support/testCatalog';
import { compile } from './compile';
import { testDesign } from '../../test/support/testDesign';

const catalog = testCatalog();

describe('compile: cross-region references', () => {
  const design = testDesign({
    regions: { east: 'RegionOne', west: 'RegionTwo' },
    parameters: { prefix: { type: 'string', default: 'x' }, unused: { type: 'string' } },
    resources: {
      db: { type: 'OS::Heat::RandomString', region: 'east', properties: { length: 12 } },
      net: { type: 'OS::Neutron::Net', region: 'east' },
      app: {
        type: 'OS::Heat::Value',
        region: 'west',
        properties: {
          value: {
            str_replace: {
              template: 'db=$DB net=$NET',
              params: {
                $DB: { get_attr: ['db', 'value'] },
                $NET: { list_join: [',', [{ get_resource: 'net' }, { get_param: 'prefix' }]] },
              },
            },
          },
        },
      },
      local: {
        type: 'OS::Heat::Value',
        region: 'west',
        properties: { value: { get_attr: ['app', 'value'] } },
      },
      also: {
        type: 'OS::Heat::Value',
        region: 'west',
        properties: { value: { get_attr: ['db', 'value'] } },
      },
    },
    outputs: { secret: { value: { get_attr: ['app', 'value'] } } },
  });
  const result = compile(design, catalog);

  it('turns a nested cross-region get_attr / get_resource into get_param, keeps local references', () => {
    const west = result.templates.west!;
    expect(west.resources).toEqual({
      app: {
        type: 'OS::Heat::Value',
        properties: {
          value: {
            str_replace: {
              template: 'db=$DB net=$NET',
              params: {
                $DB: { get_param: 'db_value' },
                $NET: { list_join: [',', [{ get_param: 'net_id' }, { get_param: 'prefix' }]] },
              },
            },
          },
        },
      },
      local: { type: 'OS::Heat::Value', properties: { value: { get_attr: ['app', 'value'] } } },
      also: { type: 'OS::Heat::Value', properties: { value: { get_param: 'db_value' } } },
    });
    expect(west.parameters).toEqual({
      prefix: { type: 'string', default: 'x' },
      db_value: {
        type: 'string',
        description: 'Isotherm: output db_value of region east',
        hidden: true,
      },
      net_id: { type: 'string', description: 'Isotherm: output net_id of region east' },
    });
    expect(west.outputs).toEqual({ secret: { value: { get_attr: ['app', 'value'] } } });
  });

  it('adds the source outputs, once each, without the region key', () => {
    const east = result.templates.east!;
    expect(east).toEqual({
      heat_template_version: '2021-04-16',
      description: 'Isotherm design shop, region east',
      resources: {
        db: { type: 'OS::Heat::RandomString', properties: { length: 12 } },
        net: { type: 'OS::Neutron::Net' },
      },
      outputs: {
        db_value: {
          description: 'Isotherm: value for region west',
          value: { get_attr: ['db', 'value'] },
        },
        net_id: { description: 'Isotherm: value for region west', value: { get_resource: 'net' } },
      },
    });
  });

  it('plans east before west and lists the inputs', () => {
    expect(result.plan.stacks).toEqual([
      { lane: 'east', regionName: 'RegionOne', stack: 'shop-east', passes: 1 },
      { lane: 'west', regionName: 'RegionTwo', stack: 'shop-west', passes: 1 },
    ]);
    expect(result.plan.waves.map((w) => w.map((s) => `${s.lane}#${s.pass}`))).toEqual([
      ['east#1'],
      ['west#1'],
    ]);
    expect(result.plan.inputs).toEqual([
      { lane: 'west', parameter: 'db_value', fromLane: 'east', output: 'db_value', pass: 1 },
      { lane: 'west', parameter: 'net_id', fromLane: 'east', output: 'net_id', pass: 1 },
    ]);
    expect(result.passTemplates).toEqual({});
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('compile: depends_on across regions', () => {
  const result = compile(
    testDesign({
      regions: { east: 'R1', west: 'R2' },
      resources: {
        a: { type: 'OS::Heat::None', region: 'east' },
        b: { type: 'OS::Heat::None', region: 'west' },
        c: { type: 'OS::Heat::None', region: 'west', depends_on: ['a', 'b'] },
        d: { type: 'OS::Heat::None', region: 'west', depends_on: 'a' },
      },
    }),
    catalog,
  );
  it('drops the cross-region depends_on from the template, adds no parameter, orders the stacks', () => {
    expect(result.templates.west!.resources).toEqual({
      b: { type: 'OS::Heat::None' },
      c: { type: 'OS::Heat::None', depends_on: ['b'] },
      d: { type: 'OS::Heat::None' },
    });
    expect(result.templates.west!.parameters).toBeUndefined();
    expect(result.templates.east!.outputs).toBeUndefined();
    expect(result.plan.inputs).toEqual([]);
    expect(result.plan.waves).toEqual([
      [{ lane: 'east', stack: 'shop-east', pass: 1, dependsOn: [] }],
      [{ lane: 'west', stack: 'shop-west', pass: 1, dependsOn: [{ lane: 'east', pass: 1 }] }],
    ]);
  });
});

describe('compile: regions in a cycle (site-to-site VPN)', () => {
  const side = (lane: string, other: string) => ({
    [`${lane}_gw`]: { type: 'OS::Heat::RandomString', region: lane },
    [`${lane}_conn`]: {
      type: 'OS::Heat::Value',
      region: lane,
      properties: { value: { get_attr: [`${other}_gw`, 'value'] } },
    },
  });
  const result = compile(
    testDesign({
      regions: { east: 'R1', west: 'R2' },
      resources: { ...side('east', 'west'), ...side('west', 'east') },
    }),
    catalog,
  );

  it('deploys each side in two passes', () => {
    expect(result.plan.stacks.map((s) => s.passes)).toEqual([2, 2]);
    expect(result.plan.waves.map((w) => w.map((s) => `${s.lane}#${s.pass}`))).toEqual([
      ['east#1', 'west#1'],
      ['east#2', 'west#2'],
    ]);
  });

  it('pass 1 creates the gateway and exposes it; the final pass adds the connection', () => {
    const pass1 = result.passTemplates.east![0]!;
    expect(Object.keys(pass1.resources as object)).toEqual(['east_gw']);
    expect(pass1.parameters).toBeUndefined();
    expect(pass1.outputs).toEqual({
      east_gw_value: {
        description: 'Isotherm: value for region west',
        value: { get_attr: ['east_gw', 'value'] },
      },
    });
    const final = result.templates.east!;
    expect(Object.keys(final.resources as object)).toEqual(['east_gw', 'east_conn']);
    expect(final.parameters).toEqual({
      west_gw_value: {
        type: 'string',
        description: 'Isotherm: output west_gw_value of region west',
        hidden: true,
      },
    });
    expect(result.plan.inputs).toContainEqual({
      lane: 'east',
      parameter: 'west_gw_value',
      fromLane: 'west',
      output: 'west_gw_value',
      pass: 2,
    });
  });

  it('reports no error', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('compile: three-region chain east -> west -> south', () => {
  const result = compile(
    testDesign({
      regions: { south: 'R3', west: 'R2', east: 'R1' },
      resources: {
        s: {
          type: 'OS::Heat::Value',
          region: 'south',
          properties: { value: { get_attr: ['w', 'value'] } },
        },
        w: {
          type: 'OS::Heat::Value',
          region: 'west',
          properties: { value: { get_attr: ['e', 'value'] } },
        },
        e: { type: 'OS::Heat::RandomString', region: 'east' },
      },
    }),
    catalog,
  );
  it('plans three waves in dependency order', () => {
    expect(result.plan.waves.map((w) => w.map((s) => s.lane))).toEqual([
      ['east'],
      ['west'],
      ['south'],
    ]);
    expect(result.plan.stacks.every((s) => s.passes === 1)).toBe(true);
  });
});

describe('compile: resource cycle', () => {
  const result = compile(
    testDesign({
      regions: { east: 'R1', west: 'R2' },
      resources: {
        a: {
          type: 'OS::Heat::Value',
          region: 'east',
          properties: { value: { get_attr: ['b', 'value'] } },
        },
        b: {
          type: 'OS::Heat::Value',
          region: 'west',
          properties: { value: { get_attr: ['c', 'value'] } },
        },
        c: {
          type: 'OS::Heat::Value',
          region: 'east',
          properties: { value: { get_resource: 'a' } },
        },
      },
    }),
    catalog,
  );
  it('is an error naming the cycle, and the plan has no waves', () => {
    const cycles = result.diagnostics.filter((d) => d.code === 'E_RESOURCE_CYCLE');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.message).toContain('a -> b -> c -> a');
    expect(result.plan.waves).toEqual([]);
  });
});
