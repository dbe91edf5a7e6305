// The CLI's pieces in-process (argument parsing, messages, file handling on real temp folders);
// cli.test.ts runs the real bin/isotherm end to end.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError, EXIT, type CliIo } from '../../bin/cli/command';
import { fileProblem, readText, writeFolder, writeNewFile } from '../../bin/cli/files';
import { designNameOf, parseRegionSpec } from '../../bin/cli/import';
import { COMMANDS, main } from '../../bin/cli/main';

const dir = mkdtempSync(join(tmpdir(), 'isotherm-cli-internals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l), cwd: dir };
}

describe('isotherm import --region', () => {
  it('splits ID=REGION_NAME:FILE at the first = and the first : after it', () => {
    expect(parseRegionSpec('east=RegionOne:east.yaml')).toEqual({
      id: 'east',
      regionName: 'RegionOne',
      file: 'east.yaml',
    });
    expect(parseRegionSpec('w=RegionTwo:/tmp/a:b/west.yaml')).toEqual({
      id: 'w',
      regionName: 'RegionTwo',
      file: '/tmp/a:b/west.yaml',
    });
    for (const bad of [
      'east',
      'east=RegionOne',
      '=RegionOne:x.yaml',
      'east=:x.yaml',
      'east=RegionOne:',
    ]) {
      expect(() => parseRegionSpec(bad), bad).toThrow(CliError);
    }
  });

  it('names the design after its file', () => {
    expect(designNameOf('out/shop.isotherm.yaml')).toBe('shop');
    expect(designNameOf('shop.yaml')).toBe('shop');
    expect(designNameOf('.isotherm.yaml')).toBe('imported');
  });
});

describe('main', () => {
  it('dispatches through the command table, with help for each command', async () => {
    for (const entry of COMMANDS) {
      const io = capture();
      expect(await main(['help', entry.name], io)).toBe(EXIT.ok);
      expect(io.stdout.join('\n')).toContain(`Usage: isotherm ${entry.name}`);
    }
    const io = capture();
    expect(await main(['nope'], io)).toBe(EXIT.usage);
    expect(io.stderr.join('\n')).toContain("unknown command 'nope'");
  });

  it('turns parseArgs errors into one-line usage errors naming the command', async () => {
    const io = capture();
    expect(await main(['validate', '--frobnicate', 'x'], io)).toBe(EXIT.usage);
    expect(io.stderr).toEqual([
      "isotherm: validate: Unknown option '--frobnicate'. See 'isotherm validate --help'.",
    ]);
  });
});

describe('files', () => {
  it('explains file errors in a few words', async () => {
    await expect(readText('missing.yaml', dir)).rejects.toThrow(
      'cannot read missing.yaml: no such file. Check the path.',
    );
    await expect(readText('.', dir)).rejects.toThrow('is a folder, not a file');
    expect(fileProblem(Object.assign(new Error('x'), { code: 'EACCES' }))).toContain(
      'permission denied',
    );
  });

  it('writes an export folder completely, and refuses a file in its place', async () => {
    const out = join(dir, 'export');
    await writeFolder(out, [
      { name: 'a.yaml', content: 'a: 1\n' },
      { name: 'deploy.sh', content: '#!/bin/sh\n', mode: 0o755 },
    ]);
    expect(readFileSync(join(out, 'a.yaml'), 'utf8')).toBe('a: 1\n');
    const blocker = join(dir, 'blocker');
    writeFileSync(blocker, 'x');
    await expect(writeFolder(blocker, [{ name: 'a.yaml', content: '' }])).rejects.toThrow(CliError);
    await expect(writeFolder(out, [{ name: '../escape.yaml', content: '' }])).rejects.toThrow(
      CliError,
    );
  });

  it('keeps an existing design unless forced', async () => {
    writeFileSync(join(dir, 'd.isotherm.yaml'), 'old\n');
    await expect(writeNewFile('d.isotherm.yaml', dir, 'new\n', false)).rejects.toThrow(
      'add --force',
    );
    expect(readFileSync(join(dir, 'd.isotherm.yaml'), 'utf8')).toBe('old\n');
    await writeNewFile('d.isotherm.yaml', dir, 'new\n', true);
    expect(readFileSync(join(dir, 'd.isotherm.yaml'), 'utf8')).toBe('new\n');
  });
});
