import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { RecoveryEntry } from '../../shared/ipc';
import { IpcFailure } from '../../shared/ipc/errors';
import { atomicWrite } from './atomicWrite';

export const RECOVERY_DIR = 'recovery';
const KEY = /^[A-Za-z0-9_-]{1,64}$/;

interface RecoveryFile {
  key: string;
  path: string | null;
  name: string;
  savedAt: string;
  text: string;
}

function isRecoveryFile(v: unknown): v is RecoveryFile {
  const f = v as RecoveryFile;
  return (
    typeof f === 'object' &&
    f !== null &&
    typeof f.key === 'string' &&
    KEY.test(f.key) &&
    (f.path === null || typeof f.path === 'string') &&
    typeof f.name === 'string' &&
    typeof f.savedAt === 'string' &&
    typeof f.text === 'string'
  );
}

function summary(f: RecoveryFile): RecoveryEntry {
  return {
    key: f.key,
    path: f.path,
    name: f.name,
    savedAt: f.savedAt,
    size: Buffer.byteLength(f.text, 'utf8'),
  };
}

/**
 * Autosave copies of open documents in `<userDataDir>/recovery/<key>.json`, written atomically so a crash
 * leaves the previous copy or the new one. Damaged copies are skipped when listing.
 */
export class RecoveryStore {
  constructor(
    private readonly userDataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private fileOf(key: string): string {
    if (!KEY.test(key))
      throw new IpcFailure(
        'E_INVALID_REQUEST',
        `Bad recovery key ${JSON.stringify(key)}: use 1-64 letters, digits, _ or -.`,
      );
    return join(this.userDataDir, RECOVERY_DIR, `${key}.json`);
  }

  async write(
    key: string,
    text: string,
    path: string | null,
    name: string,
  ): Promise<{ savedAt: string }> {
    const savedAt = this.now().toISOString();
    const file: RecoveryFile = { key, path, name, savedAt, text };
    await atomicWrite(this.fileOf(key), JSON.stringify(file), 0o600);
    return { savedAt };
  }

  private async readCopy(key: string): Promise<RecoveryFile | null> {
    let raw: string;
    try {
      raw = await readFile(this.fileOf(key), 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    try {
      const parsed: unknown = JSON.parse(raw);
      return isRecoveryFile(parsed) && parsed.key === key ? parsed : null;
    } catch {
      return null;
    }
  }

  /** Newest first. */
  async list(): Promise<RecoveryEntry[]> {
    let names: string[];
    try {
      names = await readdir(join(this.userDataDir, RECOVERY_DIR));
    } catch {
      return [];
    }
    const keys = names
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -'.json'.length))
      .filter((k) => KEY.test(k));
    const copies = await Promise.all(keys.map((k) => this.readCopy(k)));
    return copies
      .filter((c): c is RecoveryFile => c !== null)
      .map(summary)
      .sort((a, b) => b.savedAt.localeCompare(a.savedAt) || a.key.localeCompare(b.key));
  }

  async read(key: string): Promise<RecoveryEntry & { text: string }> {
    const copy = await this.readCopy(key);
    if (copy === null)
      throw new IpcFailure(
        'E_NOT_FOUND',
        `There is no recovery copy ${key} (it may have been discarded).`,
      );
    return { ...summary(copy), text: copy.text };
  }

  async discard(key: string): Promise<void> {
    await rm(this.fileOf(key), { force: true });
  }
}
