// Issue 10: the cross-property rules of Heat's resource plugins (their validate()), each compared with the real Heat.
// Heat's POST /validate does not run a plugin's validate() (it only checks the template's structure and property
// names); stack create does, and so does POST /stacks/preview, which creates nothing: the comparison uses preview.
// The same cases also go through Heat's own validation code offline (test/support/heat_validate.py), which covers
// the types the local cloud cannot offer (extension-gated Neutron types). Values come from get_attr of OS::Heat::Value or get_resource, so that no custom constraint calls a service the local
// cloud only has as a placeholder endpoint.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundledCatalog } from '../../electron/catalog/bundled';
import { isOpenStackError } from '../../electron/openstack/errors';
import { importTemplates } from '../../shared/import/importTemplates';
import { parseTemplateText } from '../../shared/import/parseText';
import { validate } from '../../shared/validate/validate';
import { CLOUD, describeCloud, testClients, uniqueName } from '../support/cloud';
import { repoRoot } from '../support/corpus';

const HELPERS = `
  net: {type: OS::Neutron::Net}
  v: {type: OS::Heat::Value, properties: {value: x}}
  p: {type: OS::Neutron::Port, properties: {network: {get_resource: net}}}`;
const X = '{get_attr: [v, value]}';
const SERVER = `type: OS::Nova::Server\n    properties:\n      flavor: ${X}`;

interface Case {
  name: string;
  /** The resource under test, called `r`. */
  body: string;
  /** Isotherm's diagnostic (code and path below r), or null when the template must pass the plugin rules. */
  expected: [string, string] | null;
  /** What Heat's preview says (null: Heat must not refuse it for a plugin rule). */
  heat: RegExp | null;
}

const CASES: Case[] = [
  {
    name: 'Subnet: neither cidr nor subnetpool',
    body: `type: OS::Neutron::Subnet\n    properties: {network: {get_resource: net}}`,
    expected: ['E_PROPERTY_UNSPECIFIED', 'properties.subnetpool'],
    heat: /At least one of the following properties must be specified: subnetpool, cidr/,
  },
  {
    name: 'Subnet: cidr and subnetpool',
    body: `type: OS::Neutron::Subnet\n    properties: {network: {get_resource: net}, cidr: 10.0.0.0/24, subnetpool: ${X}}`,
    expected: ['E_PROPERTY_CONFLICT', 'properties.cidr'],
    heat: /Cannot define the following properties at the same time: subnetpool, cidr/,
  },
  {
    name: 'Subnet: cidr and prefixlen',
    body: `type: OS::Neutron::Subnet\n    properties: {network: {get_resource: net}, cidr: 10.0.0.0/24, prefixlen: 24}`,
    expected: ['E_PROPERTY_CONFLICT', 'properties.cidr'],
    heat: /at the same time: prefixlen, cidr/,
  },
  {
    name: 'Subnet: ipv6 modes on ipv4',
    body: `type: OS::Neutron::Subnet\n    properties: {network: {get_resource: net}, cidr: 10.0.0.0/24, ipv6_ra_mode: slaac}`,
    expected: ['E_PROPERTY_RULE', 'properties.ipv6_ra_mode'],
    heat: /ipv6_ra_mode and ipv6_address_mode are not supported for ipv4/,
  },
  {
    name: 'Subnet: different ipv6 modes',
    body: `type: OS::Neutron::Subnet\n    properties: {network: {get_resource: net}, cidr: 'fd00::/64', ip_version: 6, ipv6_ra_mode: slaac, ipv6_address_mode: dhcpv6-stateful}`,
    expected: ['E_PROPERTY_RULE', 'properties.ipv6_address_mode'],
    heat: /they must be equal/,
  },
  {
    name: 'Subnet: gateway_ip not an address',
    body: `type: OS::Neutron::Subnet\n    properties: {network: {get_resource: net}, cidr: 10.0.0.0/24, gateway_ip: gateway}`,
    expected: ['E_PROPERTY_RULE', 'properties.gateway_ip'],
    heat: /Gateway IP address .*gateway.* is in invalid format/,
  },
  {
    name: 'Subnet: valid',
    body: `type: OS::Neutron::Subnet\n    properties: {network: {get_resource: net}, cidr: 10.0.0.0/24, gateway_ip: 10.0.0.1}`,
    expected: null,
    heat: null,
  },
  {
    name: 'Port: fixed_ips and no_fixed_ips',
    body: `type: OS::Neutron::Port\n    properties: {network: {get_resource: net}, fixed_ips: [{ip_address: 10.0.0.3}], no_fixed_ips: true}`,
    expected: ['E_PROPERTY_CONFLICT', 'properties.no_fixed_ips'],
    heat: /at the same time: fixed_ips, no_fixed_ips/,
  },
  {
    name: 'RouterInterface: neither subnet nor port',
    body: `type: OS::Neutron::RouterInterface\n    properties: {router: ${X}}`,
    expected: ['E_PROPERTY_UNSPECIFIED', 'properties.subnet'],
    heat: /At least one of the following properties must be specified: subnet, port/,
  },
  {
    name: 'RouterInterface: subnet and port',
    body: `type: OS::Neutron::RouterInterface\n    properties: {router: ${X}, subnet: ${X}, port: {get_resource: p}}`,
    expected: ['E_PROPERTY_CONFLICT', 'properties.port'],
    heat: /at the same time: subnet, port/,
  },
  {
    name: 'FloatingIP: fixed_ip_address without port_id',
    body: `type: OS::Neutron::FloatingIP\n    properties: {floating_network: {get_resource: net}, fixed_ip_address: 10.0.0.3}`,
    expected: ['E_PROPERTY_DEPENDENCY', 'properties.fixed_ip_address'],
    heat: /fixed_ip_address cannot be specified without port_id/,
  },
  {
    name: 'SecurityGroup: named default',
    body: `type: OS::Neutron::SecurityGroup\n    properties: {name: default}`,
    expected: ['E_PROPERTY_RULE', 'properties.name'],
    heat: /Security groups cannot be assigned the name "default"/,
  },
  {
    name: 'SecurityGroupRule: remote_group and remote_ip_prefix',
    body: `type: OS::Neutron::SecurityGroupRule\n    properties: {security_group: ${X}, remote_group: ${X}, remote_ip_prefix: 0.0.0.0/0}`,
    expected: ['E_PROPERTY_CONFLICT', 'properties.remote_ip_prefix'],
    heat: /at the same time: remote_group, remote_ip_prefix/,
  },
  {
    name: 'SecurityGroupRule: port range upside down',
    body: `type: OS::Neutron::SecurityGroupRule\n    properties: {security_group: ${X}, protocol: tcp, port_range_min: 100, port_range_max: 10}`,
    expected: ['E_PROPERTY_RULE', 'properties.port_range_min'],
    heat: /minimum port number must be less than or equal to the maximum/,
  },
  {
    name: 'Server: a network with nothing to attach',
    body: `${SERVER}\n      image: ${X}\n      networks: [{fixed_ip: 10.0.0.3}]`,
    expected: ['E_PROPERTY_RULE', 'properties.networks.0'],
    heat: /One of the properties "network", "port", "allocate_network" or "subnet" should be set/,
  },
  {
    name: 'Server: fixed_ip with port',
    body: `${SERVER}\n      image: ${X}\n      networks: [{port: {get_resource: p}, fixed_ip: 10.0.0.3}]`,
    expected: ['E_PROPERTY_CONFLICT', 'properties.networks.0.fixed_ip'],
    heat: /at the same time: networks\/fixed_ip, networks\/port/,
  },
  {
    name: 'Server: floating_ip with only network',
    body: `${SERVER}\n      image: ${X}\n      networks: [{network: {get_resource: net}, floating_ip: ${X}}]`,
    expected: ['E_PROPERTY_RULE', 'properties.networks.0.floating_ip'],
    heat: /Property "floating_ip" is not supported if only "network" is specified/,
  },
  {
    name: 'Server: security_groups with a port',
    body: `${SERVER}\n      image: ${X}\n      security_groups: [${X}]\n      networks: [{port: {get_resource: p}}]`,
    expected: ['E_PROPERTY_CONFLICT', 'properties.security_groups'],
    heat: /at the same time: security_groups, networks\/port/,
  },
  {
    name: 'Server: nothing to boot from',
    body: `${SERVER}\n      networks: [{network: {get_resource: net}}]`,
    expected: ['E_PROPERTY_RULE', 'properties.image'],
    heat: /Neither image nor bootable volume is specified/,
  },
  {
    name: 'Server: both block device mapping versions',
    body: `${SERVER}\n      block_device_mapping: [{device_name: vda, volume_id: ${X}}]\n      block_device_mapping_v2: [{volume_id: ${X}}]`,
    expected: ['E_PROPERTY_CONFLICT', 'properties.block_device_mapping_v2'],
    heat: /at the same time: block_device_mapping, block_device_mapping_v2/,
  },
  {
    name: 'Server: a mapping with neither volume nor snapshot',
    body: `${SERVER}\n      block_device_mapping: [{device_name: vda}]`,
    expected: ['E_PROPERTY_RULE', 'properties.block_device_mapping.0'],
    heat: /Either volume_id or snapshot_id must be specified/,
  },
  {
    name: 'Server: a v2 mapping with two sources',
    body: `${SERVER}\n      block_device_mapping_v2: [{volume_id: ${X}, swap_size: 1}]`,
    expected: ['E_PROPERTY_CONFLICT', 'properties.block_device_mapping_v2.0.volume_id'],
    heat: /at the same time: volume_id, snapshot_id, image/,
  },
  {
    name: 'Server: a v2 mapping with no source',
    body: `${SERVER}\n      image: ${X}\n      block_device_mapping_v2: [{boot_index: 1}]`,
    expected: ['E_PROPERTY_RULE', 'properties.block_device_mapping_v2.0'],
    heat: /Either volume_id, snapshot_id, image_id, swap_size, ephemeral_size or ephemeral_format must be specified/,
  },
  {
    name: 'Server: image and a boot volume',
    body: `${SERVER}\n      image: ${X}\n      block_device_mapping_v2: [{volume_id: ${X}}]`,
    expected: ['E_PROPERTY_RULE', 'properties.block_device_mapping_v2'],
    heat: /Multiple bootable sources/,
  },
  {
    name: 'Server: valid, booting from a volume',
    body: `${SERVER}\n      block_device_mapping_v2: [{volume_id: ${X}, boot_index: 0}, {swap_size: 1, boot_index: -1}]\n      networks: [{port: {get_resource: p}}]`,
    expected: null,
    heat: null,
  },
  {
    name: 'Octavia Pool: neither listener nor loadbalancer',
    body: `type: OS::Octavia::Pool\n    properties: {lb_algorithm: ROUND_ROBIN, protocol: HTTP}`,
    expected: ['E_PROPERTY_UNSPECIFIED', 'properties.listener'],
    heat: /At least one of the following properties must be specified: listener, loadbalancer/,
  },
  {
    name: 'Octavia Pool: APP_COOKIE without cookie_name',
    body: `type: OS::Octavia::Pool\n    properties: {lb_algorithm: ROUND_ROBIN, protocol: HTTP, listener: ${X}, session_persistence: {type: APP_COOKIE}}`,
    expected: ['E_PROPERTY_RULE', 'properties.session_persistence'],
    heat: /cookie_name is required when session_persistence type is set to APP_COOKIE/,
  },
  {
    name: 'Octavia Listener: neither loadbalancer nor default_pool',
    body: `type: OS::Octavia::Listener\n    properties: {protocol: HTTP, protocol_port: 80}`,
    expected: ['E_PROPERTY_UNSPECIFIED', 'properties.loadbalancer'],
    heat: /At least one of the following properties must be specified: loadbalancer, default_pool/,
  },
  {
    name: 'LBaaS Pool: neither listener nor loadbalancer',
    body: `type: OS::Neutron::LBaaS::Pool\n    properties: {lb_algorithm: ROUND_ROBIN, protocol: HTTP}`,
    expected: ['E_PROPERTY_UNSPECIFIED', 'properties.listener'],
    heat: /At least one of the following properties must be specified: listener, loadbalancer/,
  },
];

const templateOf = (c: Case) =>
  `heat_template_version: 2018-08-31\nresources:${HELPERS}\n  r:\n    ${c.body}\n`;

async function isothermSays(text: string): Promise<string[]> {
  const { template } = parseTemplateText(text, 'case');
  const { design } = await importTemplates(
    [{ laneId: 'main', regionName: 'RegionOne', template }],
    {
      layout: false,
    },
  );
  return validate(design!, bundledCatalog())
    .filter((d) => d.code.startsWith('E_PROPERTY_') && !['E_PROPERTY_TYPE'].includes(d.code))
    .map((d) => `${d.code} ${d.resource}.${(d.path ?? []).join('.')}`);
}

describeCloud(
  "Heat plugins' cross-property rules, offline and on the real Heat (stack preview)",
  () => {
    const clients = testClients();
    const notOnCloud: string[] = [];
    // Heat's own code too (test/support/heat_validate.py): it also covers the types the local cloud cannot offer
    const dir = mkdtempSync(path.join(tmpdir(), 'iso-rules-'));
    let heatCode: Record<string, string> = {};
    beforeAll(() => {
      const files = CASES.map((c, i) => {
        const file = path.join(dir, `case${i}.yaml`);
        writeFileSync(file, templateOf(c));
        return file;
      });
      const script = path.join(repoRoot, 'test/support/heat_validate.py');
      heatCode = JSON.parse(
        execFileSync('/usr/bin/python3', [script, ...files], {
          encoding: 'utf8',
          timeout: 120_000,
        }),
      ) as Record<string, string>;
    }, 150_000);
    afterAll(async () => {
      rmSync(dir, { recursive: true, force: true });
      await clients.close();
      if (notOnCloud.length > 0)
        console.warn(
          `[plugin rules] compared with Heat's code only (the type is unavailable on the local cloud): ${notOnCloud.join('; ')}`,
        );
    });

    for (const [i, c] of CASES.entries()) {
      it(c.name, async () => {
        const text = templateOf(c);
        expect(await isothermSays(text)).toEqual(
          c.expected === null ? [] : [`${c.expected[0]} r.${c.expected[1]}`],
        );
        const byCode = heatCode[path.join(dir, `case${i}.yaml`)];
        if (c.heat === null) expect(byCode).toBe('OK');
        else expect(byCode).toMatch(c.heat);
        const heat = await clients.heat(CLOUD, 'RegionOne');
        let answer = 'accepted';
        try {
          await heat.previewCreate(uniqueName('iso-rule'), { template: text });
        } catch (e) {
          if (!isOpenStackError(e)) throw e;
          answer = e.message;
        }
        if (/is not available for resource type|ResourceTypeUnavailable/.test(answer)) {
          notOnCloud.push(`${c.name} (${/resource type ([\w:]+)/.exec(answer)?.[1] ?? answer})`);
          return;
        }
        if (c.heat === null)
          expect(answer).not.toMatch(
            /PropertyConflict|PropertyUnspecified|PropertyDependency|StackValidationFailed/,
          );
        else expect(answer).toMatch(c.heat);
      });
    }
  },
);
