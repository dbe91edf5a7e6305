import { mkdtemp, rm, utimes, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { isStale, sourceStamp, writeStamp } from './buildState.mjs';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isotherm-stamp-'));
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'src', 'a.ts'), 'a');
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

it('is up to date until a source is edited, added or removed (tests do not count)', async () => {
  const src = [join(dir, 'src')];
  const stampFile = join(dir, 'stamp');
  expect(isStale(stampFile, sourceStamp(src))).toBe(true);
  writeStamp(stampFile, sourceStamp(src));
  expect(isStale(stampFile, sourceStamp(src))).toBe(false);
  await writeFile(join(dir, 'src', 'a.test.ts'), 'test');
  expect(isStale(stampFile, sourceStamp(src))).toBe(false);
  await utimes(join(dir, 'src', 'a.ts'), new Date(2001, 1, 1), new Date(2001, 1, 1));
  expect(isStale(stampFile, sourceStamp(src))).toBe(true);
  writeStamp(stampFile, sourceStamp(src));
  await writeFile(join(dir, 'src', 'b.ts'), 'b');
  expect(isStale(stampFile, sourceStamp(src))).toBe(true);
  await rm(join(dir, 'src', 'b.ts'));
  expect(isStale(stampFile, sourceStamp(src))).toBe(false);
});
