import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MenuCommandEvent } from '../../shared/ipc';
import { createApi } from '../../renderer/api/client';
import { httpTransport } from '../../renderer/api/httpTransport';
import type { HandlerContext } from '../ipc/context';
import { createIpc } from '../ipc/handlers';
import type { TempWorld } from '../../test/support/testing';
import { tempWorld, testContext } from '../../test/support/testing';
import type { FallbackServer } from './server';
import { startFallbackServer } from './server';

// The renderer's API client (renderer/api) against the real fallback server: the browser transport end to end.
let world: TempWorld;
let ctx: HandlerContext;
let server: FallbackServer;

beforeEach(async () => {
  world = await tempWorld();
  await Promise.all(
    [world.home, world.userData, world.examples].map((d) => mkdir(d, { recursive: true })),
  );
  ctx = testContext(world);
  server = await startFallbackServer({
    dispatch: createIpc(ctx),
    events: ctx.events,
    rendererDir: world.root,
  });
});
afterEach(async () => {
  await server.close();
  await world.dispose();
});

describe('renderer API client over HTTP', () => {
  it('calls named operations and gets typed results', async () => {
    const api = createApi(httpTransport(server.token, server.origin));
    const info = await api.app.info();
    expect(info.ok && info.value.mode).toBe('browser');
    const path = join(world.home, 'd.isotherm.yaml');
    expect(await api.file.save({ path, text: 'isotherm: 1\n' })).toEqual({
      ok: true,
      value: { path },
    });
    expect(await readFile(path, 'utf8')).toBe('isotherm: 1\n');
    const refused = await api.file.save({ path: '/etc/x.yaml', text: '' });
    expect(refused.ok).toBe(false);
  });

  it('says what to do when the token is wrong or the server is gone', async () => {
    const wrong = await createApi(httpTransport('not-the-token', server.origin)).app.info();
    expect(wrong).toMatchObject({ ok: false, error: { code: 'E_IO' } });
    expect(!wrong.ok && wrong.error.message).toContain('npm start');
    const origin = server.origin;
    await server.close();
    const gone = await createApi(httpTransport(server.token, origin)).app.info();
    expect(!gone.ok && gone.error.message).toContain('does not answer');
  });

  it('delivers events to subscribers until they unsubscribe', async () => {
    const api = createApi(httpTransport(server.token, server.origin));
    const received: MenuCommandEvent[] = [];
    let resolveFirst!: () => void;
    const first = new Promise<void>((r) => (resolveFirst = r));
    const off = api.on('menu.command', (payload) => {
      received.push(payload);
      resolveFirst();
    });
    // the stream is connected once the hub has a subscriber; emit until then without sleeping
    while (ctx.events.size === 0) await new Promise((r) => setImmediate(r));
    ctx.events.emit('menu.command', { command: 'file.openRecent', arg: '/h/a.yaml' });
    await first;
    expect(received).toEqual([{ command: 'file.openRecent', arg: '/h/a.yaml' }]);
    off();
    while (ctx.events.size > 0) await new Promise((r) => setImmediate(r));
    expect(ctx.events.size).toBe(0);
  });
});
