/**
 * The deployment journal on disk: one JSON-lines file per deployment under
 * `<data>/deployments/<design>/`. Each record is appended and fsynced before the call it announces.
 */
import { mkdir, open, readdir, readFile, type FileHandle } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseJournal, type JournalRecord, type JournalState } from '../../shared/deploy/journal';
import type { DeployOperation } from '../../shared/deploy/events';

/** ISOTHERM_DATA_DIR, else $XDG_DATA_HOME/isotherm, else ~/.local/share/isotherm. */
export function defaultDataDir(env: Record<string, string | undefined> = process.env): string {
  if (env['ISOTHERM_DATA_DIR']) return env['ISOTHERM_DATA_DIR'];
  return join(env['XDG_DATA_HOME'] || join(homedir(), '.local', 'share'), 'isotherm');
}

function safeName(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, '_');
}

export function deploymentsDir(dataDir: string, design: string): string {
  return join(dataDir, 'deployments', safeName(design));
}

export class JournalFile {
  readonly path: string;
  private readonly fh: FileHandle;
  private queue: Promise<void> = Promise.resolve();

  private constructor(path: string, fh: FileHandle) {
    this.path = path;
    this.fh = fh;
  }

  /** Open `path` for appending (creating it and its folder). */
  static async open(path: string): Promise<JournalFile> {
    await mkdir(join(path, '..'), { recursive: true });
    const fh = await open(path, 'a', 0o600);
    return new JournalFile(path, fh);
  }

  /** A new journal file name in `dir` for this operation (sortable by time). */
  static newPath(
    dir: string,
    operation: DeployOperation,
    deployId: string,
    now = new Date(),
  ): string {
    return join(dir, `${now.toISOString().replace(/[:.]/g, '-')}-${operation}-${deployId}.jsonl`);
  }

  /** Append one record and fsync; records are written in call order. */
  append(record: JournalRecord): Promise<void> {
    const line = `${JSON.stringify(record)}\n`;
    const next = this.queue.then(async () => {
      await this.fh.write(line);
      await this.fh.sync();
    });
    this.queue = next.catch(() => {});
    return next;
  }

  async close(): Promise<void> {
    await this.queue;
    await this.fh.close();
  }
}

export interface FoundJournal {
  path: string;
  state: JournalState;
}

/** Journals of `dir`, newest first. */
export async function listJournals(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.jsonl'))
    .sort()
    .reverse()
    .map((n) => join(dir, n));
}

export async function readJournal(path: string): Promise<JournalState> {
  return parseJournal(await readFile(path, 'utf8'));
}

/** The newest journal of this design, cloud and operation (finished or not). */
export async function newestJournal(
  dir: string,
  match: { design: string; cloud: string; operation: DeployOperation },
): Promise<FoundJournal | undefined> {
  for (const path of await listJournals(dir)) {
    const state = await readJournal(path);
    if (
      state.design === match.design &&
      state.cloud === match.cloud &&
      state.operation === match.operation
    )
      return { path, state };
  }
  return undefined;
}

/** The newest journal of this design, cloud and operation that has no `end` record: a run to resume. */
export async function findResumable(
  dir: string,
  match: { design: string; cloud: string; operation: DeployOperation },
): Promise<FoundJournal | undefined> {
  const newest = await newestJournal(dir, match);
  return newest === undefined || newest.state.finished ? undefined : newest;
}
