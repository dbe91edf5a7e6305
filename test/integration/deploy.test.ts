// The heat-only example across both regions: deploy (events in order, outputs carried into the
// other region's parameters), update, status, destroy; no poller left behind.
import { afterAll, expect, it } from 'vitest';
import { deploy, destroy, liveDisposables, readStatus } from '../../electron/deploy/index';
import type { DeployEvent } from '../../shared/deploy/events';
import {
  CLOUD,
  cleanupPrefix,
  describeCloud,
  stacksWithPrefix,
  tempDir,
  testClients,
  uniqueName,
} from '../support/cloud';
import { compiled, designOf, exampleText, renamed } from '../support/designs';
import { stackLives, type TimedRequest } from '../support/stackRequests';

describeCloud('deploy, update and destroy the heat-only example', () => {
  const requests: TimedRequest[] = [];
  const clients = testClients({
    session: {
      onRequest: (r) => {
        const end = Date.now();
        requests.push({ method: r.method, path: r.path, start: end - r.ms, end });
      },
    },
  });
  const name = uniqueName('it-heatonly');
  afterAll(async () => {
    await cleanupPrefix(clients, name);
    await clients.close();
  });

  it('deploys, updates and destroys with outputs passed across regions', async () => {
    const journalDir = await tempDir();
    const design = designOf(renamed(exampleText('heat-only.isotherm.yaml'), name));
    const result = compiled(design);
    const input = {
      design: name,
      compiled: result,
      cloud: CLOUD,
      clients,
      journalDir,
      pollIntervalMs: 500,
      timeoutMins: 4,
    };
    const events: DeployEvent[] = [];
    const first = await deploy(input, (e) => events.push(e));
    expect(first.failed).toEqual([]);
    expect(first.outcome).toBe('succeeded');

    // events in order: plan first, finished last, each stack acted on before it settles and shows outputs
    expect(events[0]?.kind).toBe('plan-started');
    expect(events.at(-1)?.kind).toBe('deploy-finished');
    for (const s of result.plan.stacks) {
      const idx = (kind: DeployEvent['kind']) =>
        events.findIndex((e) => e.kind === kind && 'lane' in e && e.lane === s.lane);
      expect(idx('stack-action')).toBeGreaterThan(0);
      expect(idx('stack-status')).toBeGreaterThan(idx('stack-action'));
      expect(idx('stack-settled')).toBeGreaterThan(idx('stack-status'));
      expect(idx('outputs')).toBeGreaterThan(idx('stack-settled'));
    }
    const waveOrder = events
      .filter((e) => e.kind === 'stack-settled')
      .map((e) => (e as { lane: string }).lane);
    expect(waveOrder).toEqual(result.plan.waves.flat().map((s) => s.lane));
    expect(events.some((e) => e.kind === 'heat-event')).toBe(true);
    const progress = events.filter((e) => e.kind === 'progress');
    expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)!.total });

    // every cross-region input arrived as the receiving stack's parameter, with the source's output value
    expect(result.plan.inputs.length).toBeGreaterThan(0);
    let compared = 0;
    for (const input of result.plan.inputs) {
      const src = first.outputs[input.fromLane]?.[input.output];
      const target = result.plan.stacks.find((s) => s.lane === input.lane)!;
      const heat = await clients.heat(CLOUD, target.regionName);
      const found = await heat.findStack(target.stack);
      const stack = await heat.getStack({ name: target.stack, id: found!.id });
      const sent = stack!.parameters?.[input.parameter];
      expect(src).toBeDefined();
      const declared = (
        result.templates[input.lane]?.['parameters'] as
          Record<string, { hidden?: boolean }> | undefined
      )?.[input.parameter];
      if (declared?.hidden === true) {
        // Heat masks hidden parameters in what it shows; the value is checked through its use below
        expect(sent).toBe('******');
        continue;
      }
      compared += 1;
      expect(
        sent === (typeof src === 'string' ? src : JSON.stringify(src)) ||
          JSON.stringify(JSON.parse(sent ?? 'null')) === JSON.stringify(src),
      ).toBe(true);
    }
    expect(compared).toBeGreaterThan(0);
    expect(first.outputs['config']).toBeDefined();
    expect(liveDisposables()).toBe(0);

    // each stack cost at most 2 requests per second over its life, its create's POST included
    const lives = stackLives(result.plan.stacks, events, requests);
    expect(lives.map((l) => l.lane).sort()).toEqual(result.plan.stacks.map((s) => s.lane).sort());
    expect(lives.filter((l) => l.perSecond > 2)).toEqual([]);
    // every resource of each create was shown with its type, and ended created
    for (const s of result.plan.stacks) {
      const shown = events.filter(
        (e): e is Extract<DeployEvent, { kind: 'resource-status' }> =>
          e.kind === 'resource-status' && e.lane === s.lane,
      );
      const declared = Object.keys(result.templates[s.lane]?.['resources'] ?? {});
      for (const name of declared) {
        expect(shown.find((e) => e.resource === name)?.type, name).toMatch(/^OS::/);
        expect(shown.filter((e) => e.resource === name).at(-1)?.status, name).toBe(
          'CREATE_COMPLETE',
        );
      }
    }

    // update: a new parameter value flows through the waves as UPDATE
    const updateEvents: DeployEvent[] = [];
    const second = await deploy({ ...input, parameters: { environment: 'prod' } }, (e) =>
      updateEvents.push(e),
    );
    expect(second.outcome).toBe('succeeded');
    expect(
      updateEvents
        .filter((e) => e.kind === 'stack-action')
        .every((e) => (e as { action: string }).action === 'update'),
    ).toBe(true);
    expect(JSON.stringify(second.outputs)).toContain('db.prod.internal');
    expect((await stacksWithPrefix(clients, name)).map((s) => s.status).sort()).toEqual([
      'UPDATE_COMPLETE',
      'UPDATE_COMPLETE',
      'UPDATE_COMPLETE',
    ]);

    const status = await readStatus(input);
    expect(status.every((s) => s.exists && s.status === 'UPDATE_COMPLETE')).toBe(true);

    const destroyed = await destroy(input);
    expect(destroyed.outcome).toBe('succeeded');
    expect(await stacksWithPrefix(clients, name)).toEqual([]);
    expect(liveDisposables()).toBe(0);
  });
});
