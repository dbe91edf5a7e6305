/**
 * Which custom_constraints name things a cloud can list (as Horizon's template generator does), and
 * how: the service type of the catalog, the API path, the collection key. Pure data and parsing:
 * the Node side sends the requests (electron/openstack/cloudValues.ts).
 */

/** One thing of a cloud a property may name: shown by name, kept by id. */
export interface CloudValue {
  id: string;
  name: string;
}

export interface CloudLookup {
  /** Service type in Keystone's catalog. */
  service: 'compute' | 'image' | 'network' | 'volumev3' | 'load-balancer';
  /** API version prefix, added unless the endpoint URL already ends with it. */
  version: string;
  /** Below the version. */
  path: string;
  /** The list's key in the JSON answer. */
  key: string;
  /** The items are wrapped (`{keypair: {...}}`). */
  wrapper?: string;
  /** The item has no id of its own (key pairs): its name is its id. */
  nameIsId?: boolean;
  /** What the list holds, for labels and messages ("flavors"). */
  noun: string;
}

const compute = (path: string, key: string, noun: string, extra: Partial<CloudLookup> = {}) =>
  ({ service: 'compute', version: '', path, key, noun, ...extra }) as const;
const network = (path: string, key: string, noun: string) =>
  ({ service: 'network', version: '/v2.0', path, key, noun }) as const;
const volume = (path: string, key: string, noun: string) =>
  ({ service: 'volumev3', version: '', path, key, noun }) as const;
const lbaas = (path: string, key: string, noun: string) =>
  ({ service: 'load-balancer', version: '/v2', path: `/lbaas${path}`, key, noun }) as const;

/** custom_constraint -> how to list its values. Others (ip_addr, keystone.*, ...) have no picker. */
export const CLOUD_LOOKUPS: Readonly<Record<string, CloudLookup>> = {
  'nova.flavor': compute('/flavors', 'flavors', 'flavors'),
  'nova.keypair': compute('/os-keypairs', 'keypairs', 'key pairs', {
    wrapper: 'keypair',
    nameIsId: true,
  }),
  'nova.server': compute('/servers', 'servers', 'servers'),
  'glance.image': {
    service: 'image',
    version: '/v2',
    path: '/images?limit=1000',
    key: 'images',
    noun: 'images',
  },
  'neutron.network': network('/networks', 'networks', 'networks'),
  'neutron.subnet': network('/subnets', 'subnets', 'subnets'),
  'neutron.port': network('/ports', 'ports', 'ports'),
  'neutron.security_group': network('/security-groups', 'security_groups', 'security groups'),
  'neutron.router': network('/routers', 'routers', 'routers'),
  'neutron.qos_policy': network('/qos/policies', 'policies', 'QoS policies'),
  'neutron.subnetpool': network('/subnetpools', 'subnetpools', 'subnet pools'),
  'neutron.address_scope': network('/address-scopes', 'address_scopes', 'address scopes'),
  'cinder.vtype': volume('/types', 'volume_types', 'volume types'),
  'cinder.volume': volume('/volumes', 'volumes', 'volumes'),
  'cinder.snapshot': volume('/snapshots', 'snapshots', 'volume snapshots'),
  'cinder.backup': volume('/backups', 'backups', 'volume backups'),
  'octavia.loadbalancer': lbaas('/loadbalancers', 'loadbalancers', 'load balancers'),
  'octavia.listener': lbaas('/listeners', 'listeners', 'listeners'),
  'octavia.pool': lbaas('/pools', 'pools', 'pools'),
  'octavia.flavor': lbaas('/flavors', 'flavors', 'load balancer flavors'),
};

export function cloudLookupOf(constraint: string | undefined): CloudLookup | undefined {
  return constraint !== undefined && Object.prototype.hasOwnProperty.call(CLOUD_LOOKUPS, constraint)
    ? CLOUD_LOOKUPS[constraint]
    : undefined;
}

/** How people call the service, for messages ("the region's image service"). */
export const SERVICE_NOUNS: Readonly<Record<CloudLookup['service'], string>> = {
  compute: 'compute (Nova)',
  image: 'image (Glance)',
  network: 'network (Neutron)',
  volumev3: 'block storage (Cinder)',
  'load-balancer': 'load balancer (Octavia)',
};

/** The URL below the endpoint: the version is added unless the endpoint already ends with it. */
export function lookupPath(lookup: CloudLookup, endpoint: string): string {
  const base = endpoint.replace(/\/+$/, '');
  const version = lookup.version !== '' && !base.endsWith(lookup.version) ? lookup.version : '';
  return `${version}${lookup.path}`;
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

/** The values in a service's answer, sorted by name (then id); items without an id are left out. */
export function valuesFromAnswer(lookup: CloudLookup, body: unknown): CloudValue[] {
  const list = (body as Record<string, unknown> | null | undefined)?.[lookup.key];
  if (!Array.isArray(list)) return [];
  const out: CloudValue[] = [];
  for (const raw of list) {
    const item = (
      lookup.wrapper !== undefined ? (raw as Record<string, unknown>)?.[lookup.wrapper] : raw
    ) as Record<string, unknown> | undefined;
    const name = text(item?.['name']) ?? '';
    const id = lookup.nameIsId ? name : (text(item?.['id']) ?? '');
    if (id !== '') out.push({ id, name });
  }
  return out.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

/** Does the cloud have this value (by name or by id)? */
export function hasCloudValue(values: readonly CloudValue[], value: string): boolean {
  return values.some((v) => v.id === value || (v.name !== '' && v.name === value));
}

/** The values whose name or id contains every word of the query (case-insensitive). */
export function filterCloudValues(values: readonly CloudValue[], query: string): CloudValue[] {
  const words = query
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  return values.filter((v) => {
    const hay = `${v.name} ${v.id}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** What a pick writes into the property: the name when it names one thing only, else the id. */
export function pickedValue(values: readonly CloudValue[], picked: CloudValue): string {
  if (picked.name === '') return picked.id;
  return values.filter((v) => v.name === picked.name).length === 1 ? picked.name : picked.id;
}
