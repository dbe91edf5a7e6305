// Two deploys of the same design and cloud at once: the second is refused with a clear message,
// in the same process (the engine) and from another process (the CLI); the first one finishes.
import { afterAll, expect, it } from 'vitest';
import { deploy, destroy } from '../../electron/deploy/index';
import {
  CLOUD,
  cleanupPrefix,
  cloudEnv,
  describeCloud,
  stacksWithPrefix,
  testClients,
  uniqueName,
} from '../support/cloud';
import { designOnDisk } from '../support/designOnDisk';
import { runCli } from '../support/cli';

/** One lane whose stack takes a while to create (a TestResource that waits). */
const slowDesign = (name: string) => `isotherm: 1
name: ${name}
heat_template_version: 2021-04-16
regions:
  east: {region_name: RegionOne}
resources:
  slow:
    type: OS::Heat::TestResource
    region: east
    properties: {value: x, action_wait_secs: {create: 20}}
`;

describeCloud('one deploy of a design on a cloud at a time', () => {
  const clients = testClients();
  const name = uniqueName('it-lock');
  afterAll(async () => {
    await cleanupPrefix(clients, name);
    await clients.close();
  });

  it('refuses a second deploy while the first runs, in this process and from the CLI', async () => {
    const { dataDir, file, input } = await designOnDisk(clients, name, slowDesign(name));
    let firstDone = false;
    // the second deploy starts once the first holds the lock (its plan is announced after the lock is taken)
    let started!: () => void;
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    const first = deploy(input, (e) => {
      if (e.kind === 'plan-started') started();
    }).finally(() => {
      firstDone = true;
      started(); // a first deploy that failed early must not leave the test waiting
    });
    await firstStarted;
    const second = await deploy(input).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(second).toMatchObject({
      code: 'E_LOCKED',
      message: expect.stringContaining(`A deploy of ${name} on cloud ${CLOUD} is already running`),
    });

    const cli = await runCli(
      ['deploy', file, '--cloud', CLOUD, '--yes'],
      cloudEnv({ ISOTHERM_DATA_DIR: dataDir }),
    );
    expect(firstDone, 'the first deploy must still run while the CLI tries').toBe(false);
    expect(cli.code, cli.text).toBe(1);
    expect(cli.text).toContain('E_LOCKED');
    expect(cli.text).toContain('Wait for it to finish or stop it');

    const result = await first;
    expect(result.outcome).toBe('succeeded');
    expect((await stacksWithPrefix(clients, name)).map((s) => s.name)).toEqual([`${name}-east`]);

    // the lock is released: destroy (which takes the same lock) runs
    const removed = await destroy(input);
    expect(removed.outcome).toBe('succeeded');
    expect(await stacksWithPrefix(clients, name)).toEqual([]);
  });
});
