// Model 2: the exportNested parent template of a Heat-only example deploys as one parent stack in
// RegionOne whose child stack lives in RegionTwo.
import { afterAll, expect, it } from 'vitest';
import { followStack } from '../../electron/deploy/follow';
import { DisposableStore } from '../../electron/deploy/disposables';
import { exportNested } from '../../shared/compile/nested';
import {
  CLOUD,
  cleanupPrefix,
  describeCloud,
  stacksWithPrefix,
  testClients,
  uniqueName,
} from '../support/cloud';
import { compiled, designOf } from '../support/designs';

const twoLanes = (name: string) => `isotherm: 1
name: ${name}
heat_template_version: 2021-04-16
regions:
  east: {region_name: RegionOne}
  west: {region_name: RegionTwo}
resources:
  token:
    type: OS::Heat::RandomString
    region: west
    properties: {length: 10}
  marker:
    type: OS::Heat::Value
    region: east
    properties: {value: {get_attr: [token, value]}}
outputs:
  marker: {value: {get_attr: [marker, value]}}
layout: {}
`;

describeCloud('model-2 export', () => {
  const clients = testClients();
  const name = uniqueName('it-nested');
  afterAll(async () => {
    await cleanupPrefix(clients, name);
    await clients.close();
  });

  it('deploys one parent in RegionOne with its child in RegionTwo', async () => {
    const design = designOf(twoLanes(name));
    const nested = exportNested(design, compiled(design));
    expect(nested.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const files = Object.fromEntries(
      Object.entries(nested.files).map(([k, v]) => [k, JSON.stringify(v)]),
    );
    const heat = await clients.heat(CLOUD, 'RegionOne');
    const parentName = `${name}-parent`;
    const created = await heat.createStack(parentName, { template: nested.parent, files });
    const store = new DisposableStore();
    const settled = await followStack({
      heat,
      lane: 'parent',
      identity: { name: parentName, id: created.id },
      action: 'CREATE',
      emit: () => {},
      store,
      intervalMs: 500,
    });
    expect(settled.status, settled.reason).toBe('CREATE_COMPLETE');
    expect(store.size).toBe(0);

    const live = await stacksWithPrefix(clients, name);
    const inTwo = live.filter((s) => s.region === 'RegionTwo');
    expect(live.filter((s) => s.region === 'RegionOne').map((s) => s.name)).toContain(parentName);
    expect(inTwo.length).toBeGreaterThanOrEqual(1);
    const outputs = Object.fromEntries(
      (settled.stack?.outputs ?? []).map((o) => [o.output_key, o.output_value]),
    );
    expect(JSON.stringify(outputs)).toMatch(/[A-Za-z0-9]{10}/);

    await heat.deleteStack({ name: parentName, id: created.id });
    await followStack({
      heat,
      lane: 'parent',
      identity: { name: parentName, id: created.id },
      action: 'DELETE',
      emit: () => {},
      store,
      intervalMs: 500,
    });
    expect(await stacksWithPrefix(clients, name)).toEqual([]);
  });
});
