import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHot } from '../../shared/design/hotYaml';
import { heatNativeCatalog, TWO_REGION_DESIGN } from '../../test/support/testDesigns';
import { exportDesignText, writeExportFolder } from './exportFolder';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'isotherm-export-'));
});
afterEach(async () => rm(root, { recursive: true, force: true }));

describe('exportDesignText', () => {
  it('gives one template per lane, plan.json and deploy.sh; parent.yaml when nested', () => {
    const plain = exportDesignText(TWO_REGION_DESIGN, heatNativeCatalog());
    expect(plain.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(plain.files.map((f) => f.name)).toEqual([
      'east.yaml',
      'west.yaml',
      'plan.json',
      'deploy.sh',
    ]);
    const west = parseHot(plain.files[1]!.content).template as {
      parameters: Record<string, unknown>;
      resources: Record<string, { properties: { value: unknown } }>;
    };
    const param = Object.keys(west.parameters)[0]!;
    expect(west.resources.app!.properties.value).toEqual({ get_param: param });
    const plan = JSON.parse(plain.files[2]!.content) as { waves: { region: string }[][] };
    expect(plan.waves.map((w) => w.map((s) => s.region))).toEqual([['east'], ['west']]);
    expect(plain.files[3]!.mode).toBe(0o755);
    expect(
      exportDesignText(TWO_REGION_DESIGN, heatNativeCatalog(), { nested: true }).files.map(
        (f) => f.name,
      ),
    ).toContain('parent.yaml');
  });

  it('gives no files, only diagnostics, for a design with errors', () => {
    const broken = exportDesignText(
      TWO_REGION_DESIGN.replace('region: west', 'region: nowhere'),
      heatNativeCatalog(),
    );
    expect(broken.files).toEqual([]);
    expect(broken.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});

describe('writeExportFolder', () => {
  const files = [
    { name: 'a.yaml', content: 'a: 1\n' },
    { name: 'run.sh', content: '#!/bin/sh\n', mode: 0o755 },
  ];

  it('creates the folder with every file and its mode, leaving no temporary folder', async () => {
    const dir = join(root, 'out');
    await writeExportFolder(dir, files);
    expect((await readdir(dir)).sort()).toEqual(['a.yaml', 'run.sh']);
    expect((await stat(join(dir, 'run.sh'))).mode & 0o777).toBe(0o755);
    expect(await readdir(root)).toEqual(['out']);
  });

  it('replaces the files of an existing folder and keeps the others', async () => {
    const dir = join(root, 'out');
    await mkdir(dir);
    await writeFile(join(dir, 'a.yaml'), 'old');
    await writeFile(join(dir, 'notes.txt'), 'mine');
    await writeExportFolder(dir, files);
    expect(await readFile(join(dir, 'a.yaml'), 'utf8')).toBe('a: 1\n');
    expect(await readFile(join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('writes nothing when a file is in the way or a name leaves the folder', async () => {
    await writeFile(join(root, 'file'), 'x');
    await expect(writeExportFolder(join(root, 'file'), files)).rejects.toThrow(/is a file/);
    await expect(
      writeExportFolder(join(root, 'out'), [{ name: '../escape.yaml', content: 'x' }]),
    ).rejects.toThrow(/plain names/);
    expect((await readdir(root)).sort()).toEqual(['file']);
  });

  it('leaves the folder as it was when a write fails midway', async () => {
    const dir = join(root, 'out');
    await mkdir(dir);
    await writeFile(join(dir, 'a.yaml'), 'old');
    await expect(
      writeExportFolder(dir, [...files, { name: 'a.yaml', content: 'duplicate' }]),
    ).rejects.toThrow();
    expect(await readFile(join(dir, 'a.yaml'), 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.yaml']);
    expect(await readdir(root)).toEqual(['out']);
  });
});
