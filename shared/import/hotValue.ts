import type { HotMap, HotValue } from '../design/model';

export function isMap(v: unknown): v is HotMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A deep copy (HOT values are plain data). */
export function clone<T extends HotValue | undefined>(v: T): T {
  if (Array.isArray(v)) return v.map((item) => clone(item)) as T;
  if (isMap(v)) {
    const out: HotMap = {};
    for (const [k, child] of Object.entries(v)) out[k] = clone(child);
    return out as T;
  }
  return v;
}

/** JSON with map keys sorted: equal strings <=> semantically equal HOT values (key order ignored). */
export function canonical(v: HotValue | undefined): string {
  return JSON.stringify(sortKeys(v ?? null));
}

export function sortKeys(v: HotValue): HotValue {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (isMap(v)) {
    const out: HotMap = {};
    for (const k of Object.keys(v).sort()) out[k] = sortKeys(v[k]!);
    return out;
  }
  return v;
}

export function sameValue(a: HotValue | undefined, b: HotValue | undefined): boolean {
  return canonical(a) === canonical(b);
}

/**
 * Rebuild `value` bottom-up: `visit` sees each node first and returns a replacement, or `undefined` to
 * descend into it. Returns a new value; the input is not changed.
 */
export function transform(
  value: HotValue,
  visit: (node: HotValue) => HotValue | undefined,
): HotValue {
  const replaced = visit(value);
  if (replaced !== undefined) return replaced;
  if (Array.isArray(value)) return value.map((item) => transform(item, visit));
  if (isMap(value)) {
    const out: HotMap = {};
    for (const [k, child] of Object.entries(value)) out[k] = transform(child, visit);
    return out;
  }
  return value;
}

/** Call `visit` on every node of `value` (depth-first, parents before children). */
export function walk(value: HotValue | undefined, visit: (node: HotValue) => void): void {
  if (value === undefined) return;
  visit(value);
  if (Array.isArray(value)) value.forEach((item) => walk(item, visit));
  else if (isMap(value)) Object.values(value).forEach((child) => walk(child, visit));
}

/** `base`, or `base_suffix`, `base_suffix_2`, ... : the first not in `taken` (deterministic). */
export function uniqueName(base: string, suffix: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  const first = `${base}_${suffix}`;
  if (!taken.has(first)) return first;
  for (let i = 2; ; i++) {
    const candidate = `${first}_${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}
