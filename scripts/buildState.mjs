// Is a build output up to date with its sources? (`npm start` rebuilds only when not, so a second run is fast.)
// The stamp is a hash of every source file's path, size and modification time: edits, new files and
// deleted files all change it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set([
  'node_modules',
  'out',
  '.git',
  'test-results',
  'playwright-report',
  'screenshots',
]);

/** A hash of the files under `paths` (files or folders), skipping tests. */
export function sourceStamp(paths) {
  const lines = [];
  const visit = (p) => {
    let s;
    try {
      s = statSync(p);
    } catch {
      return;
    }
    if (s.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!SKIP.has(name)) visit(join(p, name));
    } else if (!/\.test\.tsx?$/.test(p)) {
      lines.push(`${p}\t${s.size}\t${s.mtimeMs}`);
    }
  };
  paths.forEach(visit);
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** True when `stampFile` is missing or records other sources than `stamp`. */
export function isStale(stampFile, stamp) {
  return !existsSync(stampFile) || readFileSync(stampFile, 'utf8').trim() !== stamp;
}

export function writeStamp(stampFile, stamp) {
  writeFileSync(stampFile, `${stamp}\n`);
}
