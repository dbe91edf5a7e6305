import type { HotMap, HotValue, PathSegment } from './value';
import { isMap, setOwn } from './value';

/**
 * THE transformer of HOT values: rebuilds `value` top-down; `replace(node, path)` sees each node first and
 * returns its replacement, or `undefined` to keep it and descend into it. Returns a new value (safe for any
 * map key); the input is not changed. Its depth is that of the value (parsed files are depth-limited).
 */
export function transformHot(
  value: HotValue,
  replace: (node: HotValue, path: readonly PathSegment[]) => HotValue | undefined,
  basePath: readonly PathSegment[] = [],
): HotValue {
  const replaced = replace(value, basePath);
  if (replaced !== undefined) return replaced;
  if (Array.isArray(value))
    return value.map((item, i) => transformHot(item, replace, [...basePath, i]));
  if (isMap(value)) {
    const out: HotMap = {};
    for (const [k, child] of Object.entries(value))
      setOwn(out, k, transformHot(child, replace, [...basePath, k]));
    return out;
  }
  return value;
}
