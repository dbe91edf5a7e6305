import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../shared/ipc/errors';
import type { NativeDialogs } from './context';
import type { Dispatch } from './dispatch';
import { createIpc } from './handlers';
import type { TempWorld } from '../../test/support/testing';
import { tempWorld, testContext } from '../../test/support/testing';

let world: TempWorld;
let call: Dispatch;
let clock = 0;
const now = (): Date => new Date(Date.UTC(2025, 0, 1, 12, 0, clock++));

async function value<T>(p: Promise<IpcResult<unknown>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

async function errorCode(p: Promise<IpcResult<unknown>>): Promise<string> {
  const r = await p;
  if (r.ok) throw new Error(`expected a failure, got ${JSON.stringify(r.value)}`);
  return r.error.code;
}

beforeEach(async () => {
  world = await tempWorld();
  await Promise.all(
    [world.home, world.userData, world.examples, world.outside].map((d) =>
      mkdir(d, { recursive: true }),
    ),
  );
  clock = 0;
  call = createIpc(testContext(world), { now });
});
afterEach(async () => world.dispose());

describe('runtime validation', () => {
  it('refuses unknown channels and payloads that do not match the contract, before any handler runs', async () => {
    expect(await errorCode(call('fs.readAnything', {}))).toBe('E_UNKNOWN_CHANNEL');
    expect(await errorCode(call('file.save', { path: join(world.home, 'a.yaml') }))).toBe(
      'E_INVALID_REQUEST',
    );
    expect(await errorCode(call('file.save', { path: 42, text: 'x' }))).toBe('E_INVALID_REQUEST');
    expect(
      await errorCode(
        call('recovery.write', { key: '../../etc/passwd', text: 'x', path: null, name: 'n' }),
      ),
    ).toBe('E_INVALID_REQUEST');
    expect(await errorCode(call('catalog.get', { extra: 1 }))).toBe('E_INVALID_REQUEST');
    await expect(readdir(world.home)).resolves.toEqual([]);
  });

  it('answers operations without input when called without a payload', async () => {
    const info = await value<{ mode: string; name: string }>(call('app.info', undefined));
    expect(info).toMatchObject({ name: 'Isotherm', mode: 'browser' });
    const catalog = await value<{ types: Record<string, unknown> }>(call('catalog.get', undefined));
    expect(Object.keys(catalog.types)).toEqual(['OS::Heat::RandomString', 'OS::Heat::Value']);
  });
});

describe('app.launchFiles', () => {
  it('hands out the files given at launch once, and lets them be saved even outside the roots', async () => {
    const given = join(world.outside, 'given.isotherm.yaml');
    await writeFile(given, 'isotherm: 1\n');
    const ipc = createIpc(
      { ...testContext(world, { writeInsideRoots: false }), launchFiles: [given] },
      { now },
    );
    expect(await value(ipc('app.launchFiles', {}))).toEqual({ paths: [given] });
    expect(await value(ipc('app.launchFiles', {}))).toEqual({ paths: [] });
    expect(await value(ipc('file.open', { path: given }))).toEqual({
      path: given,
      text: 'isotherm: 1\n',
    });
    await value(ipc('file.save', { path: given, text: 'isotherm: 1\nname: x\n' }));
    expect(await readFile(given, 'utf8')).toBe('isotherm: 1\nname: x\n');
  });
});

describe('file.save and file.open', () => {
  it('writes atomically (no temp file left) and reads back the same bytes', async () => {
    const path = join(world.home, 'designs', 'shop.isotherm.yaml');
    const text = 'isotherm: 1\nname: shop\n# ünïcode\n';
    expect(await value(call('file.save', { path, text }))).toEqual({ path });
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(await readdir(join(world.home, 'designs'))).toEqual(['shop.isotherm.yaml']);
    expect(await value(call('file.open', { path }))).toEqual({ path, text });
  });

  it('replaces an existing file whole', async () => {
    const path = join(world.home, 'a.yaml');
    await value(call('file.save', { path, text: 'x'.repeat(10_000) }));
    await value(call('file.save', { path, text: 'short\n' }));
    expect(await readFile(path, 'utf8')).toBe('short\n');
  });

  it('refuses paths outside the allowed folders, also through a symbolic link', async () => {
    expect(
      await errorCode(call('file.save', { path: join(world.outside, 'a.yaml'), text: 'x' })),
    ).toBe('E_PATH_NOT_ALLOWED');
    expect(
      await errorCode(
        call('file.save', { path: join(world.home, '..', 'outside', 'a.yaml'), text: 'x' }),
      ),
    ).toBe('E_PATH_NOT_ALLOWED');
    await symlink(world.outside, join(world.home, 'link'));
    expect(
      await errorCode(call('file.save', { path: join(world.home, 'link', 'a.yaml'), text: 'x' })),
    ).toBe('E_PATH_NOT_ALLOWED');
    await writeFile(join(world.outside, 'secret.yaml'), 'secret');
    expect(
      await errorCode(call('file.open', { path: join(world.home, 'link', 'secret.yaml') })),
    ).toBe('E_PATH_NOT_ALLOWED');
    expect(await errorCode(call('file.open', { path: join(world.outside, 'secret.yaml') }))).toBe(
      'E_PATH_NOT_ALLOWED',
    );
    await expect(readdir(world.outside)).resolves.toEqual(['secret.yaml']);
  });

  it('writes only .yaml/.yml files and only absolute paths', async () => {
    expect(
      await errorCode(call('file.save', { path: join(world.home, '.bashrc'), text: 'x' })),
    ).toBe('E_PATH_NOT_ALLOWED');
    expect(await errorCode(call('file.save', { path: 'relative.yaml', text: 'x' }))).toBe(
      'E_INVALID_REQUEST',
    );
    await expect(readdir(world.home)).resolves.toEqual([]);
  });

  it('says what is missing when a file does not exist', async () => {
    const r = await call('file.open', { path: join(world.home, 'nope.yaml') });
    expect(r).toMatchObject({ ok: false, error: { code: 'E_NOT_FOUND' } });
    expect(!r.ok && r.error.message).toContain('nope.yaml');
  });

  it('without native dialogs, Open without a path and Save As say to use the in-app dialog', async () => {
    expect(await errorCode(call('file.open', {}))).toBe('E_NO_NATIVE_DIALOG');
    expect(
      await errorCode(call('file.saveAs', { text: 'x', suggestedName: 'a.isotherm.yaml' })),
    ).toBe('E_NO_NATIVE_DIALOG');
  });
});

describe('native dialogs (Electron: only what the user chose is writable)', () => {
  function withDialogs(answers: {
    save?: string | null;
    open?: string | null;
    folder?: string | null;
  }): Dispatch {
    const dialogs: NativeDialogs = {
      openDesign: async () => answers.open ?? null,
      saveDesign: async () => answers.save ?? null,
      openFiles: async () => null,
      chooseFolder: async () => answers.folder ?? null,
    };
    return createIpc(testContext(world, { mode: 'electron', dialogs, writeInsideRoots: false }), {
      now,
    });
  }

  it('Save As writes where the dialog said, even outside the roots, and then file.save may write there', async () => {
    const target = join(world.outside, 'chosen.isotherm.yaml');
    const ipc = withDialogs({ save: target });
    expect(await value(ipc('file.saveAs', { text: 'one\n', suggestedName: 'x' }))).toEqual({
      path: target,
    });
    expect(await value(ipc('file.save', { path: target, text: 'two\n' }))).toEqual({
      path: target,
    });
    expect(await readFile(target, 'utf8')).toBe('two\n');
  });

  it('without a choice, even a file inside home is not writable', async () => {
    const ipc = withDialogs({});
    expect(await errorCode(ipc('file.save', { path: join(world.home, 'a.yaml'), text: 'x' }))).toBe(
      'E_PATH_NOT_ALLOWED',
    );
  });

  it('a cancelled dialog is null, not an error', async () => {
    const ipc = withDialogs({ save: null, open: null });
    expect(await value(ipc('file.saveAs', { text: 'x', suggestedName: 'x' }))).toBeNull();
    expect(await value(ipc('file.open', {}))).toBeNull();
  });

  it('Save As adds .isotherm.yaml when the name has no yaml extension', async () => {
    const ipc = withDialogs({ save: join(world.outside, 'plain') });
    expect(await value(ipc('file.saveAs', { text: 'x', suggestedName: 'plain' }))).toEqual({
      path: join(world.outside, 'plain.isotherm.yaml'),
    });
  });

  it('opening a recent file outside the roots is allowed, and makes it writable', async () => {
    const target = join(world.outside, 'r.yaml');
    const first = withDialogs({ save: target });
    await value(first('file.saveAs', { text: 'v1', suggestedName: 'r' }));
    const later = withDialogs({});
    expect(await value(later('file.open', { path: target }))).toEqual({ path: target, text: 'v1' });
    await value(later('file.save', { path: target, text: 'v2' }));
    expect(await readFile(target, 'utf8')).toBe('v2');
  });
});

describe('recent list', () => {
  it('keeps newest first, without duplicates, across restarts, and survives a damaged file', async () => {
    const a = join(world.home, 'a.yaml');
    const b = join(world.home, 'b.yaml');
    await value(call('file.save', { path: a, text: 'a' }));
    await value(call('file.save', { path: b, text: 'b' }));
    await value(call('file.open', { path: a }));
    const restarted = createIpc(testContext(world), { now });
    const { entries } = await value<{ entries: { path: string; name: string }[] }>(
      restarted('recent.list', {}),
    );
    expect(entries.map((e) => e.path)).toEqual([a, b]);
    expect(entries[0]!.name).toBe('a.yaml');
    await writeFile(join(world.userData, 'recent.json'), '{not json');
    expect(await value(restarted('recent.list', {}))).toEqual({ entries: [] });
    expect(
      (await value<{ entries: unknown[] }>(restarted('recent.add', { path: a }))).entries,
    ).toHaveLength(1);
  });

  it('is bounded', async () => {
    for (let i = 0; i < 20; i++)
      await value(call('recent.add', { path: join(world.home, `f${i}.yaml`) }));
    const { entries } = await value<{ entries: { path: string }[] }>(call('recent.list', {}));
    expect(entries).toHaveLength(12);
    expect(entries[0]!.path).toBe(join(world.home, 'f19.yaml'));
  });
});

describe('recovery copies', () => {
  it('writes, lists newest first, reads and discards', async () => {
    await value(
      call('recovery.write', { key: 'doc1', text: 'first', path: null, name: 'untitled' }),
    );
    await value(
      call('recovery.write', {
        key: 'doc2',
        text: 'second',
        path: join(world.home, 's.yaml'),
        name: 's',
      }),
    );
    const { entries } = await value<{ entries: { key: string; size: number }[] }>(
      call('recovery.list', {}),
    );
    expect(entries.map((e) => [e.key, e.size])).toEqual([
      ['doc2', 6],
      ['doc1', 5],
    ]);
    expect(await value(call('recovery.read', { key: 'doc1' }))).toMatchObject({
      key: 'doc1',
      text: 'first',
      path: null,
      name: 'untitled',
    });
    await value(call('recovery.discard', { key: 'doc1' }));
    await value(call('recovery.discard', { key: 'doc1' }));
    expect(await errorCode(call('recovery.read', { key: 'doc1' }))).toBe('E_NOT_FOUND');
    expect((await readdir(join(world.userData, 'recovery'))).sort()).toEqual(['doc2.json']);
  });

  it('skips damaged copies when listing', async () => {
    await value(call('recovery.write', { key: 'good', text: 'ok', path: null, name: 'g' }));
    await writeFile(join(world.userData, 'recovery', 'bad.json'), '{"key":"bad"');
    const { entries } = await value<{ entries: { key: string }[] }>(call('recovery.list', {}));
    expect(entries.map((e) => e.key)).toEqual(['good']);
  });
});

describe('file.list (the in-app dialog)', () => {
  it('lists folders first, hides dot files, stops at the roots', async () => {
    await mkdir(join(world.home, 'zeta'));
    await writeFile(join(world.home, 'a.isotherm.yaml'), 'x');
    await writeFile(join(world.home, '.hidden'), 'x');
    const listing = await value<{
      dir: string;
      parent: string | null;
      roots: string[];
      entries: { name: string; kind: string }[];
    }>(call('file.list', {}));
    expect(listing.dir).toBe(world.home);
    expect(listing.parent).toBeNull();
    expect(listing.roots).toEqual([world.home]);
    expect(listing.entries.map((e) => [e.name, e.kind])).toEqual([
      ['zeta', 'dir'],
      ['a.isotherm.yaml', 'file'],
    ]);
    const inner = await value<{ parent: string | null }>(
      call('file.list', { dir: join(world.home, 'zeta') }),
    );
    expect(inner.parent).toBe(world.home);
    expect(await errorCode(call('file.list', { dir: world.root }))).toBe('E_PATH_NOT_ALLOWED');
  });
});

describe('examples', () => {
  it('lists the shipped designs with their names and reads one; refuses ids with folders', async () => {
    await writeFile(
      join(world.examples, 'shop.isotherm.yaml'),
      'isotherm: 1\nname: Shop\ndescription: two regions\nregions:\n  east: {region_name: RegionOne}\n  west: {region_name: RegionTwo}\nresources:\n  a: {type: OS::Heat::None, region: east}\n',
    );
    await writeFile(join(world.examples, 'README.md'), 'not an example');
    expect(await value(call('examples.list', {}))).toEqual({
      examples: [
        {
          id: 'shop',
          name: 'Shop',
          description: 'two regions',
          regions: ['east', 'west'],
          resourceCount: 1,
        },
      ],
    });
    expect(await value(call('examples.read', { id: 'shop' }))).toMatchObject({ id: 'shop' });
    expect(await errorCode(call('examples.read', { id: '../secret' }))).toBe('E_INVALID_REQUEST');
    expect(await errorCode(call('examples.read', { id: 'missing' }))).toBe('E_NOT_FOUND');
  });
});
