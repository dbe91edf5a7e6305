import { describe, expect, it } from 'vitest';
import { testDesign } from '../../test/support/testDesign';
import type { Design, DesignResource } from '../design/model';
import { formatDiagnostic } from '../util/diagnostics';
import { DIAGNOSTIC_CODES } from './codes';
import { testCatalog } from '../../test/support/testCatalog';
import { validate } from './validate';

const catalog = testCatalog();

function one(resources: Record<string, DesignResource>, extra: Partial<Design> = {}) {
  return validate(
    { ...testDesign({ regions: { east: 'R1', west: 'R2' }, resources }), ...extra },
    catalog,
  ).filter((d) => d.code !== 'W_EMPTY_REGION');
}
const codes = (ds: { code: string }[]) => ds.map((d) => d.code);

describe('validate', () => {
  it('accepts a correct design', () => {
    const ds = one({
      net: { type: 'OS::Neutron::Net', region: 'east', properties: { name: 'n', tags: ['a'] } },
      port: {
        type: 'OS::Neutron::Port',
        region: 'east',
        properties: { network: { get_resource: 'net' }, fixed_ips: [{ ip_address: '10.0.0.3' }] },
      },
      db: {
        type: 'OS::Heat::RandomString',
        region: 'west',
        properties: { length: '12', character_classes: [{ class: 'digits', min: 2 }] },
      },
      v: {
        type: 'OS::Heat::Value',
        region: 'west',
        properties: { value: { get_attr: ['port', 'fixed_ips', 0, 'ip_address'] } },
        depends_on: 'db',
      },
    });
    expect(ds).toEqual([]);
  });

  it('E_UNKNOWN_TYPE suggests the closest type; provider templates are only noted', () => {
    const ds = one({
      a: { type: 'OS::Neutron::Prot', region: 'east' },
      b: { type: 'nested.yaml', region: 'east' },
    });
    expect(codes(ds)).toEqual(['E_UNKNOWN_TYPE', 'I_PROVIDER_TYPE']);
    expect(ds[0]!.message).toContain("Did you mean 'OS::Neutron::Port'?");
    expect(ds[0]).toMatchObject({ resource: 'a', path: ['type'], severity: 'error' });
  });

  it('E_UNKNOWN_PROPERTY suggests the closest property, also in nested map schemas', () => {
    const ds = one({
      net: { type: 'OS::Neutron::Net', region: 'east' },
      port: {
        type: 'OS::Neutron::Port',
        region: 'east',
        properties: { netwrk: 'x', network: 'y', fixed_ips: [{ subnett: 's' }] },
      },
    });
    expect(codes(ds)).toEqual(['E_UNKNOWN_PROPERTY', 'E_UNKNOWN_PROPERTY']);
    expect(ds[0]!.message).toContain("Did you mean 'network'?");
    expect(ds[1]).toMatchObject({ path: ['properties', 'fixed_ips', 0, 'subnett'] });
    expect(ds[1]!.message).toContain("Did you mean 'subnet'?");
  });

  it('E_MISSING_PROPERTY says what to draw', () => {
    const ds = one({
      port1: { type: 'OS::Neutron::Port', region: 'east' },
      v: { type: 'OS::Heat::Value', region: 'east', properties: { value: null } },
    });
    expect(codes(ds)).toEqual(['E_MISSING_PROPERTY', 'E_MISSING_PROPERTY']);
    expect(ds[0]!.message).toBe(
      "Property 'network' of Port 'port1' is required: draw an edge to a Net or ProviderNet or set it in the inspector.",
    );
    expect(formatDiagnostic(ds[0]!)).toMatch(
      /^error E_MISSING_PROPERTY port1\.properties\.network: /,
    );
    expect(ds[1]!.message).toContain('set it in the inspector');
  });

  it('E_PROPERTY_TYPE for literals, and for intrinsics whose result type is known', () => {
    const ds = one({
      a: { type: 'OS::Heat::RandomString', region: 'east', properties: { length: 'twelve' } },
      b: { type: 'OS::Heat::RandomString', region: 'east', properties: { length: 1.5 } },
      c: {
        type: 'OS::Neutron::Net',
        region: 'east',
        properties: { tags: 'a,b', admin_state_up: 'maybe' },
      },
      d: {
        type: 'OS::Neutron::Net',
        region: 'east',
        properties: { tags: { str_replace: { template: 'x', params: {} } }, name: ['x'] },
      },
      ok: {
        type: 'OS::Neutron::Net',
        region: 'east',
        properties: {
          name: 5,
          admin_state_up: 'yes',
          tags: { get_param: 'OS::stack_name' },
          value_specs: { get_attr: ['a', 'value'] },
        },
      },
    });
    expect(ds.map((d) => `${d.code} ${d.resource}.${d.path!.join('.')}`)).toEqual([
      'E_PROPERTY_TYPE a.properties.length',
      'E_PROPERTY_TYPE b.properties.length',
      'E_PROPERTY_TYPE c.properties.tags',
      'E_PROPERTY_TYPE c.properties.admin_state_up',
      'E_PROPERTY_TYPE d.properties.tags',
      'E_PROPERTY_TYPE d.properties.name',
    ]);
    expect(ds[0]!.message).toBe(
      `Property 'length' of RandomString 'a' must be a whole number, not text ("twelve").`,
    );
    expect(ds[4]!.message).toContain('str_replace gives text');
  });

  it('E_CONSTRAINT: range, length, allowed_values, allowed_pattern, modulo', () => {
    const ds = one({
      r: {
        type: 'OS::Heat::RandomString',
        region: 'east',
        properties: { length: 600, sequence: 'emoji', character_classes: [{ min: 0 }] },
      },
      p: { type: 'OS::Neutron::Port', region: 'east', properties: { network: 'n', name: '' } },
      s: {
        type: 'OS::Nova::Server',
        region: 'east',
        properties: { flavor: 'm1', name: 'Web_1', max_retries: 3 },
      },
      ok: {
        type: 'OS::Nova::Server',
        region: 'east',
        properties: { flavor: 'm1', name: 'web-1', max_retries: 4 },
      },
      v6: {
        type: 'OS::Neutron::Subnet',
        region: 'east',
        properties: { network: 'n', ip_version: '6' },
      },
    });
    expect(ds.map((d) => `${d.code} ${d.resource}.${d.path!.join('.')}`)).toEqual([
      'E_CONSTRAINT r.properties.length',
      'E_CONSTRAINT r.properties.sequence',
      'E_CONSTRAINT r.properties.character_classes.0.min',
      'E_CONSTRAINT p.properties.name',
      'E_CONSTRAINT s.properties.name',
      'E_CONSTRAINT s.properties.max_retries',
    ]);
    expect(ds[0]!.message).toContain('600 is not between 1 and 512');
    expect(ds[1]!.message).toContain("'emoji' is not one of");
    expect(ds[3]!.message).toContain('length 0 is not between 1 and 255');
    expect(ds[4]!.message).toContain('does not match the pattern');
    expect(ds[5]!.message).toContain('3 is not a multiple of 2');
  });

  it('W_CONSTRAINT_TARGET when a get_resource target does not satisfy the custom_constraint', () => {
    const ds = one({
      sub: { type: 'OS::Neutron::Subnet', region: 'east', properties: { network: 'n' } },
      port: {
        type: 'OS::Neutron::Port',
        region: 'east',
        properties: { network: { get_resource: 'sub' } },
      },
    });
    expect(codes(ds)).toEqual(['W_CONSTRAINT_TARGET']);
    expect(ds[0]).toMatchObject({
      severity: 'warning',
      resource: 'port',
      path: ['properties', 'network'],
    });
    expect(ds[0]!.message).toContain(
      "expects a Net or ProviderNet (neutron.network), but 'sub' is a Subnet",
    );
  });

  it('E_MISSING_RESOURCE and E_MISSING_ATTRIBUTE, allowing open attributes', () => {
    const ds = one(
      {
        net: { type: 'OS::Neutron::Net', region: 'east' },
        v: {
          type: 'OS::Heat::Value',
          region: 'east',
          properties: { value: [{ get_attr: ['net', 'stauts'] }, { get_resource: 'nett' }] },
          depends_on: ['gone'],
        },
        stack: { type: 'OS::Heat::Stack', region: 'east', properties: { template: 't' } },
        group: {
          type: 'OS::Heat::ResourceGroup',
          region: 'east',
          properties: { resource_def: {} },
        },
        none: { type: 'OS::Heat::None', region: 'east', properties: { anything: 1 } },
        w: {
          type: 'OS::Heat::Value',
          region: 'east',
          properties: {
            value: [
              { get_attr: ['stack', 'outputs', 'x'] },
              { get_attr: ['group', 'resource.0.x'] },
              { get_attr: ['none', 'whatever'] },
              { get_attr: ['net', 'show'] },
              { get_attr: ['net', { get_param: 'OS::stack_name' }] },
            ],
          },
        },
      },
      { outputs: { o: { value: { get_attr: ['ghost', 'x'] } } } },
    );
    expect(ds.map((d) => `${d.code} ${d.resource ?? '-'}.${d.path!.join('.')}`).sort()).toEqual([
      'E_MISSING_ATTRIBUTE v.properties.value.0',
      'E_MISSING_RESOURCE -.outputs.o.value',
      'E_MISSING_RESOURCE v.depends_on.0',
      'E_MISSING_RESOURCE v.properties.value.1',
    ]);
    expect(ds.find((d) => d.code === 'E_MISSING_ATTRIBUTE')!.message).toContain(
      "Did you mean 'status'?",
    );
    expect(ds.find((d) => d.path?.[2] === 1)!.message).toContain("Did you mean 'net'?");
  });

  it('E_MISSING_PARAMETER and E_MISSING_CONDITION', () => {
    const ds = one(
      {
        v: {
          type: 'OS::Heat::Value',
          region: 'east',
          condition: 'big',
          properties: {
            value: { if: ['smal', { get_param: 'imag' }, { get_param: ['OS::stack_name'] }] },
          },
        },
      },
      {
        parameters: { image: { type: 'string' } },
        conditions: { big: { equals: [{ get_param: 'sise' }, 'big'] } },
      },
    );
    expect(codes(ds).sort()).toEqual([
      'E_MISSING_CONDITION',
      'E_MISSING_PARAMETER',
      'E_MISSING_PARAMETER',
    ]);
    expect(ds.find((d) => d.message.includes("'imag'"))!.message).toContain(
      "Did you mean 'image'?",
    );
    expect(ds.find((d) => d.code === 'E_MISSING_CONDITION')!.message).toContain("Condition 'smal'");
  });

  it('regions: E_DUPLICATE_ID, E_DUPLICATE_STACK, W_EMPTY_REGION, E_UNKNOWN_REGION', () => {
    const d = testDesign({
      regions: { east: 'R1', west: 'R2' },
      resources: { a: { type: 'OS::Heat::None', region: 'north' } },
      outputs: { o: { value: 1, region: 'south' } },
    });
    d.regions.push(
      { id: 'east', region_name: 'R3' },
      { id: 'copy', region_name: 'R1', stack: 'shop-east' },
    );
    const ds = validate(d, catalog);
    expect(codes(ds)).toEqual([
      'E_DUPLICATE_ID',
      'E_DUPLICATE_STACK',
      'E_UNKNOWN_REGION',
      'E_UNKNOWN_REGION',
      'W_EMPTY_REGION',
      'W_EMPTY_REGION',
      'W_EMPTY_REGION',
    ]);
    expect(ds[1]!.message).toContain(
      "Regions 'east' and 'copy' would both deploy stack 'shop-east'",
    );
    // a resource id equal to a lane id is fine
    expect(codes(one({ east: { type: 'OS::Heat::None', region: 'east' } }))).toEqual([]);
  });

  it('E_RESOURCE_CYCLE names the cycle, also for depends_on and self-references', () => {
    const ds = one({
      a: { type: 'OS::Heat::None', region: 'east', depends_on: 'b' },
      b: { type: 'OS::Heat::Value', region: 'west', properties: { value: { get_resource: 'a' } } },
      self: {
        type: 'OS::Heat::Value',
        region: 'west',
        properties: { value: { get_attr: ['self', 'value'] } },
      },
    });
    expect(ds.map((d) => d.message)).toEqual([
      'Resources depend on each other in a cycle: a -> b -> a. Remove one of these references or depends_on.',
      'Resources depend on each other in a cycle: self -> self. Remove one of these references or depends_on.',
    ]);
  });

  it('E_TEMPLATE_VERSION', () => {
    expect(
      codes(
        one(
          { a: { type: 'OS::Heat::None', region: 'east' } },
          { heat_template_version: '2022-01-01' },
        ),
      ),
    ).toEqual(['E_TEMPLATE_VERSION']);
    expect(
      codes(
        one(
          { a: { type: 'OS::Heat::None', region: 'east' } },
          { heat_template_version: 'wallaby' },
        ),
      ),
    ).toEqual([]);
  });

  it('every code it emits is in the catalogue, with its severity', () => {
    const d = testDesign({
      regions: { east: 'R1' },
      resources: {
        p: { type: 'OS::Neutron::Port', region: 'x', properties: { bad: 1 } },
        q: { type: 'OS::Nope', region: 'east' },
      },
    });
    for (const diagnostic of validate(d, catalog)) {
      const info = DIAGNOSTIC_CODES[diagnostic.code as keyof typeof DIAGNOSTIC_CODES];
      expect(info?.severity).toBe(diagnostic.severity);
    }
  });

  it('the catalogue: each code starts with the letter of its severity and explains itself', () => {
    for (const [code, info] of Object.entries(DIAGNOSTIC_CODES)) {
      expect(code[0]).toBe({ error: 'E', warning: 'W', info: 'I' }[info.severity]);
      expect(info.summary.length).toBeGreaterThan(20);
    }
  });
});
