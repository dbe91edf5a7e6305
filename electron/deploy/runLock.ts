/**
 * One deploy or destroy of a design on a cloud at a time, across processes (the app, the CLI): a
 * lock file beside the design's journals, created exclusively, holding the owner's pid and process
 * start time. A lock whose owner has ended (the pid is gone, or was reused by a process that started
 * later) is stale: the next run takes it over, so a crash never leaves a design locked.
 */
import { readFile, unlink, writeFile, mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { OpenStackError } from '../openstack/errors';

export interface LockOwner {
  pid: number;
  /** The owner process's start time (Linux: /proc/<pid>/stat field 22), to tell a reused pid apart. */
  processStart?: string;
  host: string;
  operation: string;
  /** When the lock was taken (ISO). */
  time: string;
}

export interface RunLock {
  readonly path: string;
  release(): Promise<void>;
}

export function lockPath(journalDir: string, cloud: string): string {
  return join(journalDir, `${cloud.replace(/[^A-Za-z0-9._-]/g, '_')}.lock`);
}

/** A process's start time in clock ticks since boot, where /proc has it. */
export async function processStartOf(pid: number): Promise<string | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) may hold spaces and parentheses: count from its closing one
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Is the lock's owner still running? (Another host's lock cannot be checked: it counts as held.) */
export async function ownerAlive(owner: LockOwner): Promise<boolean> {
  if (owner.host !== hostname()) return true;
  if (!Number.isInteger(owner.pid) || owner.pid <= 0 || !pidAlive(owner.pid)) return false;
  if (owner.processStart === undefined) return true;
  const now = await processStartOf(owner.pid);
  return now === undefined || now === owner.processStart;
}

async function readOwner(path: string): Promise<{ text: string; owner?: LockOwner } | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    return { text, owner: JSON.parse(text) as LockOwner };
  } catch {
    return { text }; // torn by a crash while it was written: nobody holds it
  }
}

function lockedError(design: string, cloud: string, owner: LockOwner, path: string): Error {
  const who =
    owner.host === hostname() ? `process ${owner.pid}` : `process ${owner.pid} on ${owner.host}`;
  return new OpenStackError(
    'E_LOCKED',
    `A ${owner.operation} of ${design} on cloud ${cloud} is already running (${who}, since ${owner.time}). ` +
      `Wait for it to finish or stop it, then try again. (Lock: ${path}; it is released when that process ends.)`,
  );
}

/** Take the lock of `design` on `cloud`, or fail with E_LOCKED naming the run that holds it. */
export async function acquireRunLock(
  journalDir: string,
  design: string,
  cloud: string,
  operation: 'deploy' | 'destroy',
): Promise<RunLock> {
  const path = lockPath(journalDir, cloud);
  await mkdir(journalDir, { recursive: true });
  const owner: LockOwner = {
    pid: process.pid,
    processStart: await processStartOf(process.pid),
    host: hostname(),
    operation,
    time: new Date().toISOString(),
  };
  const text = JSON.stringify(owner);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await writeFile(path, text, { flag: 'wx', mode: 0o600 });
      return { path, release: () => releaseIfOwn(path, text) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const held = await readOwner(path);
    if (held === undefined) continue; // released meanwhile
    if (held.owner !== undefined && (await ownerAlive(held.owner)))
      throw lockedError(design, cloud, held.owner, path);
    await removeIfUnchanged(path, held.text); // stale: its owner ended
  }
  throw new OpenStackError(
    'E_LOCKED',
    `Could not take the lock of ${design} on cloud ${cloud} (${path}): other runs keep taking it. Try again.`,
  );
}

/** Remove the lock only if it still holds what was read (another run may have taken it over meanwhile). */
async function removeIfUnchanged(path: string, text: string): Promise<void> {
  const now = await readOwner(path);
  if (now?.text === text) await unlink(path).catch(() => {});
}

async function releaseIfOwn(path: string, text: string): Promise<void> {
  await removeIfUnchanged(path, text);
}
