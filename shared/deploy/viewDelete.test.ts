import { describe, expect, it } from 'vitest';
import type { DeployEvent } from './events';
import { applyDeployEvent, emptyView, resourceViewOf, type DeployView } from './view';

const time = '2026-01-01T00:00:00.000Z';
const step = (lane: string) => ({
  lane,
  regionName: 'RegionOne',
  stack: `d-${lane}`,
  pass: 1,
  passes: 1,
  action: 'delete' as const,
  resources: 0,
});
const fold = (events: DeployEvent[], from: DeployView = emptyView()) =>
  events.reduce(applyDeployEvent, from);

describe('after Destroy, resources show their delete status', () => {
  const start: DeployEvent[] = [
    {
      kind: 'plan-started',
      time,
      operation: 'destroy',
      deployId: 'x',
      design: 'd',
      cloud: 'c',
      resumed: false,
      waves: [[step('a')], [step('b')]],
    },
    {
      kind: 'stack-action',
      time,
      lane: 'a',
      stack: 'd-a',
      action: 'delete',
      pass: 1,
      stackId: 'ia',
    },
    {
      kind: 'resource-status',
      time,
      lane: 'a',
      stack: 'd-a',
      resource: 'slow',
      status: 'DELETE_IN_PROGRESS',
      reason: 'state changed',
    },
    {
      kind: 'resource-status',
      time,
      lane: 'a',
      stack: 'd-a',
      resource: 'other',
      status: 'CREATE_COMPLETE',
      reason: 'state changed',
    },
  ];

  it('marks every resource of a stack deleted when the stack reaches DELETE_COMPLETE (stack-level events only)', () => {
    const view = fold([
      ...start,
      {
        kind: 'stack-status',
        time,
        lane: 'a',
        stack: 'd-a',
        stackId: 'ia',
        status: 'DELETE_COMPLETE',
        reason: 'Stack DELETE completed successfully',
      },
    ]);
    expect(Object.values(view.lanes['a']!.resources).map((r) => r.status)).toEqual([
      'DELETE_COMPLETE',
      'DELETE_COMPLETE',
    ]);
    // resources no event named (a very short delete) show deleted too
    expect(resourceViewOf(view, 'a', 'never_heard_of')?.status).toBe('DELETE_COMPLETE');
    // the other lane is not deleted yet
    expect(resourceViewOf(view, 'b', 'x')).toBeUndefined();
    expect(view.lanes['b']!.resources).toEqual({});
  });

  it('does the same on stack-settled, and leaves lanes that failed to delete alone', () => {
    const view = fold([
      ...start,
      {
        kind: 'stack-settled',
        time,
        lane: 'a',
        stack: 'd-a',
        action: 'delete',
        pass: 1,
        stackId: 'ia',
        status: 'DELETE_COMPLETE',
        elapsedMs: 5,
      },
      {
        kind: 'stack-action',
        time,
        lane: 'b',
        stack: 'd-b',
        action: 'delete',
        pass: 1,
        stackId: 'ib',
      },
      {
        kind: 'resource-status',
        time,
        lane: 'b',
        stack: 'd-b',
        resource: 'stuck',
        status: 'DELETE_FAILED',
        reason: 'in use',
      },
      {
        kind: 'stack-status',
        time,
        lane: 'b',
        stack: 'd-b',
        stackId: 'ib',
        status: 'DELETE_FAILED',
        reason: 'in use',
      },
    ]);
    expect(resourceViewOf(view, 'a', 'slow')?.status).toBe('DELETE_COMPLETE');
    expect(view.lanes['a']!.outcome).toBe('succeeded');
    expect(resourceViewOf(view, 'b', 'stuck')).toEqual({
      status: 'DELETE_FAILED',
      reason: 'in use',
      type: undefined,
      physicalId: undefined,
      heatTime: undefined,
    });
    expect(resourceViewOf(view, 'b', 'unknown')).toBeUndefined();
  });

  it('keeps the same resource objects when nothing changes (cheap re-renders)', () => {
    const deleted = fold([
      ...start,
      {
        kind: 'stack-status',
        time,
        lane: 'a',
        stack: 'd-a',
        stackId: 'ia',
        status: 'DELETE_COMPLETE',
        reason: '',
      },
    ]);
    const again = applyDeployEvent(deleted, {
      kind: 'stack-settled',
      time,
      lane: 'a',
      stack: 'd-a',
      action: 'delete',
      pass: 1,
      stackId: 'ia',
      status: 'DELETE_COMPLETE',
      elapsedMs: 1,
    });
    expect(again.lanes['a']!.resources['slow']).toBe(deleted.lanes['a']!.resources['slow']);
    expect(resourceViewOf(again, 'a', 'x')).toBe(resourceViewOf(deleted, 'a', 'y'));
  });
});
