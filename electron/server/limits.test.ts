import { mkdtemp, rm } from 'node:fs/promises';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventHub } from '../ipc/events';
import type { FallbackServer } from './server';
import { MAX_BODY_BYTES, startFallbackServer } from './server';

/** Issue 14: oversized bodies get 413 before they are read; slow or idle connections are closed. */

let server: FallbackServer;
let dir: string;
let dispatched = 0;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isotherm-limits-'));
  dispatched = 0;
  server = await startFallbackServer({
    dispatch: async () => {
      dispatched += 1;
      return { ok: true, value: null };
    },
    events: new EventHub(),
    rendererDir: dir,
    timeouts: { headersMs: 400, requestMs: 800, idleMs: 300 },
  });
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** A raw connection: what it received, and when (ms after opening) the server closed it. */
function open(): { socket: Socket; received: () => string; closed: Promise<number> } {
  const socket = connect(server.port, '127.0.0.1');
  const start = Date.now();
  let text = '';
  socket.on('data', (c: Buffer) => (text += c.toString('utf8')));
  socket.on('error', () => undefined); // a reset after the answer is fine
  const closed = new Promise<number>((resolve) =>
    socket.on('close', () => resolve(Date.now() - start)),
  );
  return { socket, received: () => text, closed };
}

const headers = (length: number) =>
  [
    'POST /api/app.info HTTP/1.1',
    `Host: 127.0.0.1:${server.port}`,
    `Origin: ${server.origin}`,
    `X-Isotherm-Token: ${server.token}`,
    'Content-Type: application/json',
    `Content-Length: ${length}`,
    '',
    '',
  ].join('\r\n');

describe('browser fallback server limits', () => {
  it('answers a body over the limit with 413 and a clear message before reading it, then closes', async () => {
    const c = open();
    c.socket.write(headers(100 * 1024 * 1024));
    c.socket.write('{"a":'); // a few bytes of the 100 MB announced; the rest never comes
    const ms = await c.closed;
    expect(c.received()).toMatch(/^HTTP\/1\.1 413 /);
    expect(c.received()).toContain('E_TOO_LARGE');
    expect(c.received()).toContain(`larger than ${MAX_BODY_BYTES / 1048576} MB`);
    expect(ms).toBeLessThan(5_000);
    expect(dispatched).toBe(0);
  });

  it('closes a connection that sends its body too slowly (requestTimeout)', async () => {
    const c = open();
    c.socket.write(headers(1000));
    const drip = setInterval(() => c.socket.writable && c.socket.write(' '), 100);
    const ms = await c.closed;
    clearInterval(drip);
    expect(ms).toBeGreaterThanOrEqual(700);
    expect(ms).toBeLessThan(5_000);
    expect(dispatched).toBe(0);
  });

  it('closes a connection that sends nothing (headersTimeout)', async () => {
    const c = open();
    const ms = await c.closed;
    expect(ms).toBeLessThan(5_000);
    expect(c.received()).not.toContain('200 OK');
  });

  it('still answers a request within the limits', async () => {
    const c = open();
    c.socket.write(`${headers(2)}{}`);
    await new Promise((r) => setTimeout(r, 200));
    expect(c.received()).toMatch(/^HTTP\/1\.1 200 /);
    expect(dispatched).toBe(1);
    c.socket.destroy();
  });
});
