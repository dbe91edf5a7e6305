import { describe, expect, it } from 'vitest';
import type { DeployEvent } from '../../shared/deploy/events';
import type { DeployEventPayload } from '../../shared/ipc/channels/deploy';
import { testStore } from '../support/testEnv';
import { designCodec } from '../../renderer/store/codec';

const time = '2026-01-01T00:00:00.000Z';
const step = (lane: string, stack: string) => ({
  lane,
  regionName: 'RegionOne',
  stack,
  pass: 1,
  passes: 1,
  action: 'create' as const,
  resources: 1,
});

function run(operation: 'deploy' | 'destroy', outcome: 'succeeded' | 'failed'): DeployEvent[] {
  return [
    {
      kind: 'plan-started',
      time,
      operation,
      deployId: 'x',
      design: 'd',
      cloud: 'c',
      resumed: false,
      waves: [[step('a', 'd-a')], [step('b', 'd-b')]],
    },
    {
      kind: 'stack-action',
      time,
      lane: 'a',
      stack: 'd-a',
      action: 'create',
      pass: 1,
      stackId: 'i',
    },
    ...(outcome === 'failed'
      ? ([
          {
            kind: 'stack-failed',
            time,
            lane: 'a',
            stack: 'd-a',
            action: 'create',
            pass: 1,
            status: 'CREATE_FAILED',
            reason: 'Resource CREATE failed: boom',
            failedResources: [
              {
                resource: 'boom',
                type: 'OS::Heat::TestResource',
                status: 'CREATE_FAILED',
                reason: 'Test Resource failed',
              },
            ],
          },
          {
            kind: 'stack-skipped',
            time,
            lane: 'b',
            stack: 'd-b',
            pass: 1,
            blockedBy: ['a'],
            reason: 'a failed',
          },
        ] satisfies DeployEvent[])
      : []),
    { kind: 'deploy-finished', time, operation, outcome, elapsedMs: 1, failed: [], skipped: [] },
  ];
}

function ingest(operation: 'deploy' | 'destroy', outcome: 'succeeded' | 'failed') {
  const store = testStore(designCodec);
  store.getState().runStarted('r1');
  for (const event of run(operation, outcome))
    store
      .getState()
      .ingestDeployEvent({ runId: 'r1', operation, event } satisfies DeployEventPayload);
  return store.getState();
}

describe('after a failed deploy', () => {
  it('opens the choice (roll back, delete, keep) with the failed resources and Heat reasons in the view', () => {
    const s = ingest('deploy', 'failed');
    expect(s.deployDialog).toEqual({ kind: 'failure' });
    expect(s.view.lanes['a']?.failedResources).toEqual([
      {
        resource: 'boom',
        type: 'OS::Heat::TestResource',
        status: 'CREATE_FAILED',
        reason: 'Test Resource failed',
      },
    ]);
    expect(s.view.lanes['a']?.reason).toBe('Resource CREATE failed: boom');
    expect(s.view.lanes['b']?.outcome).toBe('skipped');
  });

  it('asks nothing after a successful deploy or a failed destroy', () => {
    expect(ingest('deploy', 'succeeded').deployDialog).toBeNull();
    expect(ingest('destroy', 'failed').deployDialog).toBeNull();
  });
});
