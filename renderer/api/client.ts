import type {
  AppEvent,
  EventListener,
  EventName,
  EventPayload,
  IsothermBridge,
  OperationsApi,
  Subscribe,
} from '../../shared/ipc';
import { BRIDGE_GLOBAL, buildOperations } from '../../shared/ipc';
import { bridgeTransport } from './bridgeTransport';
import { httpTransport, readToken } from './httpTransport';
import type { Transport } from './transport';

/**
 * The renderer's single typed API. One method per request channel, grouped:
 *   `await api.catalog.get()`, `await api.file.open({ path })`, `await api.recovery.write({...})`
 * Each resolves to `{ ok: true, value } | { ok: false, error: { code, message } }` (see shared/ipc/errors.ts;
 * `unwrap(result)` throws instead). Events: `const off = api.on('menu.command', ({ command, arg }) => ...)`.
 */
export type IsothermApi = OperationsApi & {
  readonly on: Subscribe;
  /** Which transport is in use: 'electron' (preload bridge), 'browser' (fallback server), 'none' (no Node side). */
  readonly transport: Transport['mode'];
  /**
   * The path of a File dropped on the window (Electron), to open it with `file.open({ path })` and save back to it;
   * null in the browser, where the renderer reads the dropped File's text itself and the design stays unsaved.
   */
  readonly pathForFile: (file: File) => string | null;
};

export function createApi(transport: Transport): IsothermApi {
  const operations = buildOperations(transport.invoke);
  const on: Subscribe = <E extends EventName>(event: E, listener: EventListener<E>) =>
    transport.listen((e: AppEvent) => {
      if (e.kind === event) listener(e.payload as EventPayload<E>);
    });
  return { ...operations, on, transport: transport.mode, pathForFile: transport.pathForFile };
}

/** A transport that answers every request with an error saying how to start the app properly. */
export function noTransport(reason: string): Transport {
  return {
    mode: 'none',
    invoke: async () => ({ ok: false, error: { code: 'E_INTERNAL', message: reason } }),
    listen: () => () => {},
    pathForFile: () => null,
  };
}

/** Electron's bridge when the preload put it there; otherwise the browser fallback with the token from the URL. */
export function detectTransport(
  win: Window | undefined = typeof window === 'undefined' ? undefined : window,
): Transport {
  if (win === undefined) return noTransport('No window: the API client runs only in the renderer.');
  const bridge = (win as unknown as Record<string, IsothermBridge | undefined>)[BRIDGE_GLOBAL];
  if (bridge) return bridgeTransport(bridge);
  const token = readToken(win);
  if (token) return httpTransport(token);
  return noTransport(
    'This page was opened without its access token: open the address `npm start` printed (it ends with #token=...).',
  );
}

/** The app's API, created once at startup. */
export const api: IsothermApi = createApi(detectTransport());
