import type { AppEvent, IpcResult } from '../../shared/ipc';
import {
  API_PREFIX,
  EVENTS_PATH,
  TOKEN_FRAGMENT_KEY,
  TOKEN_HEADER,
  isEventName,
} from '../../shared/ipc';
import { createSseParser } from './sse';
import type { Transport } from './transport';

const TOKEN_STORAGE_KEY = 'isotherm.token';
const RECONNECT_MS = 1000;

/** The token from `#token=...` (kept in sessionStorage so a reload still works; the fragment is then removed). */
export function readToken(win: Window): string | null {
  const params = new URLSearchParams(win.location.hash.replace(/^#/, ''));
  const fromHash = params.get(TOKEN_FRAGMENT_KEY);
  if (fromHash) {
    win.sessionStorage.setItem(TOKEN_STORAGE_KEY, fromHash);
    params.delete(TOKEN_FRAGMENT_KEY);
    const rest = params.toString();
    win.history.replaceState(
      null,
      '',
      win.location.pathname + win.location.search + (rest ? `#${rest}` : ''),
    );
    return fromHash;
  }
  return win.sessionStorage.getItem(TOKEN_STORAGE_KEY);
}

function failed(message: string): IpcResult<never> {
  return { ok: false, error: { code: 'E_IO', message } };
}

/** POST /api/<channel> for requests, one shared SSE stream (opened on first listener) for events. */
export function httpTransport(token: string, baseUrl = ''): Transport {
  const listeners = new Set<(event: AppEvent) => void>();
  let stream: AbortController | null = null;

  const invoke: Transport['invoke'] = async (channel, request) => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${API_PREFIX}${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(request ?? {}),
      });
    } catch {
      return failed(
        'The Isotherm server does not answer: is `npm start` still running in its terminal? Start it again and reload.',
      );
    }
    if (response.status === 403)
      return failed(
        'The Isotherm server refused this page (its token changed): open the address `npm start` printed last.',
      );
    try {
      return (await response.json()) as IpcResult<unknown>;
    } catch {
      return failed(`The Isotherm server sent an unreadable answer (HTTP ${response.status}).`);
    }
  };

  const connect = (): void => {
    const controller = new AbortController();
    stream = controller;
    const parser = createSseParser((data) => {
      let event: AppEvent;
      try {
        event = JSON.parse(data) as AppEvent;
      } catch {
        return;
      }
      if (!isEventName(event.kind)) return;
      for (const l of [...listeners]) l(event);
    });
    const retry = (): void => {
      if (stream === controller && !controller.signal.aborted)
        setTimeout(() => stream === controller && connect(), RECONNECT_MS);
    };
    fetch(`${baseUrl}${EVENTS_PATH}`, {
      headers: { [TOKEN_HEADER]: token },
      signal: controller.signal,
    })
      .then(async (response) => {
        if (!response.ok || !response.body) return retry();
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          parser.push(value);
        }
        retry();
      })
      .catch(retry);
  };

  return {
    mode: 'browser',
    invoke,
    pathForFile: () => null,
    listen(listener) {
      listeners.add(listener);
      if (stream === null) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stream !== null) {
          stream.abort();
          stream = null;
        }
      };
    },
  };
}
