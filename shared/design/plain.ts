/** Small helpers for plain parsed data (maps, lists, scalars) that may come from untrusted files. */

export type PlainMap = Record<string, unknown>;

export function isPlainMap(value: unknown): value is PlainMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/** A deep copy of plain data. */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => clonePlain(item)) as T;
  if (isPlainMap(value)) {
    const copy: PlainMap = {};
    for (const [k, v] of Object.entries(value)) setOwn(copy, k, clonePlain(v));
    return copy as T;
  }
  return value;
}

/** Deep equality of plain data where the order of map keys matters (it is the user's order in the file). */
export function samePlain(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a))
    return Array.isArray(b) && a.length === b.length && a.every((item, i) => samePlain(item, b[i]));
  if (isPlainMap(a) && isPlainMap(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && samePlain(a[k], b[k]));
  }
  return false;
}
