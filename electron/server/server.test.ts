import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createIpc } from '../ipc/handlers';
import type { TempWorld } from '../../test/support/testing';
import { tempWorld, testContext } from '../../test/support/testing';
import type { HandlerContext } from '../ipc/context';
import type { FallbackServer } from './server';
import { startFallbackServer } from './server';

let world: TempWorld;
let ctx: HandlerContext;
let server: FallbackServer;

/** A raw HTTP request (node:http, so Host and Origin can be set freely). */
function send(
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(channel: string, body: unknown, headers: Record<string, string> = {}) {
  return send(`/api/${channel}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-isotherm-token': server.token,
      origin: server.origin,
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

beforeEach(async () => {
  world = await tempWorld();
  const renderer = join(world.root, 'renderer');
  await Promise.all(
    [world.home, world.userData, world.examples].map((d) => mkdir(d, { recursive: true })),
  );
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Isotherm</title>');
  await writeFile(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(world.root, 'secret.txt'), 'secret');
  ctx = testContext(world);
  server = await startFallbackServer({
    dispatch: createIpc(ctx),
    events: ctx.events,
    rendererDir: renderer,
  });
});
afterEach(async () => {
  await server.close();
  await world.dispose();
});

describe('browser fallback server', () => {
  it('listens on 127.0.0.1 only and hands out the token in the URL fragment', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.url).toBe(`${server.origin}/#token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('answers a valid call with 200 and the typed result', async () => {
    const r = await api('app.info', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({
      ok: true,
      value: { name: 'Isotherm', mode: 'browser' },
    });
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('refuses a wrong or missing token with 403 and does not run the handler', async () => {
    const path = join(world.home, 'x.yaml');
    expect(
      (await api('file.save', { path, text: 'x' }, { 'x-isotherm-token': 'wrong' })).status,
    ).toBe(403);
    const noToken = await send('/api/app.info', {
      method: 'POST',
      headers: { origin: server.origin },
      body: '{}',
    });
    expect(noToken.status).toBe(403);
    expect((await api('file.list', {})).status).toBe(200);
    expect(JSON.parse((await api('file.list', {})).body).value.entries).toEqual([]);
  });

  it('refuses a foreign Origin with 403, even with the right token', async () => {
    const r = await api('app.info', {}, { origin: 'http://evil.example' });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error.message).toContain('Origin');
    expect(
      (await api('app.info', {}, { origin: `http://127.0.0.1:${server.port + 1}` })).status,
    ).toBe(403);
    expect((await api('app.info', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
  });

  it('refuses a foreign Host with 403 (DNS rebinding), for the API and for the pages', async () => {
    expect((await api('app.info', {}, { host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await send('/', { headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('serves the renderer with the CSP and nothing outside its folder', async () => {
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Isotherm</title>');
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    expect((await send('/assets/app.js')).headers['content-type']).toContain('text/javascript');
    expect((await send('/../secret.txt')).body).not.toContain('secret');
    expect((await send('/%2e%2e/secret.txt')).status).toBe(404);
    expect((await send('/..%2fsecret.txt')).status).toBe(404);
  });

  it('reports bad JSON with 400 and unknown operations with 404, as typed results', async () => {
    const bad = await send('/api/app.info', {
      method: 'POST',
      headers: { 'x-isotherm-token': server.token },
      body: '{nope',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('E_INVALID_REQUEST');
    const unknown = await api('shell.exec', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.code).toBe('E_UNKNOWN_CHANNEL');
    expect((await api('%E0%A4%A', {})).status).toBe(404);
  });

  it('streams events to a client holding the token, and stops when the client leaves', async () => {
    expect((await send('/api/events')).status).toBe(403);
    const controller = new AbortController();
    const response = await fetch(`${server.origin}/api/events`, {
      headers: { 'x-isotherm-token': server.token },
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let text = (await reader.read()).value ?? '';
    expect(text).toContain(': connected');
    expect(ctx.events.size).toBe(1);
    ctx.events.emit('menu.command', { command: 'file.save' });
    while (!text.includes('\n\ndata: ') || !text.endsWith('\n\n'))
      text += (await reader.read()).value ?? '';
    expect(JSON.parse(text.split('data: ')[1]!.trim())).toEqual({
      kind: 'menu.command',
      payload: { command: 'file.save' },
    });
    controller.abort();
    await reader.closed.catch(() => undefined);
    await server.close();
    expect(ctx.events.size).toBe(0);
  });
});
