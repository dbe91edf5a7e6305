// The real services' own failure reasons reach the deploy result: a flavor or an image that does not
// exist, quota exceeded (a flavor above the project's RAM quota), no valid host (a flavor within the
// quota but with a disk bigger than the fake compute node's), an address already taken. The
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
  // Nova's default RAM quota is 51200 MB; the fake node has 1000 vCPU, 800000 MB, 600000 GB of disk
  // (no quota on disk: a 2000000 GB flavor passes the quota and finds no host)
  const overQuota = `${prefix}-overquota`;
  const noHost = `${prefix}-nohost`;
  const flavorIds: string[] = [];
  const flavorCall = async (method: 'POST' | 'DELETE', path: string, json?: unknown) =>
    (await clients.session(ADMIN_CLOUD)).request({
      service: 'compute',
      region: 'RegionOne',
      method,
      path,
      ...(json === undefined ? {} : { json }),
    });
  beforeAll(async () => {
    for (const [name, ram, disk] of [
      [overQuota, 64000, 1],
      [noHost, 512, 2_000_000],
    ] as const) {
      const res = await flavorCall('POST', '/flavors', {
        flavor: { name, vcpus: 1, ram, disk },
      });
      flavorIds.push((res.body as { flavor: { id: string } }).flavor.id);
    }
  });
  afterAll(async () => {
    await cleanupPrefix(clients, prefix);
    for (const id of flavorIds) await flavorCall('DELETE', `/flavors/${id}`);
    await clients.close();
  });

  const cases: [string, () => string, RegExp][] = [
    ['flavor', () => server('m1.nope', 'cirros'), /No Flavor matching \{'name': 'm1\.nope'\}/],
    [
      'image',
      () => server('m1.tiny', 'no-such-image'),
      /No images matching \{'name': 'no-such-image'\}/,
    ],
    ['quota', () => server(overQuota, 'cirros'), /Quota exceeded for ram: Requested 64000/],
    ['novalidhost', () => server(noHost, 'cirros'), /No valid host was found/],
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
      expect(r.failed.map((f) => f.lane)).toEqual(['bad']);
      expect(describeFailure(r.failed[0]!)).toMatch(why);
      const live = await stacksWithPrefix(clients, name);
      expect(live.find((s) => s.name === `${name}-indep`)?.status).toBe('CREATE_COMPLETE');

      const rb = await rollback(input, r);
      expect(rb.failed).toEqual([]);
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
    600_000, // each case creates, fails and rolls back real resources (minutes under load)
  );
});
