/**
 * Where passwords entered in the app are kept, on the Node side only (never sent to the renderer,
 * never written to a design, an export or a log). Electron: the OS keychain through safeStorage
 * (electron/shell/keychain.ts); the browser fallback: memory, for the server's lifetime.
 */
export interface SecretStore {
  readonly kind: 'keychain' | 'memory';
  get(cloud: string): Promise<string | undefined>;
  set(cloud: string, secret: string): Promise<void>;
  delete(cloud: string): Promise<void>;
}

/** Secrets in memory only: gone when the process ends. */
export class MemorySecretStore implements SecretStore {
  readonly kind = 'memory' as const;
  private readonly secrets = new Map<string, string>();

  async get(cloud: string): Promise<string | undefined> {
    return this.secrets.get(cloud);
  }

  async set(cloud: string, secret: string): Promise<void> {
    this.secrets.set(cloud, secret);
  }

  async delete(cloud: string): Promise<void> {
    this.secrets.delete(cloud);
  }
}
