// The site-to-site VPN example on real Neutron VPNaaS: the l3 agent gives each region's router a
// namespace on the external network `public`, and its vpnaas extension runs strongSwan there. Each
// lane is deployed in two passes (the connections need the other router's gateway), both IPsec site
// connections reach ACTIVE (strongSwan in each router namespace reports the IKEv2 SA established
// and the IPsec SA installed; no routes lead into it, see scripts/devcloud/README.md), each points
// at the other router's gateway address, a new pre-shared key (an update, from the command line)
// brings both up again with it, and destroy leaves no VPN service, connection or router behind.
// Checked through Neutron's API.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { deploy, destroy, liveDisposables } from '../../electron/deploy/index';
import {
  CLOUD,
  cleanupPrefix,
  cloudEnv,
  stacksWithPrefix,
  tempDir,
  testClients,
  uniqueName,
} from '../support/cloud';
import { runCli } from '../support/cli';
import { compiled, designOf, exampleText, renamed } from '../support/designs';
import { liveInput } from '../support/designOnDisk';
import {
  describeVpnCloud,
  ipsecSiteConnections,
  physicalIds,
  routers,
  vpnServices,
} from '../support/fullCloud';

const idQuery = (ids: (string | undefined)[]): string =>
  `?${ids.map((id) => `id=${id}`).join('&')}`;

describeVpnCloud(
  'site-to-site VPN on real Neutron VPNaaS (strongSwan in router namespaces)',
  () => {
    const clients = testClients();
    const name = uniqueName('it-real-vpn');
    afterAll(async () => {
      await cleanupPrefix(clients, name);
      await clients.close();
    });

    it('brings both IPsec connections up, each aimed at the other gateway, destroys all', async () => {
      const designText = renamed(exampleText('site-to-site-vpn.isotherm.yaml'), name);
      const result = compiled(designOf(designText));
      expect(result.plan.stacks.map((s) => [s.lane, s.passes])).toEqual([
        ['east', 2],
        ['west', 2],
      ]);
      const input = await liveInput(clients, name, result, {
        pollIntervalMs: 1000,
        timeoutMins: 10,
      });
      const run = await deploy(input);
      expect(run.failed).toEqual([]);
      expect(run.outcome).toBe('succeeded');
      expect(run.outputs['east']?.['east_status']).toBe('ACTIVE');
      expect(run.outputs['west']?.['west_status']).toBe('ACTIVE');

      const ids: Record<string, string | undefined> = {};
      for (const stack of result.plan.stacks) {
        Object.assign(ids, await physicalIds(await clients.heat(CLOUD, stack.regionName), stack));
      }
      const gateway = async (id: string | undefined): Promise<string | undefined> =>
        (await routers(clients, 'RegionOne', idQuery([id])))[0]?.external_gateway_info
          ?.external_fixed_ips[0]?.ip_address;
      const eastGateway = await gateway(ids['east_router']);
      const westGateway = await gateway(ids['west_router']);
      expect(eastGateway).toMatch(/^172\.24\.4\.\d+$/);
      expect(westGateway).toMatch(/^172\.24\.4\.\d+$/);

      const services = await vpnServices(
        clients,
        'RegionOne',
        idQuery([ids['east_vpn'], ids['west_vpn']]),
      );
      expect(services.map((s) => [s.router_id, s.status]).sort()).toEqual(
        [
          [ids['east_router'], 'ACTIVE'],
          [ids['west_router'], 'ACTIVE'],
        ].sort(),
      );
      const connections = await ipsecSiteConnections(
        clients,
        'RegionTwo',
        idQuery([ids['east_to_west'], ids['west_to_east']]),
      );
      const byId = new Map(connections.map((c) => [c.id, c]));
      expect(byId.get(ids['east_to_west']!)).toMatchObject({
        vpnservice_id: ids['east_vpn'],
        status: 'ACTIVE',
        peer_address: westGateway,
        peer_cidrs: ['10.20.0.0/24'],
      });
      expect(byId.get(ids['west_to_east']!)).toMatchObject({
        vpnservice_id: ids['west_vpn'],
        status: 'ACTIVE',
        peer_address: eastGateway,
        peer_cidrs: ['10.10.0.0/24'],
      });

      // update from the command line: a new pre-shared key reaches both connections (Heat replaces
      // them; each lane goes through its two passes again) and both come up again
      const psk = `rotated-${name}`;
      const dir = await tempDir();
      const file = join(dir, `${name}.isotherm.yaml`);
      await writeFile(file, designText);
      const updated = await runCli(
        ['deploy', file, '--cloud', CLOUD, '--yes', '--param', `psk=${psk}`, '--data-dir', dir],
        cloudEnv(),
      );
      expect(updated.code, updated.text).toBe(0);
      expect(updated.text).not.toContain(psk);
      const after: Record<string, string | undefined> = {};
      for (const stack of result.plan.stacks) {
        Object.assign(after, await physicalIds(await clients.heat(CLOUD, stack.regionName), stack));
      }
      const rotated = await ipsecSiteConnections(
        clients,
        'RegionOne',
        idQuery([after['east_to_west'], after['west_to_east']]),
      );
      expect(rotated.map((c) => [c.status, c.psk])).toEqual([
        ['ACTIVE', psk],
        ['ACTIVE', psk],
      ]);
      const everyConnection = [...byId.keys(), ...rotated.map((c) => c.id)];

      const destroyed = await destroy(input);
      expect(destroyed.outcome).toBe('succeeded');
      expect(await stacksWithPrefix(clients, name)).toEqual([]);
      expect(await ipsecSiteConnections(clients, 'RegionOne', idQuery(everyConnection))).toEqual(
        [],
      );
      expect(await vpnServices(clients, 'RegionOne', idQuery(services.map((s) => s.id)))).toEqual(
        [],
      );
      expect(
        await routers(clients, 'RegionOne', idQuery([ids['east_router'], ids['west_router']])),
      ).toEqual([]);
      expect(liveDisposables()).toBe(0);
    }, 900_000);
  },
);
