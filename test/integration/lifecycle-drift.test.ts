// Drift: a stack Isotherm deployed and someone then updated or deleted with Heat directly is reported
// as such by status (the engine and `isotherm status`); right after a deploy there is no drift.
import { afterAll, expect, it } from 'vitest';
import { deploy, readStatus } from '../../electron/deploy/index';
import {
  CLOUD,
  cleanupPrefix,
  cloudEnv,
  describeCloud,
  testClients,
  uniqueName,
} from '../support/cloud';
import { designOnDisk } from '../support/designOnDisk';
import { runCli } from '../support/cli';

const twoLanes = (name: string) => `isotherm: 1
name: ${name}
heat_template_version: 2021-04-16
regions:
  east: {region_name: RegionOne}
  west: {region_name: RegionTwo}
resources:
  key:
    type: OS::Heat::RandomString
    region: east
    properties: {length: 8}
  other:
    type: OS::Heat::RandomString
    region: west
    properties: {length: 8}
`;

describeCloud('drift: stacks changed or deleted outside Isotherm', () => {
  const clients = testClients();
  const name = uniqueName('it-drift');
  afterAll(async () => {
    await cleanupPrefix(clients, name);
    await clients.close();
  });

  it('status reports a stack updated outside Isotherm and one deleted outside it', async () => {
    const { dataDir, file, input } = await designOnDisk(clients, name, twoLanes(name));
    expect((await deploy(input)).outcome).toBe('succeeded');
    const before = await readStatus(input);
    expect(before.map((r) => [r.lane, r.exists, r.drift])).toEqual([
      ['east', true, undefined],
      ['west', true, undefined],
    ]);

    // someone updates east's stack and deletes west's, with Heat directly
    const east = await clients.heat(CLOUD, 'RegionOne');
    const eastStack = (await east.findStack(`${name}-east`))!;
    await east.updateStack(
      { name: eastStack.stack_name, id: eastStack.id },
      {
        template: {
          heat_template_version: '2021-04-16',
          resources: { key: { type: 'OS::Heat::RandomString', properties: { length: 9 } } },
        },
        parameters: {},
      },
    );
    for (let i = 0; i < 120; i++) {
      const s = await east.getStack({ name: eastStack.stack_name, id: eastStack.id });
      if (s?.stack_status === 'UPDATE_COMPLETE') break;
      expect(s?.stack_status).not.toBe('UPDATE_FAILED');
      await new Promise((r) => setTimeout(r, 500));
    }
    const west = await clients.heat(CLOUD, 'RegionTwo');
    const westStack = (await west.findStack(`${name}-west`))!;
    await west.deleteStack({ name: westStack.stack_name, id: westStack.id });
    for (let i = 0; i < 120 && (await west.findStack(`${name}-west`)) !== undefined; i++)
      await new Promise((r) => setTimeout(r, 500));

    const after = await readStatus(input);
    expect(after.find((r) => r.lane === 'east')?.drift).toMatchObject({
      kind: 'changed',
      message: expect.stringContaining('updated outside Isotherm'),
    });
    expect(after.find((r) => r.lane === 'west')).toMatchObject({
      exists: false,
      drift: { kind: 'deleted', message: expect.stringContaining('deleted outside Isotherm') },
    });

    const cli = await runCli(
      ['status', file, '--cloud', CLOUD],
      cloudEnv({ ISOTHERM_DATA_DIR: dataDir }),
    );
    expect(cli.code, cli.text).toBe(0);
    expect(cli.text).toMatch(/drift: updated outside Isotherm/);
    expect(cli.text).toMatch(new RegExp(`${name}-west: absent \\(deleted outside Isotherm`));

    // a deploy puts the design back: no drift any more
    expect((await deploy(input)).outcome).toBe('succeeded');
    expect((await readStatus(input)).map((r) => r.drift)).toEqual([undefined, undefined]);
  });
});
