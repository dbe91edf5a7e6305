// The hub-and-spoke example on the real services (Nova with the fake driver, Neutron, Glance): the
// server reaches ACTIVE, its port holds the fixed address on the hub network, the hub's resolver
// address arrives in both spokes' subnets (another region's stack), update keeps it all, destroy
// leaves no server, port or network behind. Checked through Nova's and Neutron's APIs.
import { afterAll, expect, it } from 'vitest';
import { deploy, destroy, liveDisposables } from '../../electron/deploy/index';
import { CLOUD, cleanupPrefix, stacksWithPrefix, testClients, uniqueName } from '../support/cloud';
import { compiled, designOf, exampleText, renamed } from '../support/designs';
import { liveInput } from '../support/designOnDisk';
import {
  describeFullCloud,
  networks,
  physicalIds,
  ports,
  servers,
  subnets,
} from '../support/fullCloud';

/** The devcloud has two regions: the second spoke shares RegionTwo with the first (its own stack). */
function twoRegionHubAndSpoke(name: string): string {
  return renamed(exampleText('hub-and-spoke.isotherm.yaml'), name).replace(
    'spoke_b: {region_name: RegionThree}',
    'spoke_b: {region_name: RegionTwo}',
  );
}

describeFullCloud('hub-and-spoke on real Nova and Neutron', () => {
  const clients = testClients();
  const name = uniqueName('it-real-hub');
  afterAll(async () => {
    await cleanupPrefix(clients, name);
    await clients.close();
  });

  it('deploys an ACTIVE server with its address, carries it across regions, destroys all', async () => {
    const result = compiled(designOf(twoRegionHubAndSpoke(name)));
    const input = await liveInput(clients, name, result, { pollIntervalMs: 1000, timeoutMins: 10 });
    const first = await deploy({ ...input, parameters: { flavor: 'm1.tiny' } });
    expect(first.failed).toEqual([]);
    expect(first.outcome).toBe('succeeded');
    expect(first.outputs['hub']?.['resolver']).toBe('10.0.0.53');

    const hub = result.plan.stacks.find((s) => s.lane === 'hub')!;
    const hubIds = await physicalIds(await clients.heat(CLOUD, hub.regionName), hub);
    const server = (await servers(clients, 'RegionOne')).find((s) => s.id === hubIds['dns_server']);
    expect(server, 'the dns_server in Nova').toBeDefined();
    expect(server!.status).toBe('ACTIVE');
    const [port] = await ports(clients, 'RegionOne', `?device_id=${server!.id}`);
    expect(port?.id).toBe(hubIds['dns_port']);
    expect(port?.network_id).toBe(hubIds['hub_net']);
    expect(port?.fixed_ips.map((f) => f.ip_address)).toEqual(['10.0.0.53']);
    expect(port?.['binding:vif_type']).toBe('bridge');
    expect((await networks(clients, 'RegionOne', `?id=${hubIds['hub_net']}`))[0]?.name).toBe(
      'hub-services',
    );

    // the resolver address, an output of RegionOne's stack, configures the spokes' subnets in RegionTwo
    for (const lane of ['spoke_a', 'spoke_b']) {
      const spoke = result.plan.stacks.find((s) => s.lane === lane)!;
      expect(spoke.regionName).toBe('RegionTwo');
      const ids = await physicalIds(await clients.heat(CLOUD, spoke.regionName), spoke);
      const [subnet] = await subnets(clients, 'RegionTwo', `?id=${ids[`${lane}_subnet`]}`);
      expect(subnet?.dns_nameservers).toEqual(['10.0.0.53']);
    }

    // update to a bigger flavor (Nova refuses a smaller disk): Nova resizes the server, which stays
    // ACTIVE on the same port
    const second = await deploy({ ...input, parameters: { flavor: 'm1.small' } });
    expect(second.failed).toEqual([]);
    expect(second.outcome).toBe('succeeded');
    const after = await physicalIds(await clients.heat(CLOUD, hub.regionName), hub);
    const resized = (await servers(clients, 'RegionOne')).find((s) => s.id === after['dns_server']);
    expect(resized?.status).toBe('ACTIVE');
    expect(after['dns_port']).toBe(hubIds['dns_port']);

    const destroyed = await destroy(input);
    expect(destroyed.outcome).toBe('succeeded');
    expect(await stacksWithPrefix(clients, name)).toEqual([]);
    const serverIds = new Set((await servers(clients, 'RegionOne')).map((s) => s.id));
    expect(serverIds.has(after['dns_server']!)).toBe(false);
    expect(await ports(clients, 'RegionOne', `?id=${hubIds['dns_port']}`)).toEqual([]);
    expect(await networks(clients, 'RegionOne', `?id=${hubIds['hub_net']}`)).toEqual([]);
    expect(liveDisposables()).toBe(0);
  }, 900_000); // a real server stack: deploy, resize and destroy took over 5 min at load 20 on 2 cores
});
