import type { HotMap, HotValue } from '../model';
import { hasOwn, isMap, setOwn } from '../../hot';
import type { PathSegment } from '../../hot';

/** Immutable access to HOT values by path (the paths of `refs.ts` and of diagnostics). */

export function getIn(
  value: HotValue | undefined,
  path: readonly PathSegment[],
): HotValue | undefined {
  let cur: HotValue | undefined = value;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number') cur = cur[seg];
    else if (isMap(cur) && typeof seg === 'string') cur = hasOwn(cur, seg) ? cur[seg] : undefined;
    else return undefined;
  }
  return cur;
}

/**
 * A copy of `root` with `next` at `path` (`undefined` removes the key or list item). Missing containers are
 * created (a list for a numeric segment, a map otherwise); an index equal to a list's length appends.
 */
export function setIn(
  root: HotValue | undefined,
  path: readonly PathSegment[],
  next: HotValue | undefined,
): HotValue | undefined {
  if (path.length === 0) return next;
  const [seg, ...rest] = path as [PathSegment, ...PathSegment[]];
  if (typeof seg === 'number') {
    const list = Array.isArray(root) ? [...root] : [];
    const child = setIn(list[seg], rest, next);
    if (child === undefined) {
      if (seg < list.length) list.splice(seg, 1);
    } else list[seg] = child;
    return list;
  }
  const map: HotMap = isMap(root) ? { ...root } : {};
  const child = setIn(hasOwn(map, seg) ? map[seg] : undefined, rest, next);
  if (child === undefined) delete map[seg];
  else setOwn(map, seg, child);
  return map;
}

/** Same as `setIn` on a map root that must stay a map (e.g. a resource's `properties`). */
export function setInMap(
  root: HotMap | undefined,
  path: readonly PathSegment[],
  next: HotValue | undefined,
): HotMap {
  const out = setIn(root ?? {}, path, next);
  return isMap(out) ? out : {};
}

const emptied = (v: HotValue | undefined): boolean =>
  (Array.isArray(v) && v.length === 0) || (isMap(v) && Object.keys(v).length === 0);

/**
 * A copy of `root` without whatever sits at `path` (a map key or a list item); unchanged when absent.
 * A container that this removal leaves empty is removed too (`fixed_ips: [{subnet: x}]` -> gone).
 */
export function removeIn(
  root: HotValue | undefined,
  path: readonly PathSegment[],
): HotValue | undefined {
  if (path.length === 0) return undefined;
  const [seg, ...rest] = path as [PathSegment, ...PathSegment[]];
  if (Array.isArray(root) && typeof seg === 'number' && seg < root.length) {
    const list = [...root];
    const child = removeIn(list[seg], rest);
    if (child === undefined || (child !== list[seg] && emptied(child))) list.splice(seg, 1);
    else list[seg] = child;
    return list;
  }
  if (isMap(root) && typeof seg === 'string' && hasOwn(root, seg)) {
    const map = { ...root };
    const child = removeIn(map[seg], rest);
    if (child === undefined || (child !== map[seg] && emptied(child))) delete map[seg];
    else map[seg] = child;
    return map;
  }
  return root;
}
