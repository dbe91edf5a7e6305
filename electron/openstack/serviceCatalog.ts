/** The service catalog of a Keystone token, and endpoint lookup by type, region and interface. */
import { OpenStackError } from './errors';

export interface CatalogEndpoint {
  interface: string;
  region_id?: string;
  region?: string;
  url: string;
}

export interface CatalogEntry {
  type: string;
  name?: string;
  endpoints: CatalogEndpoint[];
}

export function findEndpoint(
  catalog: readonly CatalogEntry[],
  type: string,
  region: string | undefined,
  iface: string,
): string | undefined {
  for (const entry of catalog) {
    if (entry.type !== type) continue;
    for (const ep of entry.endpoints) {
      if (ep.interface !== iface) continue;
      if (region !== undefined && ep.region_id !== region && ep.region !== region) continue;
      return ep.url.replace(/\/+$/, '');
    }
  }
  return undefined;
}

/** Regions that offer a service type (for messages). */
export function regionsOf(catalog: readonly CatalogEntry[], type: string): string[] {
  const out = new Set<string>();
  for (const entry of catalog)
    if (entry.type === type)
      for (const ep of entry.endpoints) out.add(ep.region_id ?? ep.region ?? '?');
  return [...out].sort();
}

export function requireEndpoint(
  catalog: readonly CatalogEntry[],
  type: string,
  region: string | undefined,
  iface: string,
  cloud: string,
): string {
  const url = findEndpoint(catalog, type, region, iface);
  if (url !== undefined) return url;
  const offered = regionsOf(catalog, type);
  throw new OpenStackError(
    'E_NO_ENDPOINT',
    offered.length === 0
      ? `Cloud "${cloud}" has no ${type} service in its catalog. Is the project scoped, and does the cloud run Heat?`
      : `Cloud "${cloud}" has no ${iface} ${type} endpoint in region "${region ?? '(any)'}". Regions with ${type}: ${offered.join(', ')}. Fix the lane's region_name.`,
  );
}
