import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeCatalog } from '../../shared/catalog/catalog';
import type { Catalog, CatalogSnapshot, ConstraintTargets } from '../../shared/catalog/types';

const assets = fileURLToPath(new URL('../../assets/catalog/', import.meta.url));

let cached: Catalog | undefined;

/** The catalog snapshot shipped in assets/catalog (generated from a real Heat by scripts/catalog/generate.sh). */
export function bundledCatalog(): Catalog {
  if (cached === undefined) {
    const snapshot = JSON.parse(readFileSync(`${assets}heat-zed.json`, 'utf8')) as CatalogSnapshot;
    const targets = JSON.parse(
      readFileSync(`${assets}constraints.json`, 'utf8'),
    ) as ConstraintTargets;
    cached = makeCatalog(snapshot, targets);
  }
  return cached;
}
