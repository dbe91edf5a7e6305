// The exported deploy.sh, run as a user runs it (bash, the stock `openstack` client that Debian's
// keystone and heat packages bring along) against the local cloud, on two lanes in a cycle: it deploys
// both passes with each side's gateway given to the other; a re-run after a change that gives east's
// first pass a new output that west reads runs that pass again (before, the script skipped every
// earlier pass of a complete stack, and west then failed to read the output) while it still skips
// west's, whose outputs are all there; destroy removes both stacks.
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { outputsOf } from '../../electron/openstack/heat';
import { runCli } from '../support/cli';
import {
  CLOUD,
  cleanupPrefix,
  cloudEnv,
  describeCloud,
  stacksWithPrefix,
  tempDir,
  testClients,
  uniqueName,
} from '../support/cloud';
import { cycleDesign } from '../support/designs';

/** `bash deploy.sh [mode]` in the export folder: its exit code and everything it printed. */
function runScript(dir: string, mode = 'deploy'): { code: number | null; text: string } {
  const r = spawnSync('bash', [join(dir, 'deploy.sh'), mode], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...cloudEnv({ OS_CLOUD: CLOUD }) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: r.status, text: `${r.stdout}${r.stderr}` };
}

describeCloud('deploy.sh, as exported, on lanes deployed in two passes', () => {
  const clients = testClients();
  const name = uniqueName('it-script');
  afterAll(async () => {
    await cleanupPrefix(clients, name);
    await clients.close();
  });

  /** Compile the design text with the CLI into a new export folder. */
  async function exported(text: string): Promise<string> {
    const dir = await tempDir();
    const file = join(dir, `${name}.isotherm.yaml`);
    await writeFile(file, text);
    const out = join(dir, 'out');
    const r = await runCli(['compile', file, '--out', out], cloudEnv());
    expect(r.code, r.text).toBe(0);
    return out;
  }

  async function outputs(lane: 'east' | 'west'): Promise<Record<string, unknown>> {
    const stack = (await stacksWithPrefix(clients, name)).find((s) => s.name.endsWith(lane));
    expect(stack?.status, lane).toMatch(/^(CREATE|UPDATE)_COMPLETE$/);
    const heat = await clients.heat(CLOUD, stack!.region);
    return outputsOf((await heat.getStack({ name: stack!.name, id: stack!.id }))!);
  }

  it('deploys both passes, runs a pass again for a new output, skips the others, destroys', async () => {
    const first = runScript(await exported(cycleDesign(name)));
    expect(first.code, first.text).toBe(0);
    expect((await outputs('west'))['west_sees']).toBe((await outputs('east'))['east_gw_value']);

    const changed = await exported(cycleDesign(name, { extra: true }));
    const again = runScript(changed);
    expect(again.code, again.text).toBe(0);
    expect(again.text).toContain(
      `stack ${name}-east lacks an output other lanes read: pass 1 of 2 runs`,
    );
    expect(again.text).toMatch(
      new RegExp(
        `stack ${name}-west is \\w+_COMPLETE and has the outputs other lanes read: pass 1 of 2 skipped`,
      ),
    );
    const east = await outputs('east');
    expect(typeof east['east_extra_value']).toBe('string');
    expect((await outputs('west'))['west_sees_extra']).toBe(east['east_extra_value']);

    const destroyed = runScript(changed, 'destroy');
    expect(destroyed.code, destroyed.text).toBe(0);
    expect(await stacksWithPrefix(clients, name)).toEqual([]);
  }, 600_000);
});
