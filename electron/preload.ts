/**
 * The preload (sandboxed, CommonJS bundle out/electron/preload.cjs): exposes `window.isothermBridge` with the
 * contract's named operations (`bridge.file.open(req)`, ...) and named event subscriptions (`bridge.on('menu.command', cb)`).
 * Never a generic invoke: each function is bound to its channel here; main checks the sender and validates again.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { EventName, IsothermBridge, Subscribe } from '../shared/ipc';
import { buildOperations } from '../shared/ipc/api';
import { isEventName } from '../shared/ipc/contract';
import { EVENT_CHANNEL_PREFIX } from '../shared/ipc/electronWire';
import type { IpcResult } from '../shared/ipc/errors';
import { BRIDGE_GLOBAL } from '../shared/ipc/ready';

const operations = buildOperations(async (channel, request) => {
  try {
    return (await ipcRenderer.invoke(channel, request)) as IpcResult<unknown>;
  } catch (err) {
    return {
      ok: false,
      error: {
        code: 'E_INTERNAL',
        message: `${channel} failed in transit: ${(err as Error).message}`,
      },
    };
  }
});

const on: Subscribe = (event, listener) => {
  if (!isEventName(event)) throw new Error(`Unknown event ${String(event)}`);
  const name: EventName = event;
  const handler = (_e: Electron.IpcRendererEvent, payload: unknown): void =>
    listener(payload as Parameters<typeof listener>[0]);
  ipcRenderer.on(`${EVENT_CHANNEL_PREFIX}${name}`, handler);
  return () => {
    ipcRenderer.removeListener(`${EVENT_CHANNEL_PREFIX}${name}`, handler);
  };
};

const bridge: IsothermBridge = {
  ...operations,
  on,
  pathForFile: (file: unknown) => webUtils.getPathForFile(file as File),
};
contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
