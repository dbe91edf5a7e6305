/**
 * HOT values: the lowest floor of shared/. Plain data (maps, lists, scalars) that may come from untrusted
 * files, so every map helper here is safe for any key (`__proto__`, `constructor`, `toString`, ...).
 */

/** Any JSON-like HOT value (properties, intrinsic functions, defaults...). */
export type HotValue = null | boolean | number | string | HotValue[] | { [key: string]: HotValue };
export type HotMap = { [key: string]: HotValue };
/** A map of plain parsed data whose values are not known to be HOT values yet. */
export type PlainMap = Record<string, unknown>;
export type PathSegment = string | number;

/** Is `v` a map (a non-null object that is not a list)? */
export function isMap(v: HotValue | undefined): v is HotMap;
export function isMap(v: unknown): v is PlainMap;
export function isMap(v: unknown): v is PlainMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own-property test, for maps whose keys come from files (`constructor`, `__proto__`...). */
export function hasOwn(map: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}

/** `map[key]` when it is the map's own key, never an inherited member (`map.constructor`). */
export function getOwn<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return hasOwn(map, key) ? map[key] : undefined;
}

/** Set an own property, also for keys such as `__proto__` that plain assignment would misread. */
export function setOwn<T>(target: Record<string, T>, key: string, value: NoInfer<T>): void {
  if (key === '__proto__' || key in target)
    Object.defineProperty(target, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  else target[key] = value;
}

/** A map from `[key, value]` pairs, safe for any key (the `Object.fromEntries` of user keys). */
export function mapFromEntries<T>(entries: Iterable<readonly [string, T]>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of entries) setOwn(out, k, v);
  return out;
}

/** A deep copy of plain data (safe for any key). */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => clone(item)) as T;
  if (isMap(value)) {
    const copy: PlainMap = {};
    for (const [k, v] of Object.entries(value)) setOwn(copy, k, clone(v));
    return copy as T;
  }
  return value;
}

/**
 * Deep equality of plain data. By default the order of map keys is ignored (HOT semantics);
 * `ordered: true` also compares it (the user's order in a file).
 */
export function deepEqual(a: unknown, b: unknown, options: { ordered?: boolean } = {}): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a))
    return (
      Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i], options))
    );
  if (!isMap(a) || !isMap(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k, i) =>
      (options.ordered === true ? k === kb[i] : hasOwn(b, k)) && deepEqual(a[k], b[k], options),
  );
}

/** A copy with map keys sorted at every level. */
export function sortKeys(v: HotValue): HotValue {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isMap(v)) {
    const out: HotMap = {};
    for (const k of Object.keys(v).sort()) setOwn(out, k, sortKeys(v[k]!));
    return out;
  }
  return v;
}

/** JSON with map keys sorted: equal strings <=> semantically equal HOT values (key order ignored). */
export function canonical(v: HotValue | undefined): string {
  return JSON.stringify(sortKeys(v ?? null));
}
