import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireRunLock, lockPath, processStartOf, type LockOwner } from './runLock';

const dir = () => mkdtemp(join(tmpdir(), 'iso-lock-'));

/** A real child process (sleeping until killed), with its pid. */
function sleeper(): { pid: number; exited: Promise<void>; kill: () => void } {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return { pid: child.pid!, exited, kill: () => child.kill('SIGKILL') };
}

async function writeOwner(path: string, owner: Partial<LockOwner>): Promise<void> {
  const full: LockOwner = {
    pid: 0,
    host: hostname(),
    operation: 'deploy',
    time: '2026-01-01T00:00:00.000Z',
    ...owner,
  };
  await writeFile(path, JSON.stringify(full));
}

describe('run lock', () => {
  it('refuses a second run of the same design and cloud, naming the first; released, it is free again', async () => {
    const d = await dir();
    const first = await acquireRunLock(d, 'shop', 'dev', 'deploy');
    await expect(acquireRunLock(d, 'shop', 'dev', 'destroy')).rejects.toMatchObject({
      code: 'E_LOCKED',
      message: expect.stringMatching(
        new RegExp(`A deploy of shop on cloud dev is already running \\(process ${process.pid},`),
      ),
    });
    const other = await acquireRunLock(d, 'shop', 'other-cloud', 'deploy');
    await other.release();
    await first.release();
    const again = await acquireRunLock(d, 'shop', 'dev', 'destroy');
    expect(JSON.parse(await readFile(again.path, 'utf8'))).toMatchObject({
      pid: process.pid,
      operation: 'destroy',
    });
    await again.release();
  });

  it('takes over the lock of a process that has ended (a crash leaves nothing stuck)', async () => {
    const d = await dir();
    const dead = sleeper();
    const start = await processStartOf(dead.pid);
    dead.kill();
    await dead.exited;
    await writeOwner(lockPath(d, 'dev'), { pid: dead.pid, processStart: start });
    const lock = await acquireRunLock(d, 'shop', 'dev', 'deploy');
    expect(JSON.parse(await readFile(lock.path, 'utf8')).pid).toBe(process.pid);
    await lock.release();
  });

  it('holds while its owner runs, and not once it is killed', async () => {
    const d = await dir();
    const live = sleeper();
    try {
      await writeOwner(lockPath(d, 'dev'), {
        pid: live.pid,
        processStart: await processStartOf(live.pid),
      });
      await expect(acquireRunLock(d, 'shop', 'dev', 'deploy')).rejects.toMatchObject({
        code: 'E_LOCKED',
      });
    } finally {
      live.kill();
      await live.exited;
    }
    const lock = await acquireRunLock(d, 'shop', 'dev', 'deploy');
    await lock.release();
  });

  it('a pid reused by a later process, or a torn lock file, does not hold', async () => {
    const d = await dir();
    await writeOwner(lockPath(d, 'dev'), { pid: process.pid, processStart: '1' });
    await (await acquireRunLock(d, 'shop', 'dev', 'deploy')).release();
    await writeFile(lockPath(d, 'dev2'), '{"pid": 12');
    const lock = await acquireRunLock(d, 'shop', 'dev2', 'deploy');
    await lock.release();
  });
});
