// Rollback of a failed deploy after a restart: nothing of the failed run is in memory any more; the
// journal says which stacks it created, and only those are deleted (from the CLI and from the app).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { deploy, deploymentsDir } from '../../electron/deploy/index';
import { tempWorld } from '../support/testing';
import type { RunStarted } from '../../shared/ipc/channels/deploy';
import {
  CLOUD,
  cleanupPrefix,
  cloudEnv,
  describeCloud,
  devcloudCloudsYaml,
  stacksWithPrefix,
  tempDir,
  testClients,
  uniqueName,
} from '../support/cloud';
import { deployHarness, value } from '../support/deployHarness';
import { compiled, designOf, failingDesign } from '../support/designs';
import { runCli } from '../support/cli';

describeCloud('rollback of a failed deploy after a restart, from the journal', () => {
  const clients = testClients();
  const names = [uniqueName('it-rbcli'), uniqueName('it-rbapp')];
  afterAll(async () => {
    for (const n of names) await cleanupPrefix(clients, n);
    await clients.close();
  });

  /** A failed deploy whose process "ends": only its journal (under `dataDir`) remains. */
  async function failedDeploy(name: string, dataDir: string): Promise<string[]> {
    const text = failingDesign(name);
    const result = await deploy({
      design: name,
      compiled: compiled(designOf(text)),
      cloud: CLOUD,
      clients,
      journalDir: deploymentsDir(dataDir, name),
      pollIntervalMs: 500,
      timeoutMins: 4,
    });
    expect(result.outcome).toBe('failed');
    const created = result.created.map((c) => c.stack).sort();
    expect(created).toEqual([`${name}-indep`, `${name}-src`]);
    expect((await stacksWithPrefix(clients, name)).map((s) => s.name).sort()).toEqual(created);
    return created;
  }

  it('the CLI (a new process) rolls back exactly what the failed deploy created', async () => {
    const name = names[0]!;
    const dir = await tempDir();
    const dataDir = join(dir, 'data');
    await failedDeploy(name, dataDir);
    const file = join(dir, `${name}.isotherm.yaml`);
    await writeFile(file, failingDesign(name));
    const env = cloudEnv({ ISOTHERM_DATA_DIR: dataDir });

    const rb = await runCli(['destroy', file, '--cloud', CLOUD, '--yes', '--rollback'], env);
    expect(rb.code, rb.text).toBe(0);
    expect(rb.text).toContain(`${name}-src`);
    expect(rb.text).not.toContain(`${name}-dep (`);
    expect(await stacksWithPrefix(clients, name)).toEqual([]);

    const again = await runCli(['destroy', file, '--cloud', CLOUD, '--yes', '--rollback'], env);
    expect(again.code, again.text).toBe(0);
    expect(again.text).toContain('nothing to roll back');
  });

  it('a restarted app rolls back from the journal', async () => {
    const name = names[1]!;
    const world = await tempWorld();
    try {
      await failedDeploy(name, world.userData);
      // a fresh set of handlers on the same user-data folder: an app started after the failed run
      const h = deployHarness(world, devcloudCloudsYaml());
      const designText = failingDesign(name);
      const rb = value(await h.call<RunStarted>('deploy.rollback', { cloud: CLOUD, designText }));
      const events = await h.finished(rb.runId);
      expect(events.at(-1)).toMatchObject({ kind: 'deploy-finished', outcome: 'succeeded' });
      const deleted = events.flatMap((e) =>
        e.kind === 'stack-action' && e.action === 'delete' ? [e.lane] : [],
      );
      expect([...new Set(deleted)].sort()).toEqual(['indep', 'src']); // a failed delete is tried again
      expect(await stacksWithPrefix(clients, name)).toEqual([]);
      const again = await h.call('deploy.rollback', { cloud: CLOUD, designText });
      expect(!again.ok && again.error.message).toMatch(/Nothing to roll back/);
    } finally {
      await world.dispose();
    }
  });
});
