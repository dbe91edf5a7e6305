// A deploy from the app that fails in one region (TestResource with `fail: true`), through the real
// contract dispatcher against the local cloud: the events name the failed resource with Heat's
// status_reason (what the failure dialog shows), and `deploy.rollback` leaves no stack behind.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { applyDeployEvent, emptyView } from '../../shared/deploy/view';
import type { RunStarted } from '../../shared/ipc/channels/deploy';
import { tempWorld, type TempWorld } from '../support/testing';
import {
  CLOUD,
  cleanupPrefix,
  describeCloud,
  devcloudCloudsYaml,
  stacksWithPrefix,
  testClients,
  uniqueName,
} from '../support/cloud';
import { deployHarness, value, type DeployHarness } from '../support/deployHarness';
import { failingDesign } from '../support/designs';

describeCloud('a failed deploy from the app: report, then roll back', () => {
  const name = uniqueName('uif');
  const designText = failingDesign(name);
  const admin = testClients();
  let world: TempWorld;
  let h: DeployHarness;

  beforeAll(async () => {
    world = await tempWorld();
    h = deployHarness(world, devcloudCloudsYaml());
  });
  afterAll(async () => {
    await cleanupPrefix(admin, name);
    await admin.close();
    await world.dispose();
  });

  it('refuses a rollback when this session created nothing', async () => {
    const r = await h.call('deploy.rollback', { cloud: CLOUD, designText });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(/Nothing to roll back/);
  });

  it("reports the failed resource with Heat's reason, and a rollback leaves no stack", async () => {
    const started = value(await h.call<RunStarted>('deploy.start', { cloud: CLOUD, designText }));
    const events = await h.finished(started.runId);
    expect(events.at(-1)).toMatchObject({
      kind: 'deploy-finished',
      operation: 'deploy',
      outcome: 'failed',
      failed: [{ lane: 'src' }],
      skipped: [{ lane: 'dep' }],
    });
    // what the failure dialog shows: the view folded from the events the renderer received
    const view = events.reduce(applyDeployEvent, emptyView());
    const src = view.lanes['src'];
    expect(src?.outcome).toBe('failed');
    expect(src?.status).toBe('CREATE_FAILED');
    expect(src?.failedResources?.map((f) => f.resource)).toEqual(['boom']);
    expect(src?.failedResources?.[0]?.reason).toContain('Test Resource failed');
    expect(view.lanes['indep']?.outcome).toBe('succeeded');
    expect((await stacksWithPrefix(admin, name)).length).toBe(2);

    const rb = value(await h.call<RunStarted>('deploy.rollback', { cloud: CLOUD, designText }));
    const rbEvents = await h.finished(rb.runId);
    expect(rbEvents.at(-1)).toMatchObject({
      kind: 'deploy-finished',
      operation: 'destroy',
      outcome: 'succeeded',
    });
    expect(rbEvents.flatMap((e) => (e.kind === 'stack-settled' ? [e.lane] : [])).sort()).toEqual([
      'indep',
      'src',
    ]);
    expect(await stacksWithPrefix(admin, name)).toEqual([]);
    // done: nothing left to roll back
    expect((await h.call('deploy.rollback', { cloud: CLOUD, designText })).ok).toBe(false);
  }, 240_000);
});
