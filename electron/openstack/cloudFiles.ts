/**
 * Where clouds.yaml and secure.yaml live, searched the way openstacksdk does: OS_CLIENT_CONFIG_FILE
 * (OS_CLIENT_SECURE_FILE), then ./, ~/.config/openstack/, /etc/openstack/; the first file found wins.
 * secure.yaml is deep-merged over clouds.yaml.
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { OpenStackError } from './errors';

export type RawCloud = Record<string, unknown>;

export interface CloudFilesResult {
  clouds: Record<string, RawCloud>;
  cloudsPath?: string;
  securePath?: string;
}

export interface CloudFileEnv {
  env?: Record<string, string | undefined>;
  cwd?: string;
  home?: string;
}

const EXTENSIONS = ['yaml', 'yml', 'json'];

export function candidatePaths(base: 'clouds' | 'secure', where: CloudFileEnv = {}): string[] {
  const env = where.env ?? process.env;
  const cwd = where.cwd ?? process.cwd();
  const home = where.home ?? homedir();
  const explicit = base === 'clouds' ? env['OS_CLIENT_CONFIG_FILE'] : env['OS_CLIENT_SECURE_FILE'];
  const dirs = [
    cwd,
    join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'openstack'),
    '/etc/openstack',
  ];
  const found: string[] = explicit !== undefined && explicit !== '' ? [explicit] : [];
  for (const dir of dirs) for (const ext of EXTENSIONS) found.push(join(dir, `${base}.${ext}`));
  return found;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge `over` into `base` (maps merge, everything else replaces). */
export function deepMerge(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isRecord(b) && isRecord(v) ? deepMerge(b, v) : v;
  }
  return out;
}

async function readCloudsOf(path: string): Promise<Record<string, RawCloud>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new OpenStackError('E_CLOUD_CONFIG', `Cannot read ${path}: ${(e as Error).message}.`);
  }
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new OpenStackError(
      'E_CLOUD_CONFIG',
      `${path} is not valid YAML: ${(e as Error).message.split('\n')[0]}. Fix the file.`,
    );
  }
  if (doc === null || doc === undefined) return {};
  if (!isRecord(doc) || (doc['clouds'] !== undefined && !isRecord(doc['clouds']))) {
    throw new OpenStackError(
      'E_CLOUD_CONFIG',
      `${path} has no \`clouds:\` map. See the openstacksdk clouds.yaml format.`,
    );
  }
  const clouds = (doc['clouds'] ?? {}) as Record<string, unknown>;
  const out: Record<string, RawCloud> = {};
  for (const [name, cloud] of Object.entries(clouds)) if (isRecord(cloud)) out[name] = cloud;
  return out;
}

export async function loadCloudFiles(where: CloudFileEnv = {}): Promise<CloudFilesResult> {
  const cloudsPath = candidatePaths('clouds', where).find((p) => existsSync(p));
  const securePath = candidatePaths('secure', where).find((p) => existsSync(p));
  let clouds = cloudsPath === undefined ? {} : await readCloudsOf(cloudsPath);
  if (securePath !== undefined)
    clouds = deepMerge(clouds, await readCloudsOf(securePath)) as Record<string, RawCloud>;
  return { clouds, cloudsPath, securePath };
}
