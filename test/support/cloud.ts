/**
 * The local test cloud (npm run devcloud:up) for the integration tier: where its clouds.yaml is,
 * a describe that is skipped LOUDLY when it is absent, clients, and cleanup of test stacks.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { ClientPool, type ClientPoolOptions } from '../../electron/deploy/clientPool';
import type { HeatClient } from '../../electron/openstack/heat';
import { isOpenStackError } from '../../electron/openstack/errors';
import { isMidUpdateRead } from '../../electron/deploy/follow';

export const CLOUD = 'isotherm-dev';
export const REGIONS = ['RegionOne', 'RegionTwo'] as const;

export function devcloudDir(): string {
  return process.env['ISOTHERM_DEVCLOUD_DIR'] || '/var/lib/isotherm-devcloud';
}

export function devcloudCloudsYaml(): string {
  return join(devcloudDir(), 'clouds.yaml');
}

export function cloudAvailable(): boolean {
  return existsSync(devcloudCloudsYaml());
}

const SKIP_REASON =
  'integration tests skipped: local cloud not running — run `npm run devcloud:up` as root';

/**
 * `describe` when `skipReason` is null; otherwise `describe.skip`, with a warning that says why (and
 * `detail`, what was found) so a skipped tier is never silent.
 */
export function describeOrSkipLoudly(
  name: string,
  fn: () => void,
  skipReason: string | null,
  detail = '',
): void {
  if (skipReason === null) {
    describe(name, fn);
  } else {
    console.warn(`${skipReason}${detail ? ` (${detail})` : ''} [${name}]`);
    describe.skip(`${name} (${skipReason})`, fn);
  }
}

/** `describe` when the local cloud is there; otherwise `describe.skip` with a warning that says why. */
export function describeCloud(name: string, fn: () => void): void {
  describeOrSkipLoudly(
    name,
    fn,
    cloudAvailable() ? null : SKIP_REASON,
    `${devcloudCloudsYaml()} not found`,
  );
}

/** Environment for a child `bin/isotherm` and for the client: only the devcloud's clouds.yaml. */
export function cloudEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { OS_CLIENT_CONFIG_FILE: devcloudCloudsYaml(), ...extra };
}

export function testClients(
  options: Omit<ClientPoolOptions, 'where'> = {},
  cloudsYaml = devcloudCloudsYaml(),
): ClientPool {
  return new ClientPool({
    ...options,
    where: { env: { OS_CLIENT_CONFIG_FILE: cloudsYaml }, cwd: tmpdir(), home: tmpdir() },
  });
}

/** A name no other run uses: `<prefix>-<base36 time><random>` (Heat stack names: letters first). */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

export async function tempDir(prefix = 'iso-int-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Live stacks of both regions whose name starts with `prefix`. */
export async function stacksWithPrefix(
  clients: ClientPool,
  prefix: string,
): Promise<{ region: string; name: string; id: string; status: string }[]> {
  const out: { region: string; name: string; id: string; status: string }[] = [];
  for (const region of REGIONS) {
    const heat = await clients.heat(CLOUD, region);
    for (const s of await heat.listStacks()) {
      if (s.stack_name.startsWith(prefix) && s.stack_status !== 'DELETE_COMPLETE')
        out.push({ region, name: s.stack_name, id: s.id, status: s.stack_status });
    }
  }
  return out;
}

async function waitGone(heat: HeatClient, name: string, id: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const s = await heat.getStack({ name, id }).catch((e: unknown) => {
      if (isOpenStackError(e) && isMidUpdateRead(e)) return { stack_status: 'unreadable' };
      throw e;
    });
    if (s === undefined || s.stack_status === 'DELETE_COMPLETE') return;
    if (s.stack_status === 'DELETE_FAILED') {
      await heat.deleteStack({ name, id });
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`stack ${name} was not deleted in time`);
}

/** Delete every stack whose name starts with `prefix` (children in RegionTwo first), and wait. */
export async function cleanupPrefix(clients: ClientPool, prefix: string): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const stacks = await stacksWithPrefix(clients, prefix);
    if (stacks.length === 0) return;
    await Promise.all(
      stacks.map(async (s) => {
        const heat = await clients.heat(CLOUD, s.region);
        await heat.deleteStack({ name: s.name, id: s.id });
        await waitGone(heat, s.name, s.id);
      }),
    );
  }
}
