// Two lanes in a cycle (each side needs the other's gateway: the site-to-site VPN shape, Heat-only here)
// are deployed in two passes. A redeploy with nothing changed keeps pass 1 (the stacks already are their
// final pass) instead of taking each stack back to its pass-1 template, which deleted the connection
// and created it again; a changed side takes its pass 1 again and the other side gets its new value.
import { afterAll, expect, it } from 'vitest';
import { deploy, destroy } from '../../electron/deploy/index';
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
import { compiled, cycleDesign, designOf } from '../support/designs';

type Action = Extract<DeployEvent, { kind: 'stack-action' }>;
type HeatEvent = Extract<DeployEvent, { kind: 'heat-event' }>;

const actions = (events: DeployEvent[]): Action[] =>
  events.filter((e): e is Action => e.kind === 'stack-action');
/** What Heat did to the connections (the resources of the final pass alone) during a run. */
const connectionEvents = (events: DeployEvent[]): string[] =>
  events
    .filter((e): e is HeatEvent => e.kind === 'heat-event' && e.resource.endsWith('_conn'))
    .map((e) => `${e.resource} ${e.status}`);

describeCloud('redeploy of lanes deployed in two passes', () => {
  const clients = testClients();
  const name = uniqueName('it-passes');
  afterAll(async () => {
    await cleanupPrefix(clients, name);
    await clients.close();
  });

  it('keeps pass 1 when nothing changed, and takes it again for a side that changed', async () => {
    const journalDir = await tempDir();
    const input = (eastLength: number) => ({
      design: name,
      compiled: compiled(designOf(cycleDesign(name, { eastLength }))),
      cloud: CLOUD,
      clients,
      journalDir,
      pollIntervalMs: 500,
      timeoutMins: 4,
    });
    expect(input(8).compiled.plan.stacks.map((s) => s.passes)).toEqual([2, 2]);

    const created: DeployEvent[] = [];
    const first = await deploy(input(8), (e) => created.push(e));
    expect(first.outcome).toBe('succeeded');
    // Heat's events do show what happens to the connections (so their absence below means something)
    expect(connectionEvents(created)).toContain('east_conn CREATE_COMPLETE');

    // nothing changed: pass 1 of both sides kept, the connections untouched
    const again: DeployEvent[] = [];
    const second = await deploy(input(8), (e) => again.push(e));
    expect(second.outcome).toBe('succeeded');
    const pass1 = actions(again).filter((e) => e.pass === 1);
    expect(pass1.map((e) => `${e.lane} ${e.kept === true ? 'kept' : e.action}`).sort()).toEqual([
      'east kept',
      'west kept',
    ]);
    expect(connectionEvents(again)).toEqual([]);
    expect(second.outputs).toEqual(first.outputs);
    const progress = again.filter((e) => e.kind === 'progress');
    expect(progress.at(-1)).toMatchObject({
      done: progress.at(-1)!.total,
      stepsDone: 4,
      stepsTotal: 4,
    });

    // east's gateway changed: east takes pass 1 again, west's connection gets east's new value
    const changed: DeployEvent[] = [];
    const third = await deploy(input(12), (e) => changed.push(e));
    expect(third.outcome).toBe('succeeded');
    const east1 = actions(changed).find((e) => e.lane === 'east' && e.pass === 1);
    expect(east1?.kept).toBeUndefined();
    expect(east1?.action).toBe('update');
    const eastGateway = third.outputs['east']?.['east_gw_value'];
    expect(typeof eastGateway === 'string' && eastGateway.length).toBe(12);
    expect(third.outputs['west']?.['west_sees']).toBe(eastGateway);
    expect(first.outputs['west']?.['west_sees']).toBe(first.outputs['east']?.['east_gw_value']);

    expect((await destroy(input(12))).outcome).toBe('succeeded');
    expect(await stacksWithPrefix(clients, name)).toEqual([]);
  });
});
