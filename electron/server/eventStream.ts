import type { ServerResponse } from 'node:http';
import type { EventHub } from '../ipc/events';
import { securityHeaders } from './headers';

export const HEARTBEAT_MS = 15_000;

/**
 * Stream the hub's events to one client as Server-Sent Events (`data: <AppEvent JSON>`), with a comment
 * heartbeat so proxies and the browser keep it open. Returns the disposer (also run when the client leaves).
 */
export function streamEvents(hub: EventHub, res: ServerResponse): () => void {
  res.writeHead(200, {
    ...securityHeaders(),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  res.write(': connected\n\n');
  const unsubscribe = hub.subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  let disposed = false;
  const dispose = (): void => {
    if (disposed) return;
    disposed = true;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  };
  res.on('close', dispose);
  return dispose;
}
