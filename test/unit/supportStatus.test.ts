import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../electron/catalog/bundled';
import { typeSchema } from '../../shared/catalog/catalog';
import {
  attributeSupport,
  propertySupport,
  replacementProperty,
  typeSupport,
} from '../../shared/catalog/support';
import { compile } from '../../shared/compile/compile';
import { bindingsFor } from '../../shared/design/ops/connect';
import { paletteItems } from '../../renderer/palette/paletteModel';
import { parseDesign } from '../../shared/design/parse';
import { serializeDesign } from '../../shared/design/serialize';
import { importTemplates } from '../../shared/import/importTemplates';
import { parseTemplateText } from '../../shared/import/parseText';
import { roundTripTemplate } from '../../shared/import/roundTrip';
import { validate } from '../../shared/validate/validate';

/**
 * Issue 13: Heat's support status in the bundled catalog (generated from the real Heat), and templates that use
 * hidden or deprecated items are warned about, never refused.
 */
const catalog = bundledCatalog();
const schema = (type: string) => typeSchema(catalog, type)!;

const TEMPLATE = `heat_template_version: 2018-08-31
resources:
  gw:
    type: OS::Neutron::RouterGateway
    properties: {router_id: r1, network_id: n1}
  rs:
    type: OS::Heat::RandomString
    properties: {sequence: digits}
  port:
    type: OS::Neutron::Port
    properties: {network_id: abc, fixed_ips: [{subnet_id: s}]}
  srv:
    type: OS::Nova::Server
    properties:
      image: cirros
      flavor: m1.tiny
      networks: [{uuid: abc}]
outputs:
  ip:
    description: null
    value: {get_attr: [srv, first_address]}
`;

async function imported(text: string) {
  const { template } = parseTemplateText(text, 't');
  const { design } = await importTemplates(
    [{ laneId: 'main', regionName: 'RegionOne', template }],
    { catalog, layout: false },
  );
  return design!;
}

describe('support status in the catalog', () => {
  it('records hidden types, properties (also nested) and attributes with their replacement', () => {
    expect(typeSupport(schema('OS::Neutron::RouterGateway'))).toMatchObject({ level: 'HIDDEN' });
    expect(typeSupport(schema('OS::Neutron::Net'))).toEqual({ level: 'SUPPORTED' });
    const uuid = propertySupport(schema('OS::Nova::Server'), ['networks', 3, 'uuid']);
    expect(uuid).toEqual({ level: 'HIDDEN', since: '5.0.0', replacement: 'Use property network.' });
    expect(replacementProperty(uuid)).toBe('network');
    expect(schema('OS::Heat::RandomString')['x-isotherm-hidden']?.properties?.sequence?.type).toBe(
      'string',
    );
    expect(attributeSupport(schema('OS::Nova::Server'), 'first_address').level).toBe('HIDDEN');
    expect(propertySupport(schema('OS::Nova::Server'), ['personality']).level).toBe('DEPRECATED');
    // what the API lists stays as the API gave it: hidden top-level items are not mixed in
    expect(schema('OS::Heat::RandomString').properties).not.toHaveProperty('sequence');
    expect(schema('OS::Nova::Server').attributes).not.toHaveProperty('first_address');
  });
});

describe('hidden and deprecated items: warnings, never errors', () => {
  it('validates a template that uses them with warnings that name the replacement', async () => {
    const ds = validate(await imported(TEMPLATE), catalog);
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
    const warnings = ds.map((d) => `${d.code} ${d.resource ?? '-'} ${(d.path ?? []).join('.')}`);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'W_DEPRECATED_TYPE gw type',
        'W_DEPRECATED_PROPERTY gw properties.network_id',
        'W_DEPRECATED_PROPERTY rs properties.sequence',
        'W_DEPRECATED_PROPERTY port properties.network_id',
        'W_DEPRECATED_PROPERTY port properties.fixed_ips.0.subnet_id',
        'W_DEPRECATED_PROPERTY srv properties.networks.0.uuid',
        'W_DEPRECATED_ATTRIBUTE - outputs.ip.value',
      ]),
    );
    const uuid = ds.find((d) => d.path?.join('.') === 'properties.networks.0.uuid')!;
    expect(uuid.message).toContain('Use property network.');
    expect(ds.find((d) => d.code === 'W_DEPRECATED_ATTRIBUTE')!.message).toContain('networks');
  });

  it('still refuses what Heat refuses: an unknown property, a missing required one', async () => {
    const design = await imported(
      'heat_template_version: 2018-08-31\nresources:\n  rs: {type: OS::Heat::RandomString, properties: {bogus: 1}}\n  port: {type: OS::Neutron::Port, properties: {name: p}}\n',
    );
    const errors = validate(design, catalog).filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.code} ${d.resource}`).sort()).toEqual([
      'E_MISSING_PROPERTY port',
      'E_UNKNOWN_PROPERTY rs',
    ]);
  });

  it('round-trips the template, the null description included, through import, compile and the design file', async () => {
    const report = await roundTripTemplate(TEMPLATE, undefined, catalog);
    expect(report.differences).toEqual([]);
    expect(report.status).toBe('equal');
    const design = await imported(TEMPLATE);
    const reread = parseDesign(serializeDesign(design)).design!;
    expect(reread.outputs.ip).toHaveProperty('description', null);
    expect(compile(reread, catalog).templates.main!.outputs).toEqual({
      ip: { description: null, value: { get_attr: ['srv', 'first_address'] } },
    });
  });
});

describe('what the palette and the edge chooser offer', () => {
  it('leaves hidden types out of the palette and marks deprecated ones', () => {
    const items = new Map(paletteItems(catalog).map((i) => [i.type, i]));
    expect(items.has('OS::Neutron::RouterGateway')).toBe(false);
    expect(items.has('OS::Neutron::Pool')).toBe(false);
    expect(items.get('OS::Aodh::Alarm')?.deprecated).toMatch(/^deprecated since 10\.0\.0: /);
    expect(items.get('OS::Neutron::Net')?.deprecated).toBeUndefined();
  });

  it('offers no hidden property of an edge (a server network binds `network`, not `uuid`)', async () => {
    const design = await imported(
      'heat_template_version: 2018-08-31\nresources:\n  net: {type: OS::Neutron::Net}\n  srv: {type: OS::Nova::Server, properties: {flavor: f}}\n  port: {type: OS::Neutron::Port, properties: {network: n}}\n',
    );
    const server = bindingsFor(design, catalog, 'srv', 'net');
    expect(server.fitting.map((f) => f.label)).toEqual(['networks[].network']);
    const port = bindingsFor(design, catalog, 'port', 'net');
    expect(port.fitting.map((f) => f.label)).toEqual(['network']);
    expect(port.attributeTargets.map((t) => t.label)).not.toContain('network_id');
    // deprecated properties stay on offer, after the others and marked
    const quota = bindingsFor(
      {
        ...design,
        resources: { ...design.resources, q: { type: 'OS::Nova::Quota', region: 'main' } },
      },
      catalog,
      'q',
      'net',
    ).attributeTargets;
    const marked = quota.filter((t) => t.deprecated !== undefined).map((t) => t.label);
    expect(marked).toEqual([
      'injected_files',
      'injected_file_content_bytes',
      'injected_file_path_bytes',
    ]);
    expect(quota.slice(-marked.length).map((t) => t.label)).toEqual(marked);
  });
});
