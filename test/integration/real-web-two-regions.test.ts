// The web-two-regions example on the real services (Nova with the fake driver, Neutron, Glance, Octavia
// with its no-op drivers): both web servers and the database reach ACTIVE on their networks, each
// region's load balancer is ACTIVE with its web server as a member, the database address (an attribute
// of a port in RegionOne) arrives in the RegionTwo stack, and destroy leaves no server, port, network
// or load balancer behind. Checked through Nova's, Neutron's and Octavia's APIs.
import { afterAll, expect, it } from 'vitest';
import { deploy, destroy, liveDisposables } from '../../electron/deploy/index';
import { CLOUD, cleanupPrefix, stacksWithPrefix, testClients, uniqueName } from '../support/cloud';
import { compiled, designOf, webTwoRegionsForLocalCloud } from '../support/designs';
import { liveInput } from '../support/designOnDisk';
import {
  describeFullCloud,
  loadBalancers,
  networks,
  physicalIds,
  ports,
  servers,
} from '../support/fullCloud';

describeFullCloud('web-two-regions on real Nova, Neutron and Octavia', () => {
  const clients = testClients();
  const name = uniqueName('it-real-web');
  afterAll(async () => {
    await cleanupPrefix(clients, name);
    await clients.close();
  });

  it('deploys servers, networks and load balancers in both regions, carries the db address, destroys all', async () => {
    const result = compiled(designOf(webTwoRegionsForLocalCloud(name)));
    const input = await liveInput(clients, name, result, { pollIntervalMs: 1000, timeoutMins: 15 });
    const first = await deploy({ ...input, parameters: { flavor: 'm1.tiny' } });
    expect(first.failed).toEqual([]);
    expect(first.outcome).toBe('succeeded');
    expect(first.outputs['east']?.['east_url']).toMatch(/^http:\/\/[0-9.]+\/$/);
    expect(first.outputs['west']?.['west_url']).toMatch(/^http:\/\/[0-9.]+\/$/);

    const ids: Record<string, Record<string, string | undefined>> = {};
    for (const lane of ['east', 'west']) {
      const stack = result.plan.stacks.find((s) => s.lane === lane)!;
      ids[lane] = await physicalIds(await clients.heat(CLOUD, stack.regionName), stack);
    }
    const east = ids['east']!;
    const west = ids['west']!;
    const novaServers = await servers(clients, 'RegionOne');
    for (const [lane, server, port, net] of [
      ['east', east['db'], east['db_port'], east['east_net']],
      ['east', east['east_web'], east['east_web_port'], east['east_net']],
      ['west', west['west_web'], west['west_web_port'], west['west_net']],
    ] as const) {
      const found = novaServers.find((s) => s.id === server);
      expect(found?.status, `${lane} server ${server}`).toBe('ACTIVE');
      const [p] = await ports(clients, 'RegionOne', `?device_id=${server}`);
      expect(p?.id).toBe(port);
      expect(p?.network_id).toBe(net);
      expect(p?.fixed_ips).toHaveLength(1);
    }
    expect((await networks(clients, 'RegionOne', `?id=${west['west_net']}`))[0]?.name).toBe(
      'web-west',
    );

    // the database address, read from a RegionOne port, is the value the west stack received
    const [dbPort] = await ports(clients, 'RegionOne', `?id=${east['db_port']}`);
    const dbAddress = dbPort!.fixed_ips[0]!.ip_address;
    const westStack = result.plan.stacks.find((s) => s.lane === 'west')!;
    const westHeat = await clients.heat(CLOUD, westStack.regionName);
    const westFound = (await westHeat.findStack(westStack.stack))!;
    const shown = await westHeat.getStack({ name: westFound.stack_name, id: westFound.id });
    expect(Object.values(shown?.parameters ?? {})).toContain(dbAddress);

    // Octavia: each region's load balancer is ACTIVE with its web server's address as the member
    const lbs = await loadBalancers(clients, 'RegionOne');
    for (const [lb, webPort] of [
      [east['east_lb'], east['east_web_port']],
      [west['west_lb'], west['west_web_port']],
    ] as const) {
      const found = lbs.find((l) => l.id === lb);
      expect(found?.provisioning_status, `load balancer ${lb}`).toBe('ACTIVE');
      const [p] = await ports(clients, 'RegionOne', `?id=${webPort}`);
      expect(found?.pools).toHaveLength(1);
      expect(p?.fixed_ips).toHaveLength(1);
    }

    const destroyed = await destroy(input);
    expect(destroyed.outcome).toBe('succeeded');
    expect(await stacksWithPrefix(clients, name)).toEqual([]);
    const left = new Set((await servers(clients, 'RegionOne')).map((s) => s.id));
    for (const id of [east['db'], east['east_web'], west['west_web']])
      expect(left.has(id!)).toBe(false);
    for (const net of [east['east_net'], west['west_net']])
      expect(await networks(clients, 'RegionOne', `?id=${net}`)).toEqual([]);
    const lbsLeft = new Set((await loadBalancers(clients, 'RegionOne')).map((l) => l.id));
    expect(lbsLeft.has(east['east_lb']!) || lbsLeft.has(west['west_lb']!)).toBe(false);
    expect(liveDisposables()).toBe(0);
  }, 1_200_000); // two regions of real servers and load balancers on a loaded 2-core machine
});
