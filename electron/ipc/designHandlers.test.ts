import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseDesign } from '../../shared/design/parse';
import type { IpcResult } from '../../shared/ipc/errors';
import type { Dispatch } from './dispatch';
import { createIpc } from './handlers';
import { TWO_REGION_DESIGN } from '../../test/support/testDesigns';
import type { TempWorld } from '../../test/support/testing';
import { tempWorld, testContext } from '../../test/support/testing';

let world: TempWorld;
let call: Dispatch;

async function value<T>(p: Promise<IpcResult<unknown>>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value as T;
}

beforeEach(async () => {
  world = await tempWorld();
  await Promise.all(
    [world.home, world.userData, world.examples, world.outside].map((d) =>
      mkdir(d, { recursive: true }),
    ),
  );
  call = createIpc(testContext(world));
});
afterEach(async () => world.dispose());

describe('export.folder', () => {
  it('writes the export into an allowed folder and names the files', async () => {
    const dir = join(world.home, 'export');
    const r = await value<{ dir: string; files: string[] }>(
      call('export.folder', { dir, designText: TWO_REGION_DESIGN, nested: true }),
    );
    expect(r.dir).toBe(dir);
    expect(r.files).toEqual(['east.yaml', 'west.yaml', 'plan.json', 'deploy.sh', 'parent.yaml']);
    expect((await readdir(dir)).sort()).toEqual([...r.files].sort());
    expect(await readFile(join(dir, 'deploy.sh'), 'utf8')).toMatch(/^#!/);
  });

  it('writes nothing for a design with errors and returns the diagnostics', async () => {
    const dir = join(world.home, 'export');
    const r = await value<{ files: string[]; diagnostics: { severity: string }[] }>(
      call('export.folder', {
        dir,
        designText: 'isotherm: 1\nname: x\nregions: 5\n',
        nested: false,
      }),
    );
    expect(r.files).toEqual([]);
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    await expect(readdir(dir)).rejects.toThrow();
  });

  it('refuses a folder outside the allowed ones', async () => {
    const r = await call('export.folder', {
      dir: join(world.outside, 'x'),
      designText: TWO_REGION_DESIGN,
      nested: false,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'E_PATH_NOT_ALLOWED' } });
    expect(await readdir(world.outside)).toEqual([]);
  });
});

describe('templates.import', () => {
  it('imports the exported templates back into a design with the same resources and lanes', async () => {
    const dir = join(world.home, 'export');
    await value(call('export.folder', { dir, designText: TWO_REGION_DESIGN, nested: true }));
    const fromLanes = await value<{ text: string | null }>(
      call('templates.import', {
        name: 'shop',
        lanes: [
          { laneId: 'east', regionName: 'RegionOne', path: join(dir, 'east.yaml') },
          { laneId: 'west', regionName: 'RegionTwo', path: join(dir, 'west.yaml') },
        ],
      }),
    );
    const design = parseDesign(fromLanes.text!).design!;
    expect(design.regions.map((r) => [r.id, r.region_name])).toEqual([
      ['east', 'RegionOne'],
      ['west', 'RegionTwo'],
    ]);
    expect(design.resources.app!.properties!.value).toEqual({ get_attr: ['db', 'value'] });

    const fromParent = await value<{ text: string | null }>(
      call('templates.import', { parentPath: join(dir, 'parent.yaml') }),
    );
    expect(Object.keys(parseDesign(fromParent.text!).design!.resources).sort()).toEqual([
      'app',
      'db',
    ]);
  });

  it('reports a file that is not a template, and refuses files outside the allowed folders', async () => {
    await writeFile(join(world.home, 'list.yaml'), '- just\n- a list\n');
    const r = await value<{ text: string | null; diagnostics: { severity: string }[] }>(
      call('templates.import', {
        lanes: [{ laneId: 'east', regionName: 'RegionOne', path: join(world.home, 'list.yaml') }],
      }),
    );
    expect(r.text).toBeNull();
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    await writeFile(
      join(world.outside, 't.yaml'),
      'heat_template_version: 2021-04-16\nresources: {}\n',
    );
    expect(
      await call('templates.import', { parentPath: join(world.outside, 't.yaml') }),
    ).toMatchObject({ ok: false, error: { code: 'E_PATH_NOT_ALLOWED' } });
  });
});
