// Following an update that drops a parameter and the resource using it (what pass 1 of a
// multi-pass lane does to a stack deployed to its last pass): while Heat 19 removes the old
// resource, it answers reads of the stack with 400 UserParameterMissing (it evaluates the old
// template against the new parameters). The follower takes that for a moment of the update, not
// for its failure, and settles on UPDATE_COMPLETE.
import { afterAll, expect, it } from 'vitest';
import { DisposableStore } from '../../electron/deploy/disposables';
import { followStack } from '../../electron/deploy/follow';
import type { DeployEvent } from '../../shared/deploy/events';
import { CLOUD, cleanupPrefix, describeCloud, testClients, uniqueName } from '../support/cloud';

const withParameter = {
  heat_template_version: '2018-08-31',
  parameters: { peer: { type: 'string' } },
  resources: {
    // its delete takes a few seconds: the window in which Heat cannot read the stack
    link: {
      type: 'OS::Heat::TestResource',
      properties: { value: { get_param: 'peer' }, action_wait_secs: { delete: 6 } },
    },
    base: { type: 'OS::Heat::TestResource', properties: { value: 'kept' } },
  },
};
const withoutParameter = {
  heat_template_version: '2018-08-31',
  resources: { base: withParameter.resources.base },
};

describeCloud('following an update that drops a parameter', () => {
  const clients = testClients();
  const name = uniqueName('it-follow-update');
  afterAll(async () => {
    await cleanupPrefix(clients, name);
    await clients.close();
  });

  it('reads through Heat 400 UserParameterMissing while the old resource goes', async () => {
    const heat = await clients.heat(CLOUD, 'RegionOne');
    const store = new DisposableStore();
    const created = await heat.createStack(name, {
      template: withParameter,
      parameters: { peer: 'east' },
    });
    const identity = { name, id: created.id };
    const first = await followStack({
      heat,
      lane: 'a',
      identity,
      action: 'CREATE',
      emit: () => {},
      store,
    });
    expect(first.status, first.reason).toBe('CREATE_COMPLETE');

    const events: DeployEvent[] = [];
    await heat.updateStack(identity, { template: withoutParameter, parameters: {} });
    const settled = await followStack({
      heat,
      lane: 'a',
      identity,
      action: 'UPDATE',
      previousUpdatedTime: first.stack?.updated_time ?? null,
      marker: first.marker,
      emit: (e) => events.push(e),
      store,
      intervalMs: 500,
      stackEvery: 1,
    });
    expect(settled.status, settled.reason).toBe('UPDATE_COMPLETE');
    expect(settled.resources.map((r) => r.resource_name)).toEqual(['base']);
    // the window was met (else this test proves nothing): reported as transient, not as the outcome
    const glitches = events.filter(
      (e) => e.kind === 'error' && e.message.includes('UserParameterMissing'),
    );
    expect(glitches.length).toBeGreaterThan(0);
    expect(glitches.every((e) => e.kind === 'error' && e.transient)).toBe(true);
    expect(store.size).toBe(0);
  }, 120_000);
});
