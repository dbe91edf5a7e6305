// Parameters entered in the deploy confirmation reach the stacks through `deploy.start` (the real
// handler, on the local cloud); a hidden parameter's value comes back in nothing the renderer receives.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunStarted } from '../../shared/ipc/channels/deploy';
import { tempWorld, type TempWorld } from '../support/testing';
import {
  CLOUD,
  cleanupPrefix,
  describeCloud,
  devcloudCloudsYaml,
  testClients,
  uniqueName,
} from '../support/cloud';
import { deployHarness, value, type DeployHarness } from '../support/deployHarness';

const design = (name: string) => `isotherm: 1
name: ${name}
heat_template_version: 2021-04-16
parameters:
  greeting: {type: string}
  db_password: {type: string, hidden: true}
regions:
  a: {region_name: RegionOne}
resources:
  shown:
    type: OS::Heat::Value
    region: a
    properties: {value: {get_param: greeting}}
  secret:
    type: OS::Heat::Value
    region: a
    properties: {value: {get_param: db_password}}
outputs:
  greeting: {value: {get_attr: [shown, value]}}
layout: {}
`;

describeCloud('deploy parameters from the app', () => {
  const name = uniqueName('uip');
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

  it('sends entered values to Heat and never echoes a hidden one', async () => {
    const secret = `pw-${name}-Zq9`;
    const greeting = `hello from ${name}`;
    const started = value(
      await h.call<RunStarted>('deploy.start', {
        cloud: CLOUD,
        designText: design(name),
        parameters: { greeting, db_password: secret },
      }),
    );
    const events = await h.finished(started.runId);
    expect(events.at(-1)).toMatchObject({ kind: 'deploy-finished', outcome: 'succeeded' });
    const outputs = events.find((e) => e.kind === 'outputs' && e.lane === 'a');
    expect(outputs?.kind === 'outputs' && outputs.outputs['greeting']).toBe(greeting);
    expect(h.received.join('\n')).not.toContain(secret);

    const destroyed = value(
      await h.call<RunStarted>('destroy.start', { cloud: CLOUD, designText: design(name) }),
    );
    expect((await h.finished(destroyed.runId)).at(-1)).toMatchObject({ outcome: 'succeeded' });
  }, 180_000);
});
