// A failing resource stops the lanes that depend on it; an independent lane finishes; the error names
// the resource and Heat's reason; a rollback deletes exactly what the deploy created.
import { afterAll, expect, it } from 'vitest';
import { deploy, describeFailure, liveDisposables, rollback } from '../../electron/deploy/index';
import {
  CLOUD,
  cleanupPrefix,
  describeCloud,
  stacksWithPrefix,
  tempDir,
  testClients,
  uniqueName,
} from '../support/cloud';
import { compiled, designOf, failingDesign } from '../support/designs';

describeCloud('a failing resource', () => {
  const clients = testClients();
  const name = uniqueName('it-fail');
  afterAll(async () => {
    await cleanupPrefix(clients, name);
    await clients.close();
  });

  it('stops its dependents while an independent lane finishes, then rolls back', async () => {
    const result = compiled(designOf(failingDesign(name)));
    const input = {
      design: name,
      compiled: result,
      cloud: CLOUD,
      clients,
      journalDir: await tempDir(),
      pollIntervalMs: 500,
      timeoutMins: 4,
    };
    const r = await deploy(input);
    expect(r.outcome).toBe('failed');
    expect(r.failed.map((f) => f.lane)).toEqual(['src']);
    const f = r.failed[0]!;
    expect(f.status).toBe('CREATE_FAILED');
    expect(f.reason).toContain('Test Resource failed');
    expect(f.failedResources.map((x) => x.resource)).toEqual(['boom']);
    expect(describeFailure(f)).toContain('boom');
    expect(r.skipped.map((s) => s.lane)).toEqual(['dep']);
    const live = await stacksWithPrefix(clients, name);
    expect(live.map((s) => `${s.name} ${s.status}`).sort()).toEqual([
      `${name}-indep CREATE_COMPLETE`,
      `${name}-src CREATE_FAILED`,
    ]);
    expect(r.created.map((c) => c.lane).sort()).toEqual(['indep', 'src']);
    expect(liveDisposables()).toBe(0);

    const rb = await rollback(input, r);
    expect(rb.outcome).toBe('succeeded');
    expect(await stacksWithPrefix(clients, name)).toEqual([]);
  });
});
