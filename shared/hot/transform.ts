import type { HotMap, HotValue, PathSegment } from './value';
import { isMap, setOwn } from './value';

/**
 * THE transformer of HOT values: rebuilds `value` top-down; `replace(node, path)` sees each node first and
 * returns its replacement, or `undefined` to keep it and descend into it. Returns a new value (safe for any
 * map key); the input is not changed. Its depth is that of the value (parsed files are depth-limited).
 * `path` is only valid during the call (one array, pushed and popped, as in visitHot): copy it to keep it.
 */
export function transformHot(
  value: HotValue,
  replace: (node: HotValue, path: readonly PathSegment[]) => HotValue | undefined,
  basePath: readonly PathSegment[] = [],
): HotValue {
  return transformAt(value, replace, [...basePath]);
}

function transformAt(
  value: HotValue,
  replace: (node: HotValue, path: readonly PathSegment[]) => HotValue | undefined,
  path: PathSegment[],
): HotValue {
  const replaced = replace(value, path);
  if (replaced !== undefined) return replaced;
  if (Array.isArray(value)) {
    const out: HotValue[] = [];
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      out.push(transformAt(value[i]!, replace, path));
      path.pop();
    }
    return out;
  }
  if (isMap(value)) {
    const out: HotMap = {};
    for (const k of Object.keys(value)) {
      path.push(k);
      setOwn(out, k, transformAt(value[k]!, replace, path));
      path.pop();
    }
    return out;
  }
  return value;
}
