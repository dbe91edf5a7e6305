import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../electron/catalog/bundled';
import { importTemplates } from '../../shared/import/importTemplates';
import { parseTemplateText } from '../../shared/import/parseText';
import { validate } from '../../shared/validate/validate';

/** Offline side of the plugin rules (the real Heat comparison is test/integration/pluginRules.test.ts). */
async function rulesFor(resources: string): Promise<string[]> {
  const text = `heat_template_version: 2018-08-31\nparameters: {p: {type: string}, l: {type: json}}\nresources:\n${resources}`;
  const { template } = parseTemplateText(text, 't');
  const { design } = await importTemplates(
    [{ laneId: 'main', regionName: 'RegionOne', template }],
    { layout: false },
  );
  return validate(design!, bundledCatalog())
    .filter((d) => /^E_PROPERTY_(CONFLICT|UNSPECIFIED|DEPENDENCY|RULE)$/.test(d.code))
    .map((d) => `${d.code} ${d.resource}.${(d.path ?? []).join('.')}`);
}

describe('plugin rules offline', () => {
  it('take a computed value as set: no guess about what only the cloud knows', async () => {
    expect(
      await rulesFor(`  s: {type: OS::Neutron::Subnet, properties: {network: n, cidr: {get_param: p}}}
  v: {type: OS::Nova::Server, properties: {flavor: f, image: {get_param: p}, networks: {get_param: l}}}
  w: {type: OS::Nova::Server, properties: {flavor: f, block_device_mapping_v2: {get_param: l}}}
  f: {type: OS::Neutron::FloatingIP, properties: {floating_network: n, port_id: {get_param: p}, fixed_ip_address: 10.0.0.3}}
`),
    ).toEqual([]);
  });

  it('read hidden aliases as Heat translates them (subnet_id is subnet, uuid is network)', async () => {
    expect(
      await rulesFor(`  ri: {type: OS::Neutron::RouterInterface, properties: {router: r, subnet_id: s}}
  v: {type: OS::Nova::Server, properties: {flavor: f, image: i, networks: [{uuid: n}]}}
`),
    ).toEqual([]);
  });

  it('report each broken rule once, with its path', async () => {
    expect(
      await rulesFor(`  s: {type: OS::Neutron::Subnet, properties: {network: n, cidr: '', gateway_ip: 300.1.1.1}}
  v: {type: OS::Nova::Server, properties: {flavor: f, networks: [{allocate_network: auto, network: n}, {subnet: s}]}}
`),
    ).toEqual([
      'E_PROPERTY_UNSPECIFIED s.properties.subnetpool',
      'E_PROPERTY_RULE s.properties.gateway_ip',
      'E_PROPERTY_RULE v.properties.networks.0.allocate_network',
      'E_PROPERTY_RULE v.properties.networks',
      'E_PROPERTY_RULE v.properties.image',
    ]);
  });
});
