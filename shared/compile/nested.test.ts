import { describe, expect, it } from 'vitest';
import { testCatalog } from '../../test/support/testCatalog';
import { compile } from './compile';
import { exportNested } from './nested';
import { testDesign } from '../../test/support/testDesign';

const catalog = testCatalog();

describe('exportNested (model 2)', () => {
  const design = testDesign({
    regions: { west: 'RegionTwo', east: 'RegionOne' },
    parameters: { len: { type: 'number', default: 8 }, flag: { type: 'boolean', default: true } },
    conditions: { on: { equals: [{ get_param: 'flag' }, true] } },
    resources: {
      db: {
        type: 'OS::Heat::RandomString',
        region: 'east',
        properties: { length: { get_param: 'len' } },
      },
      extra: { type: 'OS::Heat::RandomString', region: 'east', condition: 'on' },
      app: {
        type: 'OS::Heat::Value',
        region: 'west',
        properties: {
          value: {
            list_join: ['-', [{ get_attr: ['db', 'value'] }, { get_attr: ['extra', 'value'] }]],
          },
        },
      },
      later: { type: 'OS::Heat::None', region: 'south' },
    },
    outputs: { secret: { value: { get_attr: ['app', 'value'] }, description: 'the app value' } },
  });
  design.regions.push({ id: 'south', region_name: 'RegionThree' });
  design.resources.later!.depends_on = 'app';
  const result = compile(design, catalog);
  const nested = exportNested(design, result);

  it('has one OS::Heat::Stack per region, in dependency order, wired with get_attr outputs', () => {
    expect(nested.diagnostics).toEqual([]);
    expect(Object.keys(nested.parent.resources as object)).toEqual(['east', 'west', 'south']);
    expect(nested.parent.resources).toEqual({
      east: {
        type: 'OS::Heat::Stack',
        properties: {
          context: { region_name: 'RegionOne' },
          template: { get_file: 'east.yaml' },
          parameters: { len: { get_param: 'len' }, flag: { get_param: 'flag' } },
        },
      },
      west: {
        type: 'OS::Heat::Stack',
        properties: {
          context: { region_name: 'RegionTwo' },
          template: { get_file: 'west.yaml' },
          parameters: {
            db_value: { get_attr: ['east', 'outputs', 'db_value'] },
            extra_value: { if: ['on', { get_attr: ['east', 'outputs', 'extra_value'] }, ''] },
          },
        },
      },
      south: {
        type: 'OS::Heat::Stack',
        properties: {
          context: { region_name: 'RegionThree' },
          template: { get_file: 'south.yaml' },
        },
        depends_on: ['west'],
      },
    });
    expect(nested.parent.parameters).toEqual({
      len: { type: 'number', default: 8 },
      flag: { type: 'boolean', default: true },
    });
    expect(nested.parent.conditions).toEqual({ on: { equals: [{ get_param: 'flag' }, true] } });
    expect(nested.parent.outputs).toEqual({
      secret: { description: 'the app value', value: { get_attr: ['west', 'outputs', 'secret'] } },
    });
    expect(Object.keys(nested.files)).toEqual(['east.yaml', 'west.yaml', 'south.yaml']);
    expect(nested.files['west.yaml']).toBe(result.templates.west);
  });

  it('is impossible for regions in a cycle, with a diagnostic that says what to do instead', () => {
    const vpn = testDesign({
      regions: { a: 'R1', b: 'R2' },
      resources: {
        a1: { type: 'OS::Heat::RandomString', region: 'a' },
        b1: {
          type: 'OS::Heat::Value',
          region: 'b',
          properties: { value: { get_attr: ['a1', 'value'] } },
        },
        a2: {
          type: 'OS::Heat::Value',
          region: 'a',
          properties: { value: { get_attr: ['b1', 'value'] } },
        },
      },
    });
    const out = exportNested(vpn, compile(vpn, catalog));
    expect(out.diagnostics.map((d) => d.code)).toEqual(['E_NESTED_CYCLE']);
    expect(out.diagnostics[0]!.message).toMatch(
      /Regions a and b depend on each other in a cycle.*deploy\.sh/,
    );
    expect(out.parent.resources).toEqual({});
  });

  it('warns when regions name different clouds', () => {
    const d = testDesign({
      regions: { a: 'R1', b: 'R1' },
      resources: {
        x: { type: 'OS::Heat::None', region: 'a' },
        y: { type: 'OS::Heat::None', region: 'b' },
      },
    });
    d.regions[1]!.cloud = 'other';
    expect(exportNested(d, compile(d, catalog)).diagnostics.map((x) => x.code)).toEqual([
      'W_NESTED_CLOUD',
    ]);
  });
});
