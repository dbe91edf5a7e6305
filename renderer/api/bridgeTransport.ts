import type { AppEvent, IsothermBridge } from '../../shared/ipc';
import { eventNames } from '../../shared/ipc';
import type { Transport } from './transport';

/** Electron: the preload's `window.isothermBridge` (named operations, validated again in main). */
export function bridgeTransport(bridge: IsothermBridge): Transport {
  return {
    mode: 'electron',
    invoke: async (channel, request) => {
      const dot = channel.indexOf('.');
      const group = (
        bridge as unknown as Record<string, Record<string, (r: unknown) => Promise<unknown>>>
      )[channel.slice(0, dot)];
      const fn = group?.[channel.slice(dot + 1)];
      if (!fn)
        return {
          ok: false,
          error: {
            code: 'E_UNKNOWN_CHANNEL',
            message: `The preload does not expose ${channel}: rebuild the app (npm run build:electron).`,
          },
        };
      return (await fn(request)) as Awaited<ReturnType<Transport['invoke']>>;
    },
    pathForFile: (file) => {
      const path = bridge.pathForFile?.(file);
      return path ? path : null;
    },
    listen(listener) {
      const offs = eventNames.map((name) =>
        bridge.on(name, (payload) => listener({ kind: name, payload } as AppEvent)),
      );
      return () => offs.forEach((off) => off());
    },
  };
}
