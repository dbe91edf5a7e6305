import type { Design } from './model';
import { dependenciesOf, type ResourceRefs } from './refs';
import { cycleThrough, isCyclic, stronglyConnected } from './graph';

/**
 * The cycles among resources (any lane), one per strongly connected component, each as a closed path of
 * resource ids: ['a', 'b', 'c', 'a']. A resource depending on itself gives ['a', 'a'].
 * `byResource`: the design's references when the caller has them already.
 */
export function findResourceCycles(design: Design, byResource?: ResourceRefs): string[][] {
  const ids = byResource !== undefined ? [...byResource.keys()] : Object.keys(design.resources);
  const index = new Map(ids.map((id, i) => [id, i]));
  const targetsOf = (id: string) => {
    const refs = byResource?.get(id);
    return refs === undefined
      ? dependenciesOf(id, design.resources[id]!)
      : [...new Set(refs.map((r) => r.target))];
  };
  const edges = ids.map((id) =>
    targetsOf(id)
      .map((t) => index.get(t))
      .filter((t): t is number => t !== undefined),
  );
  return stronglyConnected(ids.length, edges)
    .filter((c) => isCyclic(c, edges))
    .map((c) => cycleThrough(c, edges).map((i) => ids[i]!))
    .sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
}
