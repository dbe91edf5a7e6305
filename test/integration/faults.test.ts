// Fault injection through a proxy between the client and the real cloud: dropped connections,
// 503s, slow answers, a lost answer to a create and to an update, a revoked token. The deploy
// still completes, with nothing duplicated.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deploy, liveDisposables } from '../../electron/deploy/index';
import { resolveCloud } from '../../electron/openstack/cloudConfig';
import { Session } from '../../electron/openstack/session';
import type { DeployEvent } from '../../shared/deploy/events';
import {
  CLOUD,
  cleanupPrefix,
  cloudAvailable,
  describeCloud,
  devcloudCloudsYaml,
  stacksWithPrefix,
  tempDir,
  testClients,
  uniqueName,
} from '../support/cloud';
import { compiled, designOf, exampleText, renamed } from '../support/designs';
import { FaultProxy } from '../support/faultProxy';
import type { ClientPool } from '../../electron/deploy/clientPool';

describeCloud('deploy through faults', () => {
  const direct = testClients();
  const name = uniqueName('it-faults');
  let proxy: FaultProxy;
  let clients: ClientPool;

  beforeAll(async () => {
    if (!cloudAvailable()) return;
    const doc = parse(await readFile(devcloudCloudsYaml(), 'utf8')) as {
      clouds: Record<string, { auth: { auth_url: string } }>;
    };
    const keystone = new URL(doc.clouds[CLOUD]!.auth.auth_url).origin;
    const session = new Session(
      await resolveCloud({ cloud: CLOUD, env: { OS_CLIENT_CONFIG_FILE: devcloudCloudsYaml() } }),
    );
    const catalog = (await session.token()).catalog;
    await session.close();
    const heats = [
      ...new Set(
        catalog
          .filter((c) => c.type === 'orchestration')
          .flatMap((c) => c.endpoints.map((e) => new URL(e.url).origin)),
      ),
    ];
    proxy = await FaultProxy.start(keystone, heats);
    const yamlPath = await proxy.writeCloudsYaml(devcloudCloudsYaml(), await tempDir());
    clients = testClients(
      {
        session: { timeoutMs: 8000 },
        heat: { retry: { attempts: 6, baseMs: 100, maxMs: 1000 }, lookupPauseMs: 500 },
      },
      yamlPath,
    );
  });

  afterAll(async () => {
    await cleanupPrefix(direct, name);
    await clients?.close();
    await direct.close();
    await proxy?.close();
  });

  it('completes a deploy and an update with nothing duplicated', { timeout: 420_000 }, async () => {
    const result = compiled(designOf(renamed(exampleText('heat-only.isotherm.yaml'), name)));
    const input = {
      design: name,
      compiled: result,
      cloud: CLOUD,
      clients,
      journalDir: await tempDir(),
      pollIntervalMs: 400,
      timeoutMins: 4,
    };
    proxy.rules = [
      { action: 'lose-answer', method: 'POST', path: /\/stacks$/ },
      { action: 'revoke-token', method: 'POST', path: /\/stacks$/, skip: 0 },
      { action: 'drop', method: 'GET', path: /\/events/, skip: 1, times: 2 },
      { action: '503', method: 'GET', path: /\/stacks\/[^/]+\/[^/?]+$/, skip: 1, times: 3 },
      { action: 'slow', method: 'GET', path: /\/resources/, times: 2, delayMs: 1500 },
      { action: '503', method: 'POST', path: /\/validate$/, times: 1 },
      { action: 'drop', method: 'POST', path: /\/v3\/auth\/tokens$/, times: 1 },
    ];
    const events: DeployEvent[] = [];
    const first = await deploy(input, (e) => events.push(e));
    expect(first.failed, JSON.stringify(first.failed)).toEqual([]);
    expect(first.outcome).toBe('succeeded');
    expect(proxy.injected['lose-answer'], proxy.log.join('\n')).toBe(1);
    expect(proxy.injected['revoke-token']).toBe(1);
    expect(proxy.injected.drop).toBeGreaterThanOrEqual(2);
    expect(proxy.injected['503']).toBeGreaterThanOrEqual(3);
    // a create shows its declared resources without listing them: how many listings a run makes
    // depends on timing (an adopted create and stacks' ends list them), at least one was slowed
    expect(proxy.injected.slow).toBeGreaterThanOrEqual(1);
    expect(events.some((e) => e.kind === 'stack-action' && e.adopted === true)).toBe(true);

    let live = await stacksWithPrefix(direct, name);
    expect(live.map((s) => s.name).sort()).toEqual(result.plan.stacks.map((s) => s.stack).sort());

    // an update whose answer is lost: not repeated blindly, recognised from the stack's state
    proxy.rules = [
      { action: 'lose-answer', method: 'PUT', path: /\/stacks\/[^/]+\/[^/]+$/ },
      { action: 'drop', method: 'GET', path: /\/events/, times: 1 },
    ];
    const second = await deploy({ ...input, parameters: { environment: 'faulty' } });
    expect(second.outcome, JSON.stringify(second.failed)).toBe('succeeded');
    expect(proxy.injected['lose-answer']).toBe(2);
    expect(JSON.stringify(second.outputs)).toContain('db.faulty.internal');
    live = await stacksWithPrefix(direct, name);
    expect(live.map((s) => s.name).sort()).toEqual(result.plan.stacks.map((s) => s.stack).sort());
    expect(live.every((s) => s.status === 'UPDATE_COMPLETE')).toBe(true);
    expect(liveDisposables()).toBe(0);
  });
});
