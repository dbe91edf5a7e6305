/**
 * A cloud's settings, resolved the way openstacksdk resolves them: a named cloud from clouds.yaml
 * (+ secure.yaml), or the `envvars` cloud built from OS_* variables; OS_CLOUD picks the default.
 */
import { readFile } from 'node:fs/promises';
import { OpenStackError } from './errors';
import { loadCloudFiles, type CloudFileEnv, type RawCloud } from './cloudFiles';

export type AuthType = 'password' | 'token' | 'application_credential';
export type Interface = 'public' | 'internal' | 'admin';

export interface AuthSettings {
  auth_url: string;
  username?: string;
  user_id?: string;
  password?: string;
  user_domain_name?: string;
  user_domain_id?: string;
  project_name?: string;
  project_id?: string;
  project_domain_name?: string;
  project_domain_id?: string;
  domain_name?: string;
  domain_id?: string;
  application_credential_id?: string;
  application_credential_name?: string;
  application_credential_secret?: string;
  token?: string;
}

export interface CloudConfig {
  name: string;
  authType: AuthType;
  auth: AuthSettings;
  /** The cloud's default region (lanes name their own). */
  regionName?: string;
  interface: Interface;
  verify: boolean;
  /** PEM text of the CA bundle (read from `cacert`). */
  ca?: string;
  /** `<service type>_endpoint_override`, e.g. `orchestration`. */
  endpointOverrides: Record<string, string>;
}

const AUTH_KEYS = [
  'auth_url',
  'username',
  'user_id',
  'password',
  'user_domain_name',
  'user_domain_id',
  'project_name',
  'project_id',
  'project_domain_name',
  'project_domain_id',
  'domain_name',
  'domain_id',
  'application_credential_id',
  'application_credential_name',
  'application_credential_secret',
  'token',
  'tenant_name',
  'tenant_id',
  'default_domain',
];

const AUTH_TYPES: Record<string, AuthType> = {
  password: 'password',
  v3password: 'password',
  token: 'token',
  v3token: 'token',
  application_credential: 'application_credential',
  v3applicationcredential: 'application_credential',
};

/** The `envvars` cloud from OS_* variables, or undefined when none is set (OS_CLOUD alone does not count). */
export function cloudFromEnv(env: Record<string, string | undefined>): RawCloud | undefined {
  const cloud: Record<string, unknown> = {};
  const auth: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(env)) {
    if (!key.startsWith('OS_') || value === undefined || value === '') continue;
    const k = key.slice(3).toLowerCase();
    if (['cloud', 'cloud_name', 'client_config_file', 'client_secure_file'].includes(k)) continue;
    if (AUTH_KEYS.includes(k)) auth[k] = value;
    else cloud[k] = value;
  }
  if (Object.keys(auth).length === 0 && Object.keys(cloud).every((k) => k === 'region_name'))
    return undefined;
  if (cloud['endpoint_type'] !== undefined && cloud['interface'] === undefined)
    cloud['interface'] = cloud['endpoint_type'];
  return { ...cloud, auth };
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function normalizeKeys(raw: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) out[k.replace(/-/g, '_')] = v;
  return out;
}

/** Normalize a raw cloud map (clouds.yaml entry) into settings; pure apart from reading `cacert`. */
export async function normalizeCloud(name: string, rawCloud: RawCloud): Promise<CloudConfig> {
  const raw = normalizeKeys(rawCloud);
  const auth = normalizeKeys(
    typeof raw['auth'] === 'object' && raw['auth'] !== null
      ? (raw['auth'] as Record<string, unknown>)
      : {},
  );
  for (const k of AUTH_KEYS) if (raw[k] !== undefined && auth[k] === undefined) auth[k] = raw[k];
  if (auth['tenant_name'] !== undefined) auth['project_name'] ??= auth['tenant_name'];
  if (auth['tenant_id'] !== undefined) auth['project_id'] ??= auth['tenant_id'];
  const defaultDomain = str(auth['default_domain']) ?? str(raw['default_domain']);
  const hasProject = auth['project_name'] !== undefined || auth['project_id'] !== undefined;
  if (hasProject) {
    // openstacksdk: a domain given with a project is the user's and the project's domain, not a scope
    for (const kind of ['id', 'name'] as const) {
      const d = auth[`domain_${kind}`];
      if (d !== undefined) {
        auth[`user_domain_${kind}`] ??= d;
        auth[`project_domain_${kind}`] ??= d;
        delete auth[`domain_${kind}`];
      }
    }
  }
  if (defaultDomain !== undefined) {
    if (auth['user_domain_id'] === undefined && auth['user_domain_name'] === undefined)
      auth['user_domain_id'] = defaultDomain;
    if (
      hasProject &&
      auth['project_domain_id'] === undefined &&
      auth['project_domain_name'] === undefined
    )
      auth['project_domain_id'] = defaultDomain;
  }
  const authTypeRaw =
    str(raw['auth_type']) ??
    (auth['application_credential_secret'] !== undefined
      ? 'v3applicationcredential'
      : auth['token'] !== undefined && auth['password'] === undefined
        ? 'v3token'
        : 'password');
  const authType = AUTH_TYPES[authTypeRaw];
  if (authType === undefined) {
    throw new OpenStackError(
      'E_AUTH_CONFIG',
      `Cloud "${name}": auth_type "${authTypeRaw}" is not supported. Use password, v3token or v3applicationcredential.`,
    );
  }
  const authUrl = str(auth['auth_url']);
  if (authUrl === undefined)
    throw new OpenStackError(
      'E_AUTH_CONFIG',
      `Cloud "${name}" has no auth.auth_url. Add it to clouds.yaml (or set OS_AUTH_URL).`,
    );
  const settings: AuthSettings = { auth_url: authUrl };
  for (const k of AUTH_KEYS) {
    const v = str(auth[k]);
    if (
      v !== undefined &&
      k in auth &&
      !['tenant_name', 'tenant_id', 'default_domain', 'auth_url'].includes(k)
    )
      (settings as unknown as Record<string, string>)[k] = v;
  }
  const iface = (str(raw['interface']) ?? str(raw['endpoint_type']) ?? 'public').replace(
    /URL$/,
    '',
  );
  if (!['public', 'internal', 'admin'].includes(iface))
    throw new OpenStackError(
      'E_AUTH_CONFIG',
      `Cloud "${name}": interface "${iface}" must be public, internal or admin.`,
    );
  const verifyRaw = raw['verify'];
  const insecure =
    raw['insecure'] === true || raw['insecure'] === 'true' || raw['insecure'] === 'True';
  const verify = !(
    insecure ||
    verifyRaw === false ||
    verifyRaw === 'false' ||
    verifyRaw === 'False'
  );
  let ca: string | undefined;
  const cacert =
    str(raw['cacert']) ??
    (typeof verifyRaw === 'string' && !['true', 'false', 'True', 'False'].includes(verifyRaw)
      ? verifyRaw
      : undefined);
  if (cacert !== undefined && verify) {
    try {
      ca = await readFile(cacert, 'utf8');
    } catch (e) {
      throw new OpenStackError(
        'E_CLOUD_CONFIG',
        `Cloud "${name}": cannot read cacert ${cacert}: ${(e as Error).message}.`,
      );
    }
  }
  const endpointOverrides: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) {
    const m = /^(.+)_endpoint_override$/.exec(k);
    if (m !== null && typeof v === 'string') endpointOverrides[m[1]!] = v;
  }
  const regions = raw['regions'];
  const firstRegion = Array.isArray(regions)
    ? typeof regions[0] === 'string'
      ? regions[0]
      : str((regions[0] as { name?: unknown } | undefined)?.name)
    : undefined;
  return {
    name,
    authType,
    auth: settings,
    regionName: str(raw['region_name']) ?? firstRegion,
    interface: iface as Interface,
    verify,
    ca,
    endpointOverrides,
  };
}

export interface ResolveOptions extends CloudFileEnv {
  /** Cloud name; defaults to OS_CLOUD, then the `envvars` cloud. */
  cloud?: string;
}

/** The names of the clouds available (clouds.yaml + secure.yaml, and `envvars` when OS_* are set). */
export async function listClouds(
  where: CloudFileEnv = {},
): Promise<{ names: string[]; cloudsPath?: string }> {
  const files = await loadCloudFiles(where);
  const env = where.env ?? process.env;
  const names = Object.keys(files.clouds);
  if (cloudFromEnv(env) !== undefined) names.push(env['OS_CLOUD_NAME'] ?? 'envvars');
  return { names, cloudsPath: files.cloudsPath };
}

export async function resolveCloud(options: ResolveOptions = {}): Promise<CloudConfig> {
  const env = options.env ?? process.env;
  const files = await loadCloudFiles(options);
  const envName = env['OS_CLOUD_NAME'] ?? 'envvars';
  const fromEnv = cloudFromEnv(env);
  const name = options.cloud ?? env['OS_CLOUD'] ?? (fromEnv !== undefined ? envName : undefined);
  if (name === undefined) {
    throw new OpenStackError(
      'E_CLOUD_NOT_FOUND',
      `No cloud given. Pass --cloud NAME (one of: ${Object.keys(files.clouds).join(', ') || 'none found'}) or set OS_CLOUD.`,
    );
  }
  const raw = files.clouds[name] ?? (name === envName ? fromEnv : undefined);
  if (raw === undefined) {
    const where =
      files.cloudsPath ??
      'no clouds.yaml found (OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/, /etc/openstack/)';
    throw new OpenStackError(
      'E_CLOUD_NOT_FOUND',
      `Cloud "${name}" not found in ${where}. Known clouds: ${Object.keys(files.clouds).join(', ') || 'none'}.`,
    );
  }
  const merged =
    files.clouds[name] !== undefined &&
    env['OS_REGION_NAME'] !== undefined &&
    raw['region_name'] === undefined
      ? { ...raw, region_name: env['OS_REGION_NAME'] }
      : raw;
  return normalizeCloud(name, merged);
}

/** The secret values of a cloud, for scrubbing. */
export function secretsOf(cloud: CloudConfig): string[] {
  return [cloud.auth.password, cloud.auth.application_credential_secret, cloud.auth.token].filter(
    (s): s is string => s !== undefined && s !== '',
  );
}
