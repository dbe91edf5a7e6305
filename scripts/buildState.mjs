// Is a build output older than its sources? (`npm start` rebuilds only then; a second run is fast.)
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const SKIP = new Set(['node_modules', 'out', '.git', 'test-results', 'playwright-report', 'e2e']);

/** Newest modification time (ms) among the files under `paths` (files or folders), skipping tests. */
export function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    let s;
    try {
      s = statSync(p);
    } catch {
      return;
    }
    if (s.isDirectory()) {
      for (const name of readdirSync(p)) if (!SKIP.has(name)) visit(join(p, name));
    } else if (!/\.test\.tsx?$/.test(p)) {
      newest = Math.max(newest, s.mtimeMs);
    }
  };
  paths.forEach(visit);
  return newest;
}

/** True when `output` is missing or older than any of `sources`. */
export function isStale(output, sources) {
  if (!existsSync(output)) return true;
  return statSync(output).mtimeMs < newestMtime(sources);
}
