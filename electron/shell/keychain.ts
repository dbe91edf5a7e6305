/**
 * Passwords entered in the app, kept with the OS keychain: Electron's safeStorage encrypts them
 * (Keychain on macOS, DPAPI on Windows, libsecret/kwallet on Linux) into one file in the user-data
 * folder, readable only by this user. Where safeStorage cannot encrypt, they stay in memory.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import { atomicWrite } from '../files/atomicWrite';
import { MemorySecretStore, type SecretStore } from '../ipc/deploy/secretStore';

const FILE = 'cloud-secrets.json';

class SafeStorageSecretStore implements SecretStore {
  readonly kind = 'keychain' as const;
  private readonly path: string;

  constructor(userDataDir: string) {
    this.path = join(userDataDir, FILE);
  }

  private async read(): Promise<Record<string, string>> {
    try {
      const value = JSON.parse(await readFile(this.path, 'utf8')) as unknown;
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, string>)
        : {};
    } catch {
      return {};
    }
  }

  private async write(all: Record<string, string>): Promise<void> {
    await atomicWrite(this.path, `${JSON.stringify(all, null, 2)}\n`, 0o600);
  }

  async get(cloud: string): Promise<string | undefined> {
    const sealed = (await this.read())[cloud];
    if (typeof sealed !== 'string') return undefined;
    try {
      return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
    } catch {
      return undefined;
    }
  }

  async set(cloud: string, secret: string): Promise<void> {
    const all = await this.read();
    all[cloud] = safeStorage.encryptString(secret).toString('base64');
    await this.write(all);
  }

  async delete(cloud: string): Promise<void> {
    const all = await this.read();
    if (!(cloud in all)) return;
    delete all[cloud];
    await this.write(all);
  }
}

/** The keychain-backed store, or memory when the OS offers no encryption (never plain text on disk). */
export function keychainSecretStore(userDataDir: string): SecretStore {
  return safeStorage.isEncryptionAvailable()
    ? new SafeStorageSecretStore(userDataDir)
    : new MemorySecretStore();
}
