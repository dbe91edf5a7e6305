import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { RecentEntry } from '../../shared/ipc';
import { atomicWrite } from './atomicWrite';

export const RECENT_FILE = 'recent.json';
export const RECENT_LIMIT = 12;

function isEntry(v: unknown): v is RecentEntry {
  const e = v as RecentEntry;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.path === 'string' &&
    typeof e.name === 'string' &&
    typeof e.openedAt === 'string'
  );
}

/**
 * The recent-files list, remembered per user in `<userDataDir>/recent.json`, newest first, without duplicates.
 * A damaged file is read as an empty list (and replaced on the next change). Changes are serialized.
 */
export class RecentStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly userDataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get file(): string {
    return join(this.userDataDir, RECENT_FILE);
  }

  async list(): Promise<RecentEntry[]> {
    let raw: string;
    try {
      raw = await readFile(this.file, 'utf8');
    } catch {
      return [];
    }
    try {
      const parsed = JSON.parse(raw) as { entries?: unknown };
      return Array.isArray(parsed.entries)
        ? parsed.entries.filter(isEntry).slice(0, RECENT_LIMIT)
        : [];
    } catch {
      return [];
    }
  }

  async has(path: string): Promise<boolean> {
    return (await this.list()).some((e) => e.path === path);
  }

  add(path: string): Promise<RecentEntry[]> {
    return this.change((entries) => [
      { path, name: basename(path), openedAt: this.now().toISOString() },
      ...entries.filter((e) => e.path !== path),
    ]);
  }

  remove(path: string): Promise<RecentEntry[]> {
    return this.change((entries) => entries.filter((e) => e.path !== path));
  }

  private change(edit: (entries: RecentEntry[]) => RecentEntry[]): Promise<RecentEntry[]> {
    const next = this.queue.then(async () => {
      const entries = edit(await this.list()).slice(0, RECENT_LIMIT);
      await atomicWrite(this.file, `${JSON.stringify({ version: 1, entries }, null, 2)}\n`, 0o600);
      return entries;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
