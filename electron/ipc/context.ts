import type { Catalog } from '../../shared/catalog/types';
import type { AppMode, WindowState } from '../../shared/ipc';
import type { EventHub } from './events';
import type { PathPolicy } from '../files/pathPolicy';
import type { SecretStore } from './deploy/secretStore';

/** Native dialogs (Electron's shell provides them; the browser fallback has none). Each returns null when cancelled. */
export interface NativeDialogs {
  openDesign(): Promise<string | null>;
  saveDesign(suggestedName: string): Promise<string | null>;
  openFiles(options: {
    title?: string;
    filters?: { name: string; extensions: string[] }[];
    multiple?: boolean;
  }): Promise<string[] | null>;
  chooseFolder(options: { title?: string }): Promise<string | null>;
}

/** The window the renderer lives in (Electron's shell provides it; the browser fallback has none). */
export interface WindowControl {
  setState(state: WindowState): void;
  close(): void;
}

/** Everything the handlers need from the world: plain values and small interfaces, no Electron. */
export interface HandlerContext {
  readonly mode: AppMode;
  readonly version: string;
  readonly platform: string;
  readonly home: string;
  /** Per-user state: recent.json, recovery/. */
  readonly userDataDir: string;
  /** Folder of the example designs (assets/examples). */
  readonly examplesDir: string;
  readonly catalog: () => Catalog;
  readonly paths: PathPolicy;
  readonly events: EventHub;
  /** Design files given at launch, resolved (handed out once by `app.launchFiles`). */
  readonly launchFiles?: string[];
  readonly dialogs?: NativeDialogs;
  readonly window?: WindowControl;
  /** Where passwords entered in the app are kept (Electron: the OS keychain); absent: memory. */
  readonly secrets?: SecretStore;
}
