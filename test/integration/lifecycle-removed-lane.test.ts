// A lane removed from the design: the next deploy lists its stack "to delete" in the plan (the app's
// confirmation, the CLI's) and deletes it only when that is confirmed (never silently).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { tempWorld } from '../support/testing';
import type { DeployPlan, RunStarted } from '../../shared/ipc/channels/deploy';
import {
  CLOUD,
  cleanupPrefix,
  cloudEnv,
  describeCloud,
  devcloudCloudsYaml,
  stacksWithPrefix,
  testClients,
  uniqueName,
} from '../support/cloud';
import { deployHarness, value } from '../support/deployHarness';
import { runCli } from '../support/cli';

/** Lanes `keep` (RegionOne) and, unless `withGone` is false, `gone` (RegionTwo); independent. */
const twoLanes = (name: string, withGone = true) => `isotherm: 1
name: ${name}
heat_template_version: 2021-04-16
regions:
  keep: {region_name: RegionOne}
${withGone ? '  gone: {region_name: RegionTwo}\n' : ''}resources:
  kept:
    type: OS::Heat::Value
    region: keep
    properties: {value: k}
${
  withGone
    ? `  doomed:
    type: OS::Heat::Value
    region: gone
    properties: {value: g}
`
    : ''
}outputs: {}
layout: {}
`;

describeCloud('a lane removed from the design', () => {
  const clients = testClients();
  const name = uniqueName('it-rmlane');
  afterAll(async () => {
    await cleanupPrefix(clients, name);
    await clients.close();
  });

  it('is listed "delete" in the plan, left without opt-in, deleted with it; the other lane untouched', async () => {
    const world = await tempWorld();
    try {
      const env = cloudEnv({ ISOTHERM_DATA_DIR: world.userData });
      const file = join(world.root, `${name}.isotherm.yaml`);
      await writeFile(file, twoLanes(name));
      const first = await runCli(['deploy', file, '--cloud', CLOUD, '--yes'], env);
      expect(first.code, first.text).toBe(0);
      const before = await stacksWithPrefix(clients, name);
      expect(before.map((s) => s.name).sort()).toEqual([`${name}-gone`, `${name}-keep`]);
      const keepId = before.find((s) => s.name === `${name}-keep`)?.id;

      // the lane `gone` is removed from the design
      const designText = twoLanes(name, false);
      await writeFile(file, designText);

      // the app's confirmation: `gone`'s stack is a delete step after the design's waves
      const h = deployHarness(world, devcloudCloudsYaml());
      const plan = value(await h.call<DeployPlan>('deploy.plan', { cloud: CLOUD, designText }));
      expect(plan.stacks.map((s) => [s.lane, s.action])).toEqual([
        ['keep', 'update'],
        ['gone', 'delete'],
      ]);
      expect(plan.waves.at(-1)).toEqual([
        expect.objectContaining({
          lane: 'gone',
          regionName: 'RegionTwo',
          stack: `${name}-gone`,
          action: 'delete',
        }),
      ]);

      // the CLI without --delete-removed: listed, left, and said so
      const left = await runCli(['deploy', file, '--cloud', CLOUD, '--yes'], env);
      expect(left.code, left.text).toBe(0);
      expect(left.text).toMatch(new RegExp(`delete +${name}-gone in RegionTwo \\(lane gone\\)`));
      expect(left.text).toContain(`left ${name}-gone in RegionTwo`);
      expect((await stacksWithPrefix(clients, name)).map((s) => s.name).sort()).toEqual([
        `${name}-gone`,
        `${name}-keep`,
      ]);

      // the app's deploy without the opt-in leaves it too, and says so in deploy-finished
      const run = value(await h.call<RunStarted>('deploy.start', { cloud: CLOUD, designText }));
      const events = await h.finished(run.runId);
      expect(events.at(-1)).toMatchObject({
        kind: 'deploy-finished',
        outcome: 'succeeded',
        removedLeft: [{ lane: 'gone', stack: `${name}-gone` }],
      });
      expect((await stacksWithPrefix(clients, name)).length).toBe(2);

      // the CLI with --delete-removed: deleted after the other waves, to DELETE_COMPLETE
      const removed = await runCli(
        ['deploy', file, '--cloud', CLOUD, '--yes', '--delete-removed'],
        env,
      );
      expect(removed.code, removed.text).toBe(0);
      expect(removed.text).toContain(`deleted ${name}-gone in RegionTwo`);
      const after = await stacksWithPrefix(clients, name);
      expect(after.map((s) => [s.name, s.id])).toEqual([[`${name}-keep`, keepId]]);

      // nothing is listed to delete any more
      const again = value(await h.call<DeployPlan>('deploy.plan', { cloud: CLOUD, designText }));
      expect(again.stacks.map((s) => s.action)).toEqual(['update']);
    } finally {
      await world.dispose();
    }
  });
});
