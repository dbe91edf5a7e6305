// Kill `bin/isotherm deploy` (SIGKILL at a random point), run it again: it completes, and the cloud
// holds exactly one stack per lane, no duplicate and no orphan.
import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
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
import { compiled, designOf, exampleText, renamed } from '../support/designs';

const BIN = fileURLToPath(new URL('../../bin/isotherm', import.meta.url));

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  lines: string[];
}

/** Run the CLI; when `killAfterLines` is set, SIGKILL it once that many progress lines were printed. */
function runCli(
  args: string[],
  env: Record<string, string>,
  killAfterLines?: number,
): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(BIN, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: string[] = [];
    const onData = (chunk: Buffer): void => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue;
        lines.push(line);
        if (
          killAfterLines !== undefined &&
          lines.length >= killAfterLines &&
          child.exitCode === null
        )
          child.kill('SIGKILL');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code, signal) => resolve({ code, signal, lines }));
  });
}

describeCloud('a killed deploy resumes', () => {
  const clients = testClients();
  const name = uniqueName('it-kill');
  afterAll(async () => {
    await cleanupPrefix(clients, name);
    await clients.close();
  });

  it('completes after SIGKILLs at random points with no duplicate or orphan stack', async () => {
    const seed = Number(process.env['ISOTHERM_KILL_SEED'] ?? Date.now() % 100000);
    let state = seed;
    const random = (): number => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    const dir = await tempDir();
    const file = join(dir, `${name}.isotherm.yaml`);
    const text = renamed(exampleText('heat-only.isotherm.yaml'), name);
    await writeFile(file, text);
    const plan = compiled(designOf(text)).plan;
    const env = cloudEnv({ ISOTHERM_DATA_DIR: join(dir, 'data') });
    const args = ['deploy', file, '--cloud', CLOUD, '--yes'];

    // a plain (non-terminal) run prints ~2-4 lines per stack event: kill somewhere in the middle, twice
    const kills: number[] = [];
    for (let round = 0; round < 2; round++) {
      const at = 2 + Math.floor(random() * 14);
      kills.push(at);
      const killed = await runCli(args, env, at);
      if (killed.code === 0) break; // it finished before the kill point
      expect(killed.signal, killed.lines.join('\n')).toBe('SIGKILL');
    }
    console.info(`kill test: seed ${seed}, killed after lines ${kills.join(', ')}`);
    const final = await runCli(args, env);
    expect(final.code, final.lines.join('\n')).toBe(0);

    const live = await stacksWithPrefix(clients, name);
    const names = live.map((s) => s.name).sort();
    expect(names).toEqual(plan.stacks.map((s) => s.stack).sort());
    expect(live.every((s) => s.status.endsWith('_COMPLETE'))).toBe(true);
    for (const s of plan.stacks)
      expect(live.find((l) => l.name === s.stack)?.region).toBe(s.regionName);

    const destroyed = await runCli(['destroy', file, '--cloud', CLOUD, '--yes'], env);
    expect(destroyed.code, destroyed.lines.join('\n')).toBe(0);
    expect(await stacksWithPrefix(clients, name)).toEqual([]);
  });
});
