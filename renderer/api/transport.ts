import type { AppEvent, Invoke } from '../../shared/ipc';

/** How the renderer reaches the Node side: Electron's preload bridge, or HTTP + SSE to the browser fallback. */
export interface Transport {
  readonly mode: 'electron' | 'browser' | 'none';
  readonly invoke: Invoke;
  /** Receive every event; returns the unsubscribe. */
  readonly listen: (listener: (event: AppEvent) => void) => () => void;
  /** The path of a File dropped on the window, where the transport knows it (Electron); otherwise null. */
  readonly pathForFile: (file: File) => string | null;
}
