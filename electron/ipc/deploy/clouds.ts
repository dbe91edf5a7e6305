/**
 * The clouds the user has (clouds.yaml + secure.yaml + OS_*), summarized for the renderer without
 * any secret, and the resolver the deployer's clients use: clouds.yaml's settings plus a password
 * entered in the app when clouds.yaml has none.
 */
import { homedir } from 'node:os';
import {
  cloudFromEnv,
  normalizeCloud,
  resolveCloud,
  secretsOf,
  type CloudConfig,
} from '../../openstack/cloudConfig';
import { loadCloudFiles, type CloudFileEnv, type RawCloud } from '../../openstack/cloudFiles';
import { OpenStackError } from '../../openstack/errors';
import type { CloudsList, CloudSummary } from '../../../shared/ipc/channels/deploy';
import type { SecretStore } from './secretStore';

/** Where clouds.yaml is searched: the Node process's environment, working folder and home. */
export function processCloudEnv(home = homedir()): CloudFileEnv {
  return { env: process.env, cwd: process.cwd(), home };
}

function regionsOf(raw: RawCloud, regionName: string | undefined): string[] {
  const regions = raw['regions'];
  const names = Array.isArray(regions)
    ? regions
        .map((r) =>
          typeof r === 'string'
            ? r
            : typeof (r as { name?: unknown })?.name === 'string'
              ? (r as { name: string }).name
              : '',
        )
        .filter((r) => r !== '')
    : [];
  if (names.length === 0 && regionName !== undefined) names.push(regionName);
  return names;
}

async function summarize(name: string, raw: RawCloud, secrets: SecretStore): Promise<CloudSummary> {
  const stored = (await secrets.get(name)) !== undefined;
  try {
    const config = await normalizeCloud(name, raw);
    const missing =
      config.authType === 'password' &&
      (config.auth.password === undefined || config.auth.password === '');
    return {
      name,
      regions: regionsOf(raw, config.regionName),
      ...(config.regionName !== undefined ? { regionName: config.regionName } : {}),
      authType: config.authType,
      authUrl: config.auth.auth_url,
      needsPassword: missing && !stored,
      storedPassword: stored,
    };
  } catch (e) {
    return {
      name,
      regions: regionsOf(raw, undefined),
      authType: 'password',
      authUrl: '',
      needsPassword: false,
      storedPassword: stored,
      problem: (e as Error).message,
    };
  }
}

/** Every cloud, by name: regions, auth type and URL, whether a password must be entered. Never a secret. */
export async function listCloudSummaries(
  where: CloudFileEnv,
  secrets: SecretStore,
): Promise<CloudsList> {
  const files = await loadCloudFiles(where);
  const clouds: CloudSummary[] = [];
  for (const [name, raw] of Object.entries(files.clouds))
    clouds.push(await summarize(name, raw, secrets));
  const env = where.env ?? process.env;
  const fromEnv = cloudFromEnv(env);
  if (fromEnv !== undefined)
    clouds.push(await summarize(env['OS_CLOUD_NAME'] ?? 'envvars', fromEnv, secrets));
  return {
    clouds,
    ...(files.cloudsPath !== undefined ? { cloudsPath: files.cloudsPath } : {}),
    secretStore: secrets.kind,
  };
}

/**
 * A cloud's settings for the clients: clouds.yaml's, with the password entered in the app when the
 * file has none. Every secret resolved is added to `seen`, so events can be scrubbed of them.
 */
export function cloudResolver(
  where: CloudFileEnv,
  secrets: SecretStore,
  seen: Set<string>,
): (cloud: string) => Promise<CloudConfig> {
  return async (cloud) => {
    const config = await resolveCloud({ ...where, cloud });
    if (
      config.authType === 'password' &&
      (config.auth.password === undefined || config.auth.password === '')
    ) {
      const stored = await secrets.get(cloud);
      if (stored === undefined) {
        throw new OpenStackError(
          'E_AUTH_CONFIG',
          `Cloud "${cloud}" has no password in clouds.yaml or secure.yaml: enter it in Isotherm (it is kept in this computer's keychain).`,
        );
      }
      config.auth.password = stored;
    }
    for (const s of secretsOf(config)) seen.add(s);
    return config;
  };
}
