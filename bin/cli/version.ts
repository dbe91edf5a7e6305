import { readFileSync } from 'node:fs';

/** `isotherm <version>` from the package.json beside bin/. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return `isotherm ${pkg.version ?? 'unknown'}`;
}
