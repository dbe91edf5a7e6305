/**
 * The local cloud's real services (`npm run devcloud:up`, unless ISOTHERM_DEVCLOUD_SERVICES=heat): a describe
 * that is skipped LOUDLY unless they run, and admin reads of Nova and Neutron to check what a deploy made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientPool } from '../../electron/deploy/clientPool';
import type { HeatClient } from '../../electron/openstack/heat';
import type { StackRef } from '../../shared/deploy/events';
import { cloudAvailable, describeOrSkipLoudly, devcloudDir } from './cloud';

export const ADMIN_CLOUD = 'isotherm-dev-admin';

/** A one-line file the last successful `up` wrote in the state folder (`none` when absent). */
function stateWord(file: string): string {
  try {
    return readFileSync(join(devcloudDir(), file), 'utf8').trim();
  } catch {
    return 'none';
  }
}

/** What the last successful `up` started: `full` (real Nova, Neutron, Glance) or `heat`. */
export const devcloudServices = (): string => stateWord('services');

export function fullServicesUp(): boolean {
  return cloudAvailable() && devcloudServices() === 'full';
}

const SKIP_REASON =
  'real-service tests skipped: the local cloud runs no Nova/Neutron/Glance — run `npm run devcloud:up` as root (without ISOTHERM_DEVCLOUD_SERVICES=heat)';
const VPN_SKIP_REASON =
  'VPN tests skipped: the local cloud runs no Neutron VPNaaS (it was started with ISOTHERM_DEVCLOUD_VPN=0 or ISOTHERM_DEVCLOUD_SERVICES=heat) — run `npm run devcloud:up` as root';

/** `describe` when the real services run; otherwise `describe.skip` with a warning that says why. */
export function describeFullCloud(name: string, fn: () => void): void {
  describeOrSkipLoudly(
    name,
    fn,
    fullServicesUp() ? null : SKIP_REASON,
    `services: ${devcloudServices()}`,
  );
}

/** `describeFullCloud` that also needs Neutron VPNaaS (in the whole cloud unless `ISOTHERM_DEVCLOUD_VPN=0`). */
export function describeVpnCloud(name: string, fn: () => void): void {
  const vpn = stateWord('vpn');
  describeOrSkipLoudly(
    name,
    fn,
    fullServicesUp() && vpn === '1' ? null : VPN_SKIP_REASON,
    `services: ${devcloudServices()}, vpn: ${vpn}`,
  );
}

export interface Server {
  id: string;
  name: string;
  status: string;
  fault?: { message: string };
}
export interface Port {
  id: string;
  name: string;
  network_id: string;
  device_id: string;
  fixed_ips: { subnet_id: string; ip_address: string }[];
  'binding:vif_type'?: string;
}
export interface Network {
  id: string;
  name: string;
}
export interface Subnet {
  id: string;
  name: string;
  network_id: string;
  cidr: string;
  dns_nameservers: string[];
}

async function get<T>(
  clients: ClientPool,
  service: string,
  region: string,
  path: string,
  key: string,
): Promise<T> {
  const session = await clients.session(ADMIN_CLOUD);
  const res = await session.request({ service, region, method: 'GET', path });
  return (res.body as Record<string, T>)[key]!;
}

/** Every project's servers, as the admin sees them in Nova (`all_tenants`). */
export const servers = (clients: ClientPool, region: string): Promise<Server[]> =>
  get(clients, 'compute', region, '/servers/detail?all_tenants=1', 'servers');

export const ports = (clients: ClientPool, region: string, query = ''): Promise<Port[]> =>
  get(clients, 'network', region, `/v2.0/ports${query}`, 'ports');

export const networks = (clients: ClientPool, region: string, query = ''): Promise<Network[]> =>
  get(clients, 'network', region, `/v2.0/networks${query}`, 'networks');

export const subnets = (clients: ClientPool, region: string, query = ''): Promise<Subnet[]> =>
  get(clients, 'network', region, `/v2.0/subnets${query}`, 'subnets');

export interface LoadBalancer {
  id: string;
  name: string;
  provisioning_status: string;
  vip_address: string;
  pools: { id: string }[];
}

/** Every project's load balancers, as the admin sees them in Octavia. */
export const loadBalancers = (clients: ClientPool, region: string): Promise<LoadBalancer[]> =>
  get(clients, 'load-balancer', region, '/v2/lbaas/loadbalancers', 'loadbalancers');

/** Each resource's physical id in the stack of one lane, by resource name (the stack must exist). */
export async function physicalIds(
  heat: HeatClient,
  stack: StackRef,
): Promise<Record<string, string | undefined>> {
  const found = await heat.findStack(stack.stack);
  if (found === undefined) throw new Error(`stack ${stack.stack} not found`);
  const list = await heat.resources({ name: stack.stack, id: found.id });
  return Object.fromEntries(list.map((r) => [r.resource_name, r.physical_resource_id]));
}

export interface Router {
  id: string;
  name: string;
  external_gateway_info: { external_fixed_ips: { ip_address: string }[] } | null;
}
export interface VpnService {
  id: string;
  router_id: string;
  subnet_id: string | null;
  status: string;
  external_v4_ip: string | null;
}
export interface IpsecSiteConnection {
  id: string;
  vpnservice_id: string;
  status: string;
  peer_address: string;
  peer_cidrs: string[];
  psk: string;
}

export const routers = (clients: ClientPool, region: string, query = ''): Promise<Router[]> =>
  get(clients, 'network', region, `/v2.0/routers${query}`, 'routers');

/** Neutron VPNaaS (the l3 agent's strongSwan): VPN services and IPsec site connections. */
export const vpnServices = (
  clients: ClientPool,
  region: string,
  query = '',
): Promise<VpnService[]> =>
  get(clients, 'network', region, `/v2.0/vpn/vpnservices${query}`, 'vpnservices');

export const ipsecSiteConnections = (
  clients: ClientPool,
  region: string,
  query = '',
): Promise<IpsecSiteConnection[]> =>
  get(
    clients,
    'network',
    region,
    `/v2.0/vpn/ipsec-site-connections${query}`,
    'ipsec_site_connections',
  );
