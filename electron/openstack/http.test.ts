// A real HTTP server on loopback: timeouts, dropped connections, 5xx and the retry policy.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendOnce } from './http';
import { withRetries } from './retry';
import { OpenStackError } from './errors';

let server: Server;
let base = '';
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    hits += 1;
    if (req.url?.startsWith('/slow')) return void setTimeout(() => res.end('{}'), 2000);
    if (req.url === '/drop') return void req.socket.destroy();
    if (req.url === '/flaky' && hits % 3 !== 0) {
      res.statusCode = 503;
      return void res.end('{"code":503}');
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ ok: true, url: req.url }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('sendOnce', () => {
  it('times out with a retryable E_TIMEOUT that names the path only', async () => {
    const err = await sendOnce({
      method: 'GET',
      url: `${base}/slow?token=abc`,
      timeoutMs: 200,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenStackError);
    expect(err).toMatchObject({ code: 'E_TIMEOUT', retryable: true });
    expect((err as Error).message).not.toContain('abc');
  });

  it('turns a dropped connection into a retryable E_NETWORK', async () => {
    await expect(
      sendOnce({ method: 'GET', url: `${base}/drop`, timeoutMs: 2000 }),
    ).rejects.toMatchObject({ code: 'E_NETWORK', retryable: true });
  });

  it('retries a safe call through 503s until it answers', async () => {
    hits = 0;
    const res = await withRetries(
      async () => {
        const r = await sendOnce({ method: 'GET', url: `${base}/flaky`, timeoutMs: 2000 });
        if (r.status >= 500)
          throw new OpenStackError('E_SERVER', '503', { status: r.status, retryable: true });
        return r;
      },
      { attempts: 5, baseMs: 5, maxMs: 20 },
    );
    expect(res.body).toEqual({ ok: true, url: '/flaky' });
    expect(hits).toBe(3);
  });

  it('gives up after the policy attempts', async () => {
    let calls = 0;
    await expect(
      withRetries(
        async () => {
          calls += 1;
          throw new OpenStackError('E_NETWORK', 'down', { retryable: true });
        },
        { attempts: 3, baseMs: 1, maxMs: 2 },
      ),
    ).rejects.toMatchObject({ code: 'E_NETWORK' });
    expect(calls).toBe(3);
  });
});
