// The real services' own failure reasons reach the deploy result: a flavor or an image that does not
// exist, no valid host (a flavor bigger than the fake compute node), an address already taken. The
// independent lane still finishes, and a rollback leaves no stack, server or port behind.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { deploy, describeFailure, rollback } from '../../electron/deploy/index';
import {
  CLOUD,
  cleanupPrefix,
  stacksWithPrefix,
  tempDir,
  testClients,
  uniqueName,
} from '../support/cloud';
import { compiled, designOf } from '../support/designs';
import { ADMIN_CLOUD, describeFullCloud, ports, servers } from '../support/fullCloud';

/** Lane `bad` (RegionOne) holds `resources`; lane `indep` (RegionTwo) a network that must finish. */
const design = (name: string, resources: string) => `isotherm: 1
name: ${name}
heat_template_version: 2021-04-16
regions:
  bad: {region_name: RegionOne}
  indep: {region_name: RegionTwo}
resources:
  net:
    type: OS::Neutron::Net
    region: bad
  subnet:
    type: OS::Neutron::Subnet
    region: bad
    properties: {network: {get_resource: net}, cidr: 10.9.0.0/24}
${resources}
  other_net:
    type: OS::Neutron::Net
    region: indep
outputs: {}
layout: {}
`;

const server = (flavor: string, image: string) => `  vm:
    type: OS::Nova::Server
    region: bad
    depends_on: subnet
    properties:
      flavor: ${flavor}
      image: ${image}
      networks: [{network: {get_resource: net}}]`;

const clash = `  port_a:
    type: OS::Neutron::Port
    region: bad
    properties:
      network: {get_resource: net}
      fixed_ips: [{subnet: {get_resource: subnet}, ip_address: 10.9.0.10}]
  port_b:
    type: OS::Neutron::Port
    region: bad
    depends_on: port_a
    properties:
      network: {get_resource: net}
      fixed_ips: [{subnet: {get_resource: subnet}, ip_address: 10.9.0.10}]`;

describeFullCloud('real failure modes', () => {
  const clients = testClients();
  const prefix = uniqueName('it-real-fail');
  const huge = `${prefix}-huge`;
  let hugeId = '';
  beforeAll(async () => {
    // bigger than the fake driver's node (8 vCPU, 8000 MB): the scheduler finds no host
    const admin = await clients.session(ADMIN_CLOUD);
    const res = await admin.request({
      service: 'compute',
      region: 'RegionOne',
      method: 'POST',
      path: '/flavors',
      json: { flavor: { name: huge, vcpus: 1, ram: 64000, disk: 1 } },
    });
    hugeId = (res.body as { flavor: { id: string } }).flavor.id;
  });
  afterAll(async () => {
    await cleanupPrefix(clients, prefix);
    if (hugeId !== '') {
      const admin = await clients.session(ADMIN_CLOUD);
      await admin.request({
        service: 'compute',
        region: 'RegionOne',
        method: 'DELETE',
        path: `/flavors/${hugeId}`,
      });
    }
    await clients.close();
  });

  const cases: [string, () => string, RegExp][] = [
    ['flavor', () => server('m1.nope', 'cirros'), /Flavor \(m1\.nope\) could not be found/],
    [
      'image',
      () => server('m1.tiny', 'no-such-image'),
      /Image \(no-such-image\) could not be found/,
    ],
    ['novalidhost', () => server(huge, 'cirros'), /No valid host was found/],
    ['clash', () => clash, /IP address 10\.9\.0\.10 already allocated/],
  ];

  it.each(cases)(
    '%s: the cloud says why, the other lane finishes, rollback cleans',
    async (kind, resources, why) => {
      const name = `${prefix}-${kind}`;
      const input = {
        design: name,
        compiled: compiled(designOf(design(name, resources()))),
        cloud: CLOUD,
        clients,
        journalDir: await tempDir(),
        pollIntervalMs: 1000,
        timeoutMins: 10,
      };
      const r = await deploy(input);
      expect(r.outcome).toBe('failed');
      expect(r.failed.map((f) => f.region)).toEqual(['bad']);
      expect(describeFailure(r.failed[0]!)).toMatch(why);
      const live = await stacksWithPrefix(clients, name);
      expect(live.find((s) => s.name === `${name}-indep`)?.status).toBe('CREATE_COMPLETE');

      const rb = await rollback(input, r);
      expect(rb.outcome).toBe('succeeded');
      expect(await stacksWithPrefix(clients, name)).toEqual([]);
      const leftServers = (await servers(clients, 'RegionOne')).filter((s) =>
        s.name.startsWith(name),
      );
      expect(leftServers).toEqual([]);
      expect((await ports(clients, 'RegionOne')).filter((p) => p.name.startsWith(name))).toEqual(
        [],
      );
    },
  );
});
